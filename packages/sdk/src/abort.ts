// Abort helpers that work on any runtime: only AbortSignal and setTimeout.

/**
 * Settles like `work`, unless `signal` aborts first: then rejects with the signal's reason.
 * Needed because not every `fetch` honours the signal (an in-process `app.fetch` doesn't).
 */
export function raceAbort<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return raceAbort(signal, elapsed).finally(() => clearTimeout(timer));
}
