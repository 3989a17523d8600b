// Turns pages read from the store into a byte stream that reads the next page only when the client has taken the last.
const encoder = new TextEncoder();

/**
 * A stream of `head` (e.g. a CSV header row), then each page as `encode` writes it. The queue holds
 * nothing ahead (high-water mark 0): a page is read from the store only when the consumer asks, so
 * a slow client holds one page in memory, not the whole export. `done` runs once, however the
 * stream ends: finished, failed, or cancelled by a client that went away.
 */
export function pageStream<Item>(
  pages: AsyncIterable<Item[]>,
  encode: (items: Item[]) => string,
  options: { head?: string; done?: () => void } = {},
): ReadableStream<Uint8Array> {
  const iterator = pages[Symbol.asyncIterator]();
  let headSent = options.head === undefined;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    options.done?.();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headSent) {
          headSent = true;
          controller.enqueue(encoder.encode(options.head));
          return;
        }
        try {
          const next = await iterator.next();
          if (next.done) {
            finish();
            controller.close();
          } else {
            controller.enqueue(encoder.encode(encode(next.value)));
          }
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      async cancel() {
        finish();
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
