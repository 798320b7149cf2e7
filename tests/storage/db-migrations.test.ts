import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openRadarDb } from '../../src/storage/db';
import { makeEntry } from '../support/shortlist-entries';

let count = 0;
const freshName = () => `db-migration-test-${count++}`;

describe('database migrations', () => {
  it('has one migration per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBe(3);
  });

  it('creates every store on a fresh profile', async () => {
    const db = await openRadarDb(freshName());
    expect([...db.objectStoreNames].sort()).toEqual(['chat-accounts', 'price-observations', 'shortlist']);
    db.close();
  });

  it('1 → 2 adds the chat accounts and keeps the prices seen at version 1', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('price-observations', { keyPath: ['topic', 'productId'] }).createIndex(
          'seenAt',
          'seenAt',
        );
      },
    });
    const observation = {
      topic: 'lens wipes',
      productId: '7',
      value: 0.02,
      currency: 'USD',
      unit: 'piece',
      seenAt: 5,
    };
    await v1.put('price-observations', observation);
    v1.close();

    const db = await openRadarDb(name);
    expect(await db.getAll('price-observations')).toEqual([observation]);
    await db.put('chat-accounts', { conversation: 'c', hash: 'h', lastFour: '1234', seenAt: 6 });
    expect(await db.count('chat-accounts')).toBe(1);
    db.close();
  });

  it('2 → 3 adds the shortlist and keeps the prices and chat accounts stored at version 2', async () => {
    const name = freshName();
    const v2 = await openDB(name, 2, {
      upgrade(db, oldVersion, _new, tx) {
        for (let version = oldVersion; version < 2; version++)
          MIGRATIONS[version]?.(db as never, tx as never);
      },
    });
    const observation = { topic: 't', productId: '1', value: 2, currency: 'USD', unit: 'piece', seenAt: 3 };
    const account = { conversation: 'c', hash: 'h', lastFour: '9876', seenAt: 4 };
    await v2.put('price-observations', observation);
    await v2.put('chat-accounts', account);
    v2.close();

    const db = await openRadarDb(name);
    expect(await db.getAll('price-observations')).toEqual([observation]);
    expect(await db.getAll('chat-accounts')).toEqual([account]);
    const entry = makeEntry(1);
    await db.put('shortlist', entry);
    expect(await db.getAllFromIndex('shortlist', 'addedAt')).toEqual([entry]);
    db.close();
  });

  it('1 → 3 runs every step in order on version-1 data', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade: (db, _o, _n, tx) => MIGRATIONS[0]?.(db as never, tx as never),
    });
    const observation = { topic: 't', productId: '9', value: 1, currency: 'EUR', unit: 'kg', seenAt: 5 };
    await v1.put('price-observations', observation);
    v1.close();
    const db = await openRadarDb(name);
    expect(db.version).toBe(3);
    expect(await db.getAll('price-observations')).toEqual([observation]);
    expect(await db.count('chat-accounts')).toBe(0);
    expect(await db.count('shortlist')).toBe(0);
    db.close();
  });

  it('tells the caller when an upgrade waits on a connection that does not close', async () => {
    const name = freshName();
    // An older Supplier Radar's page: open at version 2, without our "step aside" handler.
    const old = await openDB(name, 2, {
      upgrade: (db, oldVersion, _n, tx) => {
        for (let version = oldVersion; version < 2; version++)
          MIGRATIONS[version]?.(db as never, tx as never);
      },
    });
    let told = 0;
    const opening = openRadarDb(name, () => told++);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(told).toBe(1);
    old.close(); // the buyer closes the old tab: the upgrade goes on
    const db = await opening;
    expect(db.version).toBe(3);
    db.close();
  });

  it('closes an older connection that blocks an upgrade instead of hanging', async () => {
    const name = freshName();
    const old = await openRadarDb(name);
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(() => old.transaction('price-observations')).toThrow();
  });
});
