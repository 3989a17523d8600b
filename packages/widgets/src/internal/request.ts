// Runs one API request at a time for a widget: loading, error and retry states, stale requests cancelled.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type RequestStatus = 'idle' | 'loading' | 'done' | 'error';
export type Job = (signal: AbortSignal) => Promise<void>;

export class RequestController implements ReactiveController {
  status: RequestStatus = 'idle';
  error: unknown;
  #abort: AbortController | undefined;
  #job: Job | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts `job`, aborting the one still running: only the latest request may change the view. */
  async run(job: Job): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#job = job;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await job(abort.signal);
      if (abort.signal.aborted) return;
      this.status = 'done';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.status = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }

  /** Runs the last job again, e.g. from an error state's retry button. */
  retry(): Promise<void> {
    return this.#job ? this.run(this.#job) : Promise.resolve();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    // A widget moved elsewhere in the page finishes what it was doing when it comes back.
    if (this.status === 'loading') this.status = 'idle';
  }

  hostConnected(): void {
    if (this.status === 'idle' && this.#job) void this.retry();
  }
}
