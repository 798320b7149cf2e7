import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/storage/db';
import { ShortlistStore } from '../../src/storage/shortlist';
import { keyRanges, ShortlistReads } from '../../src/storage/shortlist-reads';
import { makeEntry } from '../support/shortlist-entries';

afterEach(async () => {
  await new ShortlistStore(DB_NAME).clear();
});

describe('keyRanges', () => {
  it('puts every key in exactly one range, the ranges in key order', () => {
    const sortedKeys = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 16, maxLength: 200 })
      .map((keys) => [...keys].sort((a, b) => indexedDB.cmp(a, b)));
    fc.assert(
      fc.property(sortedKeys, fc.integer({ min: 2, max: 8 }), (keys, parts) => {
        const ranges = keyRanges(keys, parts);
        expect(ranges).toHaveLength(parts);
        const owners = keys.map((key) => ranges.flatMap((range, at) => (range.includes(key) ? [at] : [])));
        expect(owners.every((at) => at.length === 1)).toBe(true);
        expect(owners.map(([at]) => at)).toEqual([...owners.map(([at]) => at)].sort((a, b) => a! - b!));
      }),
    );
  });
});

describe('ShortlistReads.all', () => {
  it('gives every entry once, in key order, for a list read in parts and for a short one', async () => {
    for (const count of [5, 300]) {
      const store = new ShortlistStore(DB_NAME);
      await store.clear();
      const entries = Array.from({ length: count }, (_, i) => makeEntry(i + 1));
      await store.importEntries(entries);
      const read = await new ShortlistReads(DB_NAME).all();
      expect(read.map((entry) => entry.key)).toEqual(entries.map((entry) => entry.key).sort());
    }
  });
});

describe('ShortlistReads.inParts', () => {
  it('gives a long list in parts, each in key order after the one before, together the whole list', async () => {
    const store = new ShortlistStore(DB_NAME);
    const entries = Array.from({ length: 300 }, (_, i) => makeEntry(i + 1));
    await store.importEntries(entries);
    const parts: string[][] = [];
    for await (const part of new ShortlistReads(DB_NAME).inParts())
      parts.push(part.map((entry) => entry.key));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length > 0)).toBe(true);
    expect(parts.flat()).toEqual(entries.map((entry) => entry.key).sort());
  });

  it('gives an empty list as one empty part', async () => {
    const parts = [];
    for await (const part of new ShortlistReads(DB_NAME).inParts()) parts.push(part);
    expect(parts).toEqual([[]]);
  });
});
