import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixture, parsePage, FIXTURES } from '../../support/saved-pages';
import type { PageReading } from '../../../src/signals/reading';
import { PageReadingSchema } from '../../../src/signals/reading';
import { isChallengePage } from '../../../src/sites/alibaba/challenge';
import { alibaba } from '../../../src/sites/alibaba';

const read = readFixture;
const parse = parsePage;

const CHALLENGE = 'anti-bot-challenge.html';
/** Every other saved page in the folder (search pages included), read as HTML. */
const OTHER_PAGES = readdirSync(FIXTURES).filter((name) => name.endsWith('.html') && name !== CHALLENGE);

describe('isChallengePage', () => {
  it('is true for the saved challenge page', () => {
    expect(isChallengePage(parse(read(CHALLENGE)))).toBe(true);
  });

  it('has other pages to check against', () => {
    expect(OTHER_PAGES).toEqual(
      expect.arrayContaining(['product-dom-copy-2025.html', 'storefront-productlist-2025.html']),
    );
  });

  it.each(OTHER_PAGES)('is false for %s', (name) => {
    expect(isChallengePage(parse(read(name)))).toBe(false);
  });

  it('is false for the EUR detailData excerpt put in a page', () => {
    const json = read('product-detaildata-eur-2026.excerpt.json');
    expect(isChallengePage(parse(`<script>window.detailData = ${json};</script>`))).toBe(false);
  });
});

describe('the adapter on a challenge page', () => {
  const url = new URL('https://www.alibaba.com/product-detail/x_1601302079515.html');

  it('reports a product URL blocked with nothing read', () => {
    const reading = alibaba.read(parse(read(CHALLENGE)), url);
    expect(PageReadingSchema.safeParse(reading).success).toBe(true);
    expect(reading).toEqual(JSON.parse(read('anti-bot-challenge.expected.json')) as PageReading);
  });

  it.each([
    'https://www.alibaba.com/trade/search?SearchText=sofa',
    'https://zhida.en.alibaba.com/productlist.html',
  ])('reports %s blocked too', (pageUrl) => {
    const reading = alibaba.read(parse(read(CHALLENGE)), new URL(pageUrl));
    expect(reading).toMatchObject({ health: 'blocked', supplier: null, listings: [] });
  });

  it('badges no card on it', () => {
    expect(alibaba.findCards(parse(read(CHALLENGE)), url)).toEqual([]);
  });
});
