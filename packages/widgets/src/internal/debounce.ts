// Waits for a pause: typing in a search box asks the hub once, not on every keystroke.

/** Calls the latest function given once `ms` have passed without another call. */
export class Debouncer {
  #timer: ReturnType<typeof setTimeout> | undefined;

  run(ms: number, fn: () => void): void {
    this.cancel();
    this.#timer = setTimeout(fn, ms);
  }

  cancel(): void {
    clearTimeout(this.#timer);
  }
}
