import { describe, expect, it } from 'vitest';
import { ShortlistStore } from '../../src/storage/shortlist';
import { makeEntry, manyEntries } from '../support/shortlist-entries';
import { emptySupplier } from '../../src/signals/empty-supplier';

let dbCount = 0;
const freshStore = () => new ShortlistStore(`shortlist-test-${dbCount++}`);
const DAY = 86_400_000;

describe('ShortlistStore', () => {
  it('reads back what was saved, by key and in full', async () => {
    const store = freshStore();
    const entry = makeEntry(1);
    expect(await store.upsert(entry.key, () => entry)).toEqual({ entry, added: true });
    expect(await store.get(entry.key)).toEqual(entry);
    expect(await store.all()).toEqual([entry]);
    expect(await store.count()).toBe(1);
  });

  it('says an upsert of a stored supplier is not new, and builds on what is stored', async () => {
    const store = freshStore();
    const entry = makeEntry(2, { notes: 'first call went well' });
    await store.upsert(entry.key, () => entry);
    const again = await store.upsert(entry.key, (stored) => ({ ...entry, notes: `${stored?.notes} + more` }));
    expect(again.added).toBe(false);
    expect((await store.get(entry.key))?.notes).toBe('first call went well + more');
  });

  it('gives the newest entries first, at most as many as asked', async () => {
    const store = freshStore();
    const entries = [0, 1, 2, 3, 4].map((i) =>
      makeEntry(i, { key: `alibaba:s${i}`, addedAt: 1_000 + i * DAY }),
    );
    await store.importEntries(entries);
    const first = await store.firstRows(3);
    expect(first.map((e) => e.key)).toEqual(['alibaba:s4', 'alibaba:s3', 'alibaba:s2']);
  });

  it('applies a patch to the entry as stored, and answers null for one that is gone', async () => {
    const store = freshStore();
    const entry = makeEntry(3, { status: 'considering' });
    await store.importEntries([entry]);
    const changed = await store.update(entry.key, { kind: 'status', status: 'approved' }, 5);
    expect(changed?.status).toBe('approved');
    expect((await store.get(entry.key))?.status).toBe('approved');
    await store.remove([entry.key]);
    expect(await store.update(entry.key, { kind: 'notes', notes: 'x' })).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it('imports by merging: an entry already stored keeps its notes, tags and checklist', async () => {
    const store = freshStore();
    const stored = makeEntry(4, {
      notes: 'met at Canton Fair',
      tags: ['priority'],
      checklist: { 'video-tour': 10 },
    });
    await store.importEntries([stored]);
    const incoming = {
      ...stored,
      notes: '',
      tags: ['backup'],
      checklist: {},
      updatedAt: stored.updatedAt + 1,
    };
    expect(await store.importEntries([incoming, makeEntry(5)])).toEqual({ added: 1, merged: 1 });
    const merged = await store.get(stored.key);
    expect(merged?.notes).toBe('met at Canton Fair');
    expect(merged?.tags).toEqual(expect.arrayContaining(['priority', 'backup']));
    expect(merged?.checklist['video-tour']).toBe(10);
  });

  it('adds a supplier listed twice in one batch once, merging the second into the first', async () => {
    const store = freshStore();
    const first = makeEntry(8, { notes: 'first copy', tags: ['a'] });
    const second = { ...first, notes: '', tags: ['b'] };
    expect(await store.importEntries([first, second])).toEqual({ added: 1, merged: 1 });
    const stored = await store.get(first.key);
    expect(stored?.notes).toBe('first copy');
    expect(stored?.tags).toEqual(expect.arrayContaining(['a', 'b']));
    expect(await store.count()).toBe(1);
  });

  it('writes nothing of a batch whose transaction fails', async () => {
    const store = freshStore();
    const good = makeEntry(6);
    // A value IndexedDB can't clone (a function) fails the put, and with it the transaction.
    const bad = { ...makeEntry(7), notes: (() => 'x') as unknown as string };
    await expect(store.importEntries([good, bad])).rejects.toThrow();
    expect(await store.count()).toBe(0);
  });

  it('records visits only for suppliers on the shortlist, in one go', async () => {
    const store = freshStore();
    const entry = makeEntry(8, { history: [] });
    await store.importEntries([entry]);
    const supplier = { ...emptySupplier(), name: entry.name, url: entry.url, yearsActive: 3 };
    const visit = (seenAt: number) => ({ seenAt, page: 'supplier' as const, url: null, supplier });
    const updated = await store.recordVisits([
      { key: entry.key, visit: visit(100), assessment: null },
      { key: 'alibaba:not-listed', visit: visit(100), assessment: null },
    ]);
    expect([...updated.keys()]).toEqual([entry.key]);
    expect((await store.get(entry.key))?.history.map((v) => v.seenAt)).toEqual([100]);
    expect(await store.get('alibaba:not-listed')).toBeUndefined();
  });

  it('skips stored records that are not entries rather than failing the whole read', async () => {
    const name = `shortlist-test-${dbCount++}`;
    const store = new ShortlistStore(name);
    await store.importEntries([makeEntry(9)]);
    const { openRadarDb } = await import('../../src/storage/db');
    const db = await openRadarDb(name);
    await db.put('shortlist', { key: 'alibaba:broken', addedAt: 1 } as never);
    db.close();
    const fresh = new ShortlistStore(name);
    expect((await fresh.all()).map((e) => e.key)).toEqual([makeEntry(9).key]);
    expect(await fresh.count()).toBe(2); // kept, never deleted
  });

  it('holds 10,000 entries and reads the first rows without reading them all', async () => {
    const store = freshStore();
    const entries = manyEntries(10_000);
    for (let start = 0; start < entries.length; start += 1_000)
      await store.importEntries(entries.slice(start, start + 1_000));
    expect(await store.count()).toBe(10_000);
    expect(await store.firstRows(20)).toHaveLength(20);
  });
});
