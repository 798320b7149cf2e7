import type { PriceObservation } from '../prices/observation';
import { lazyRadarDb, putWithinLimits } from './bounded-store';
import { DB_NAME } from './db';

export type { PriceObservation };

/**
 * How much history is kept (enough for a season of sourcing), and how much of
 * one search is read for a page: a few hundred is plenty for a median, and
 * reading more costs the worker milliseconds on every search page.
 */
export const HISTORY_LIMITS = { maxAgeDays: 90, maxObservations: 5_000, perTopic: 300 } as const;
const DAY_MS = 86_400_000;

const STORE = 'price-observations';

export interface HistoryRead {
  observations: PriceObservation[];
  /** Set when the store could not be read, or held records that are not observations. */
  problem: string | null;
}

/**
 * The buyer's price history, in the extension's IndexedDB. Every operation is
 * one transaction. A store that can't be opened or read gives no history and
 * says why: history only ever adds a benchmark, so losing it never blocks a verdict.
 */
export class PriceHistory {
  private readonly open: ReturnType<typeof lazyRadarDb>;

  /** `dbName` and `limits` differ only in tests. */
  constructor(
    dbName = DB_NAME,
    private readonly limits: {
      maxAgeDays: number;
      maxObservations: number;
      perTopic: number;
    } = HISTORY_LIMITS,
  ) {
    this.open = lazyRadarDb(dbName);
  }

  /** Observations on `topic` within the age limit (at most `perTopic` of them), in one read. */
  async read(topic: string, now = Date.now()): Promise<HistoryRead> {
    try {
      const db = await this.open();
      const range = IDBKeyRange.bound([topic], [topic, []]);
      const records: unknown[] = await db.getAll(STORE, range, this.limits.perTopic);
      const oldest = now - this.limits.maxAgeDays * DAY_MS;
      const readable = records.filter(isObservation);
      const observations = readable.filter((record) => record.seenAt >= oldest);
      const skipped = records.length - readable.length;
      return {
        observations,
        problem: skipped > 0 ? `${skipped} stored price records were unreadable and were ignored` : null,
      };
    } catch (error) {
      return { observations: [], problem: `price history unavailable: ${describe(error)}` };
    }
  }

  /** Adds (or refreshes) observations and trims the store to its limits, in one transaction. */
  async record(observations: readonly PriceObservation[], now = Date.now()): Promise<void> {
    if (observations.length === 0) return;
    const { maxAgeDays, maxObservations } = this.limits;
    const limits = { maxAgeMs: maxAgeDays * DAY_MS, maxRecords: maxObservations };
    await putWithinLimits(await this.open(), STORE, observations, limits, now);
  }

  async count(): Promise<number> {
    return (await this.open()).count(STORE);
  }

  /** Forgets every price seen (the buyer's "Clear price history"). */
  async clear(): Promise<void> {
    await (await this.open()).clear(STORE);
  }
}

function isObservation(value: unknown): value is PriceObservation {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.topic === 'string' &&
    typeof record.productId === 'string' &&
    typeof record.value === 'number' &&
    Number.isFinite(record.value) &&
    record.value > 0 &&
    typeof record.currency === 'string' &&
    /^[A-Z]{3}$/.test(record.currency) &&
    typeof record.unit === 'string' &&
    typeof record.seenAt === 'number' &&
    Number.isFinite(record.seenAt)
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
