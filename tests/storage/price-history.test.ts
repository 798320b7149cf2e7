import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/storage/db';
import { PriceHistory, type PriceObservation } from '../../src/storage/price-history';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);
let dbCount = 0;
const freshName = () => `price-history-test-${dbCount++}`;

const seen = (
  productId: string,
  value: number,
  fields: Partial<PriceObservation> = {},
): PriceObservation => ({
  topic: 'fabric bubble sofa',
  productId,
  value,
  currency: 'USD',
  unit: 'piece',
  seenAt: NOW - DAY,
  ...fields,
});

describe('PriceHistory', () => {
  it('reads back what was recorded for a topic, and only that topic', async () => {
    const history = new PriceHistory(freshName());
    await history.record([seen('1', 3), seen('2', 4), seen('3', 5, { topic: 'led strip' })], NOW);
    const { observations, problem } = await history.read('fabric bubble sofa', NOW);
    expect(observations.map((o) => o.productId).sort()).toEqual(['1', '2']);
    expect(problem).toBeNull();
    expect((await history.read('fabric bubble', NOW)).observations).toEqual([]);
  });

  it('keeps one price per offer and topic: seeing it again replaces the old one', async () => {
    const history = new PriceHistory(freshName());
    await history.record([seen('1', 3)], NOW);
    await history.record([seen('1', 2.5, { seenAt: NOW })], NOW);
    const { observations } = await history.read('fabric bubble sofa', NOW);
    expect(observations).toEqual([seen('1', 2.5, { seenAt: NOW })]);
  });

  it('drops what is older than the age limit', async () => {
    const history = new PriceHistory(freshName(), { maxAgeDays: 30, maxObservations: 100, perTopic: 100 });
    await history.record([seen('old', 3, { seenAt: NOW - 31 * DAY }), seen('new', 4)], NOW);
    expect((await history.read('fabric bubble sofa', NOW)).observations.map((o) => o.productId)).toEqual([
      'new',
    ]);
    expect(await history.count()).toBe(1);
  });

  it('keeps at most the size limit, dropping the oldest', async () => {
    const history = new PriceHistory(freshName(), { maxAgeDays: 90, maxObservations: 3, perTopic: 100 });
    const batch = [1, 2, 3, 4, 5].map((n) => seen(String(n), n, { seenAt: NOW - (10 - n) * DAY }));
    await history.record(batch, NOW);
    expect(await history.count()).toBe(3);
    const ids = (await history.read('fabric bubble sofa', NOW)).observations.map((o) => o.productId).sort();
    expect(ids).toEqual(['3', '4', '5']);
  });

  it('reads at most the per-search limit for a page', async () => {
    const history = new PriceHistory(freshName(), { maxAgeDays: 90, maxObservations: 100, perTopic: 3 });
    await history.record(
      [1, 2, 3, 4, 5].map((n) => seen(String(n), n)),
      NOW,
    );
    expect((await history.read('fabric bubble sofa', NOW)).observations).toHaveLength(3);
  });

  it('clears everything', async () => {
    const history = new PriceHistory(freshName());
    await history.record([seen('1', 3)], NOW);
    await history.clear();
    expect(await history.count()).toBe(0);
  });

  it('skips records that are not observations, and says so', async () => {
    const name = freshName();
    const history = new PriceHistory(name);
    await history.record([seen('1', 3)], NOW);
    const db = await openDB(name, DB_VERSION);
    await db.put('price-observations', { topic: 'fabric bubble sofa', productId: '2', value: 'cheap' });
    await db.put('price-observations', {
      topic: 'fabric bubble sofa',
      productId: '3',
      value: -1,
      currency: 'USD',
      unit: 'piece',
      seenAt: NOW,
    });
    db.close();
    const { observations, problem } = await history.read('fabric bubble sofa', NOW);
    expect(observations.map((o) => o.productId)).toEqual(['1']);
    expect(problem).toBe('2 stored price records were unreadable and were ignored');
  });

  it('gives no history, with the reason, when the store cannot be opened', async () => {
    const name = freshName();
    // A newer version of the database than this code knows: opening it fails.
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    const { observations, problem } = await new PriceHistory(name).read('fabric bubble sofa', NOW);
    expect(observations).toEqual([]);
    expect(problem).toMatch(/^price history unavailable: /);
  });
});
