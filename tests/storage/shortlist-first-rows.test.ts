import { afterEach, describe, expect, it } from 'vitest';
import { storageSnapshot } from '../../src/storage/shortlist-first-rows';
import { makeEntry } from '../support/shortlist-entries';

afterEach(() => localStorage.clear());

describe('storageSnapshot', () => {
  it('gives back the rows it kept, at most `limit` of them, and none once cleared', () => {
    const snapshot = storageSnapshot(localStorage);
    expect(snapshot.read(20)).toBeNull();
    const rows = [makeEntry(3), makeEntry(2), makeEntry(1)];
    snapshot.write(rows);
    expect(snapshot.read(20)).toEqual(rows);
    expect(snapshot.read(2)).toEqual(rows.slice(0, 2));
    snapshot.clear();
    expect(snapshot.read(20)).toBeNull();
  });

  it('reads nothing from a malformed snapshot, and skips what is not an entry', () => {
    const snapshot = storageSnapshot(localStorage);
    snapshot.write([makeEntry(1)]);
    const [key] = Object.keys(localStorage);
    localStorage.setItem(key!, '[{"key":');
    expect(snapshot.read(20)).toBeNull();
    localStorage.setItem(key!, JSON.stringify({ rows: [] }));
    expect(snapshot.read(20)).toBeNull();
    localStorage.setItem(key!, JSON.stringify([{ key: 'no entry' }, makeEntry(1)]));
    expect(snapshot.read(20)).toEqual([makeEntry(1)]);
  });

  it('never throws when the storage refuses (full, or blocked)', () => {
    const refuse = (): never => {
      throw new DOMException('refused', 'QuotaExceededError');
    };
    const refusing = { getItem: refuse, setItem: refuse, removeItem: refuse } as unknown as Storage;
    const snapshot = storageSnapshot(refusing);
    expect(() => snapshot.write([makeEntry(1)])).not.toThrow();
    expect(() => snapshot.clear()).not.toThrow();
    expect(snapshot.read(20)).toBeNull();
    expect(storageSnapshot(undefined).read(20)).toBeNull();
  });
});
