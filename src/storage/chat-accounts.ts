import { lazyRadarDb, putWithinLimits } from './bounded-store';
import { DB_NAME, type ChatAccountRecord } from './db';

const STORE = 'chat-accounts';
/** Accounts older than this are forgotten: a scam that waits a year is rare, a full store is not. */
const LIMITS = { maxAgeMs: 365 * 86_400_000, maxRecords: 5_000 };

/**
 * Payment accounts seen in chats, per conversation, as salted hashes and last
 * four characters only, so a later change is caught without keeping the
 * numbers themselves. Reads and writes are one transaction each.
 */
export class ChatAccountMemory {
  private readonly open: ReturnType<typeof lazyRadarDb>;

  constructor(dbName = DB_NAME) {
    this.open = lazyRadarDb(dbName);
  }

  async known(conversation: string): Promise<ChatAccountRecord[]> {
    const db = await this.open();
    const records: unknown[] = await db.getAll(STORE, IDBKeyRange.bound([conversation], [conversation, []]));
    return records.filter(isRecord);
  }

  async remember(records: readonly ChatAccountRecord[], now = Date.now()): Promise<void> {
    if (records.length > 0) await putWithinLimits(await this.open(), STORE, records, LIMITS, now);
  }

  async count(): Promise<number> {
    return (await this.open()).count(STORE);
  }

  async clear(): Promise<void> {
    await (await this.open()).clear(STORE);
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
