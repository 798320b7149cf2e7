import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../src/storage/db';
import { ShortlistStore } from '../../src/storage/shortlist';
import { createShortlistAccess } from '../../src/storage/shortlist-access';
import { makeEntry } from '../support/shortlist-entries';

// The extension pages' access writes an import itself, into the extension's database.
afterEach(async () => {
  vi.restoreAllMocks();
  await new ShortlistStore(DB_NAME).clear();
});

describe('createShortlistAccess: import', () => {
  it('writes the entries in batches, merging into what is stored, and reports progress', async () => {
    const access = createShortlistAccess();
    const stored = makeEntry(1, { notes: 'keep me' });
    await access.importEntries([stored]);
    const entries = [{ ...stored, notes: '' }, ...Array.from({ length: 2_400 }, (_, i) => makeEntry(i + 2))];
    const progress: number[] = [];
    const result = await access.importEntries(entries, (written) => progress.push(written));
    expect(result).toEqual({ added: 2_400, merged: 1 });
    expect(progress.at(-1)).toBe(2_401);
    expect(progress).toHaveLength(3);
    expect((await access.get(stored.key))?.notes).toBe('keep me');
    expect(await access.all()).toHaveLength(2_401);
  });

  it('tells the buyer when storage is full, in words', async () => {
    vi.spyOn(ShortlistStore.prototype, 'importEntries').mockRejectedValue(
      new DOMException('quota', 'QuotaExceededError'),
    );
    await expect(createShortlistAccess().importEntries([makeEntry(1)])).rejects.toThrow(/no more room/);
  });
});
