import { describe, expect, it, vi } from 'vitest';
import { createPageJudge, type HistoryStore } from '../../src/background/page-judge';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import type { PriceObservation } from '../../src/prices/observation';
import { REFERENCE_RATES } from '../../src/prices/reference-rates';
import type { Listing } from '../../src/signals/listing';
import { alibaba } from '../../src/sites/alibaba';
import type { LoadedSettings } from '../../src/storage/settings';
import { listing, supplier } from '../judge/build';

const SEARCH = new URL('https://www.alibaba.com/trade/search?SearchText=Bubble+Sofa');
const PRODUCT = new URL('https://www.alibaba.com/product-detail/x_1600147809763.html');
const NOW = 1_800_000_000_000;
const settings: LoadedSettings = {
  judge: DEFAULT_JUDGE_SETTINGS,
  targets: [],
  rates: REFERENCE_RATES,
  allowlist: [],
  notices: [],
};

const offer = (id: string, price: number): Listing =>
  listing({
    productId: id,
    price: { min: price, max: price, currency: 'USD' },
    moq: { quantity: 2, unit: 'pieces' },
    supplier: supplier({ yearsActive: 6, verificationShown: true, badges: ['verified'] }),
  });

const earlier = (id: string, value: number): PriceObservation => ({
  topic: 'bubble sofa',
  productId: id,
  value,
  currency: 'USD',
  unit: 'piece',
  seenAt: NOW - 1000,
});

function fakeHistory(observations: PriceObservation[] = []) {
  const store = {
    read: vi.fn(async () => ({ observations, problem: null })),
    record: vi.fn(async () => {}),
  } satisfies HistoryStore;
  return store;
}

const topicOf = (url: URL) => alibaba.priceTopic(url);
const priceFinding = (assessment: { findings: Array<{ rule: string; severity: string }> }) =>
  assessment.findings.find((finding) => finding.rule === 'price-far-below-benchmark');

describe('the page judge', () => {
  it('reads the history of the search once, judges against it, and remembers the page’s prices', async () => {
    const history = fakeHistory(['a', 'b', 'c', 'd', 'e'].map((id) => earlier(id, 1000)));
    const judge = createPageJudge(history, topicOf, () => NOW);
    const [cheap, unpriced] = await judge([offer('1', 300), listing({ productId: '2' })], settings, {
      url: SEARCH,
    });
    expect(history.read).toHaveBeenCalledOnce();
    expect(history.read).toHaveBeenCalledWith('bubble sofa', NOW);
    expect(priceFinding(cheap!)?.severity).toBe('danger');
    expect(priceFinding(unpriced!)).toBeUndefined();
    expect(history.record).not.toHaveBeenCalled(); // written after the answer
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(history.record).toHaveBeenCalledOnce();
    expect(history.record).toHaveBeenCalledWith(
      [{ topic: 'bubble sofa', productId: '1', value: 300, currency: 'USD', unit: 'piece', seenAt: NOW }],
      NOW,
    );
  });

  it('neither reads nor records history off search pages', async () => {
    const history = fakeHistory();
    await createPageJudge(history, topicOf)([offer('1', 300)], settings, { url: PRODUCT });
    await createPageJudge(history, topicOf)([offer('1', 300)], settings, { url: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(history.read).not.toHaveBeenCalled();
    expect(history.record).not.toHaveBeenCalled();
  });

  it('still judges when the history can neither be read nor written', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const history: HistoryStore = {
      read: async () => ({ observations: [], problem: 'price history unavailable: quota' }),
      record: async () => {
        throw new Error('quota exceeded');
      },
    };
    const page = [1, 2, 3, 4, 5, 6].map((n) => offer(String(n), n === 6 ? 1 : 10));
    const assessments = await createPageJudge(history, topicOf)(page, settings, { url: SEARCH });
    expect(assessments.map((a) => priceFinding(a)?.severity)).toEqual([
      'info',
      'info',
      'info',
      'info',
      'info',
      'danger',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the write is not awaited by the answer
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
