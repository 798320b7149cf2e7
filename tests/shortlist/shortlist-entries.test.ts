import { describe, expect, it } from 'vitest';
import { ShortlistEntrySchema } from '../../src/shortlist/entry';
import { makeEntry, manyEntries } from '../support/shortlist-entries';

describe('shortlist test entries', () => {
  it('are valid entries, as the schema would store them', () => {
    for (const entry of manyEntries(300)) expect(ShortlistEntrySchema.parse(entry)).toEqual(entry);
  });

  it('are the same for the same index, with unique keys', () => {
    expect(makeEntry(42)).toEqual(makeEntry(42));
    const keys = new Set(manyEntries(10_000).map((entry) => entry.key));
    expect(keys.size).toBe(10_000);
  });

  it('vary the way real shortlists do', () => {
    const entries = manyEntries(300);
    const all = (pick: (e: (typeof entries)[number]) => unknown) => new Set(entries.map(pick));
    expect(all((e) => e.status).size).toBe(5);
    expect(all((e) => e.level).size).toBe(4);
    expect(all((e) => e.offers.length)).toEqual(new Set([0, 1, 2, 3]));
    expect(all((e) => e.offers[0]?.unitPrice?.currency)).toEqual(new Set([undefined, 'USD', 'EUR', 'INR']));
    expect(entries.some((e) => /[\u4e00-\u9fff]/.test(e.name ?? ''))).toBe(true);
    expect(entries.some((e) => /[,"\n]/.test(e.notes))).toBe(true);
    expect(entries.some((e) => e.name === null)).toBe(true);
    expect(entries.some((e) => e.history.length > 1)).toBe(true);
  });

  it('take overrides', () => {
    expect(makeEntry(3, { status: 'rejected', tags: ['x'] })).toMatchObject({
      status: 'rejected',
      tags: ['x'],
    });
  });
});
