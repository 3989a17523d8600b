// Walks a cursor-paginated list as one stream of items.

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Yields every item of every page, asking for the next page only when the consumer gets there. */
export async function* walkPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  firstCursor?: string,
): AsyncGenerator<T, void, undefined> {
  let cursor = firstCursor;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
