import { describe, expect, it } from 'vitest';
import { parsePage, readFixture } from '../../support/saved-pages';
import { RecordBatchSchema } from '../../../src/messaging/protocol';
import { alibaba } from '../../../src/sites/alibaba';

// The content script leaves the offer JSON to the background: both halves together must read
// exactly what the one-piece reader reads, and the batch must pass the background's schema.
const URL_ = new URL('https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=sofa');
const page = (name: string) => parsePage(readFixture(name));

describe.each(['search-fy26-rendered-48.html', 'search-fy26-inr-verified-filter.html'])(
  '%s read in two halves',
  (name) => {
    const { reading, batch } = alibaba.readForJudging(page(name), URL_);

    it('leaves every JSON offer in the batch and reads no card the JSON holds', () => {
      expect(batch?.records).toHaveLength(48);
      expect(batch?.unreadable).toBe(0);
      expect(reading.listings).toEqual([]);
      expect(reading.health).toBe('ok');
    });

    it('gives the same listings as reading the page in one piece', () => {
      expect(alibaba.interpret(batch!)).toEqual(alibaba.read(page(name), URL_).listings);
    });

    it('sends a batch the background accepts, a few hundred bytes an offer', () => {
      expect(RecordBatchSchema.safeParse(batch).success).toBe(true);
      expect(JSON.stringify(batch).length / 48).toBeLessThan(1200);
    });
  },
);

it('leaves the cards of a page without offer JSON to the background, as records', () => {
  const doc = page('search-fy26-card-gbp.excerpt.html');
  const { reading, batch } = alibaba.readForJudging(doc, URL_);
  expect(reading.listings).toEqual([]);
  expect(batch?.records).toHaveLength(1);
  expect(alibaba.interpret(batch!)).toEqual(alibaba.read(doc, URL_).listings);
});

it.each(['search-fy26-rendered-48.html', 'search-fy26-card-gbp.excerpt.html'])(
  'hands over the cards it found on %s, so they are badged without a second scan',
  (name) => {
    const doc = page(name);
    const { cards } = alibaba.readForJudging(doc, URL_);
    const slot = ({ card, key, anchor }: { card: Element; key: string; anchor: Element }) => [
      card,
      key,
      anchor,
    ];
    expect(cards?.map(slot)).toEqual(alibaba.findCards(doc, URL_).map(slot));
    expect(cards?.length).toBeGreaterThan(0);
  },
);

it('interprets no batch of an unknown format', () => {
  expect(
    alibaba.interpret({
      format: 'other' as 'alibaba-search-offers',
      context: {},
      records: [{}],
      unreadable: 0,
    }),
  ).toEqual([]);
});

describe('cards added after the first read', () => {
  const doc = page('search-fy26-rendered-48.html');
  const slots = alibaba.findCards(doc, URL_);
  const { listings, batch } = alibaba.cardsForJudging(slots, URL_);

  it('leave their values to the background, as records', () => {
    expect(listings).toEqual([]);
    expect(batch?.records).toHaveLength(48);
    expect(RecordBatchSchema.safeParse(batch).success).toBe(true);
  });

  it('read the same once interpreted as each card read on its own', () => {
    const oneByOne = slots.map((slot) => alibaba.readCard(slot.card, URL_));
    expect(alibaba.interpret(batch!)).toEqual(oneByOne);
  });
});
