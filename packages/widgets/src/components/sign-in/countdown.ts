// A visible countdown for a widget: seconds left until something is allowed again, re-rendering each second.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Countdown implements ReactiveController {
  #until = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whole seconds left; 0 once the wait is over. */
  get seconds(): number {
    return Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  /** Starts (or extends, never shortens) a wait of `seconds`. */
  start(seconds: number): void {
    this.#until = Math.max(this.#until, Date.now() + seconds * 1000);
    this.#tick();
  }

  #tick(): void {
    this.host.requestUpdate();
    if (this.seconds > 0) this.#timer ??= setInterval(() => this.#tick(), 1000);
    else this.#stop();
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostConnected(): void {
    if (this.seconds > 0) this.#tick();
  }

  hostDisconnected(): void {
    this.#stop();
  }
}
