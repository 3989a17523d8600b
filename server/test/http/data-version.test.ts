// The data version the response cache keys on: remembered briefly, refreshed on demand.
import { describe, expect, it } from 'vitest';
import { dataVersion } from '../../src/http/data-version.js';
import type { Store } from '../../src/store/types.js';

function countingStore() {
  const state = { version: 1, reads: 0 };
  const store = {
    version: () => {
      state.reads += 1;
      return state.version;
    },
  } as Pick<Store, 'version'> as Store;
  return { store, state };
}

describe('dataVersion', () => {
  it('asks the store once per interval, then again', async () => {
    const { store, state } = countingStore();
    const version = dataVersion(store, 30);
    expect([version(), version(), version()]).toEqual([1, 1, 1]);
    expect(state.reads).toBe(1);
    state.version = 2;
    expect(version()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(version()).toBe(2);
    expect(state.reads).toBe(2);
  });

  it('sees a change at once after refresh()', () => {
    const { store, state } = countingStore();
    const version = dataVersion(store, 60_000);
    expect(version()).toBe(1);
    state.version = 5;
    version.refresh();
    expect(version()).toBe(5);
  });

  it('asks every time with a TTL of 0', () => {
    const { store, state } = countingStore();
    const version = dataVersion(store, 0);
    version();
    version();
    expect(state.reads).toBe(2);
  });
});
