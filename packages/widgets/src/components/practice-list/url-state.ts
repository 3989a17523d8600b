// Keeps a list's filters in the page URL (`?mnh-objective=5`), so a filtered view can be shared and Back works.

const PREFIX = 'mnh-';

export type FilterValues<K extends string> = Record<K, string>;

/** The filter values the URL names; a key absent from the URL is absent here. */
export function readUrl<K extends string>(keys: readonly K[]): Partial<FilterValues<K>> {
  const params = new URLSearchParams(location.search);
  const values: Partial<FilterValues<K>> = {};
  for (const key of keys) {
    const value = params.get(PREFIX + key);
    if (value !== null) values[key] = value;
  }
  return values;
}

/**
 * Writes the filters that differ from the page author's into the URL, keeping the page's own
 * parameters and hash. `push` adds a history entry (a chosen filter); otherwise the current
 * entry is replaced (typing in the search box should not fill the history).
 */
export function writeUrl<K extends string>(
  values: FilterValues<K>,
  authored: FilterValues<K>,
  push: boolean,
): void {
  const url = new URL(location.href);
  for (const key of Object.keys(values) as K[]) {
    if (values[key] === authored[key]) url.searchParams.delete(PREFIX + key);
    else url.searchParams.set(PREFIX + key, values[key]);
  }
  if (url.href === location.href) return;
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
