import type { IDBPDatabase } from 'idb';
import { DB_NAME, openRadarDb, type ChatAccountRecord, type RadarDb } from './db';

const STORE = 'chat-accounts';
/** Accounts older than this are forgotten: a scam that waits a year is rare, a full store is not. */
const MAX_AGE_MS = 365 * 86_400_000;
const MAX_RECORDS = 5_000;

/**
 * Payment accounts seen in chats, per conversation, as salted hashes and last
 * four characters only, so a later change is caught without keeping the
 * numbers themselves. Reads and writes are one transaction each.
 */
export class ChatAccountMemory {
  private db: Promise<IDBPDatabase<RadarDb>> | null = null;

  constructor(private readonly dbName = DB_NAME) {}

  async known(conversation: string): Promise<ChatAccountRecord[]> {
    const db = await this.open();
    const records: unknown[] = await db.getAll(STORE, IDBKeyRange.bound([conversation], [conversation, []]));
    return records.filter(isRecord);
  }

  async remember(records: readonly ChatAccountRecord[], now = Date.now()): Promise<void> {
    if (records.length === 0) return;
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    for (const record of records) void tx.store.put(record);
    const bySeen = tx.store.index('seenAt');
    for (const key of await bySeen.getAllKeys(IDBKeyRange.upperBound(now - MAX_AGE_MS, true)))
      void tx.store.delete(key);
    const excess = (await tx.store.count()) - MAX_RECORDS;
    if (excess > 0) for (const key of await bySeen.getAllKeys(null, excess)) void tx.store.delete(key);
    await tx.done;
  }

  async count(): Promise<number> {
    return (await this.open()).count(STORE);
  }

  async clear(): Promise<void> {
    await (await this.open()).clear(STORE);
  }

  private open(): Promise<IDBPDatabase<RadarDb>> {
    this.db ??= openRadarDb(this.dbName).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }
}

function isRecord(value: unknown): value is ChatAccountRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.conversation === 'string' &&
    typeof record.hash === 'string' &&
    typeof record.lastFour === 'string' &&
    typeof record.seenAt === 'number'
  );
}
