import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openRadarDb } from '../../src/storage/db';

let count = 0;
const freshName = () => `db-migration-test-${count++}`;

describe('database migrations', () => {
  it('has one migration per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBe(2);
  });

  it('creates every store on a fresh profile', async () => {
    const db = await openRadarDb(freshName());
    expect([...db.objectStoreNames].sort()).toEqual(['chat-accounts', 'price-observations']);
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

  it('closes an older connection that blocks an upgrade instead of hanging', async () => {
    const name = freshName();
    const old = await openRadarDb(name);
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(() => old.transaction('price-observations')).toThrow();
  });
});
