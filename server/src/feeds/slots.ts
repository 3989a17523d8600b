// A bound on how many exports stream at once, so a burst of downloads cannot starve other requests.

/**
 * Each export reads the store a page at a time between other requests; many at once would still
 * share one event loop. `take()` hands out a release function, or undefined when all slots are busy.
 */
export class ExportSlots {
  #busy = 0;

  constructor(readonly max: number) {}

  get busy(): number {
    return this.#busy;
  }

  take(): (() => void) | undefined {
    if (this.#busy >= this.max) return undefined;
    this.#busy += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#busy -= 1;
    };
  }
}
