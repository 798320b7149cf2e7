import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PriceObservation } from '../prices/observation';
import type { ShortlistEntry } from '../shortlist/entry';

/** A payment account seen in a chat, kept only as a salted hash and its last four characters. */
export interface ChatAccountRecord {
  conversation: string;
  /** SHA-256 of the device's salt, the conversation and the account: never the number itself. */
  hash: string;
  lastFour: string;
  seenAt: number;
}

export const DB_NAME = 'supplier-radar';

export interface RadarDb extends DBSchema {
  'price-observations': {
    /** [topic, productId]: an offer seen again replaces its earlier price. */
    key: [string, string];
    value: PriceObservation;
    indexes: { seenAt: number };
  };
  'chat-accounts': {
    key: [string, string];
    value: ChatAccountRecord;
    indexes: { seenAt: number };
  };
  shortlist: {
    /** The supplier key (site + storefront). */
    key: string;
    value: ShortlistEntry;
    indexes: { addedAt: number };
  };
}

type Migration = (
  db: IDBPDatabase<RadarDb>,
  tx: IDBPTransaction<RadarDb, StoreNames<RadarDb>[], 'versionchange'>,
) => void;

/**
 * Numbered migrations: MIGRATIONS[n] takes the database from version n to
 * n + 1. Each only adds; none clears what an earlier version stored.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1: prices seen on search pages.
  (db) =>
    db
      .createObjectStore('price-observations', { keyPath: ['topic', 'productId'] })
      .createIndex('seenAt', 'seenAt'),
  // 2: payment accounts seen in chats (the chat guard).
  (db) =>
    db
      .createObjectStore('chat-accounts', { keyPath: ['conversation', 'hash'] })
      .createIndex('seenAt', 'seenAt'),
  // 3: the buyer's supplier shortlist.
  (db) => db.createObjectStore('shortlist', { keyPath: 'key' }).createIndex('addedAt', 'addedAt'),
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens the extension's database, migrating it; an older connection elsewhere
 * is closed so the upgrade can run. `onBlocked` hears when one doesn't close
 * (a tab still running an older Supplier Radar), so the buyer can be told.
 */
export function openRadarDb(name = DB_NAME, onBlocked?: () => void): Promise<IDBPDatabase<RadarDb>> {
  return openDB<RadarDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(db, tx);
    },
    blocked() {
      onBlocked?.();
    },
    blocking(_current, _blocked, event) {
      // A newer version is waiting on this connection: step aside (the next call reopens).
      (event.target as IDBDatabase).close();
    },
  });
}
