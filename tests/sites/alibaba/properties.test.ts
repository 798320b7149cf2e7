import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixture, parsePage } from '../../support/saved-pages';
import { PageReadingSchema } from '../../../src/signals/reading';
import { ListingSchema } from '../../../src/signals/listing';
import { alibaba } from '../../../src/sites/alibaba';

// Whatever a page holds, the adapter answers with a reading that passes its schema and never throws.
const URLS = [
  'https://www.alibaba.com/trade/search?SearchText=sofa',
  'https://www.alibaba.com/product-detail/Sofa_1600930741831.html',
  'https://zhida.en.alibaba.com/productlist.html',
  'https://dgxuandele.en.alibaba.com/company_profile.html',
];
const fixture = readFixture;
const parse = parsePage;

function expectValidReading(html: string, url: string) {
  const doc = parse(html);
  const reading = alibaba.read(doc, new URL(url));
  expect(PageReadingSchema.safeParse(reading).error).toBeUndefined();
  for (const slot of alibaba.findCards(doc, new URL(url))) {
    const listing = alibaba.readCard(slot.card, new URL(url));
    if (listing) expect(ListingSchema.safeParse(listing).error).toBeUndefined();
  }
}

/** Inline-JSON pages whose JSON is replaced by arbitrary JSON values. */
const jsonPage = fc
  .tuple(
    fc.constantFrom('window.__page__data_sse10._offer_list', 'window.detailData', 'window.shopBizData'),
    fc.jsonValue({ maxDepth: 4 }),
  )
  .map(
    ([target, value]) => `<html><body><script>${target} = ${JSON.stringify(value)};</script></body></html>`,
  );

/** Fragments of real card markup with arbitrary text where values go. */
const cardPage = fc.array(fc.string({ maxLength: 30 }), { minLength: 6, maxLength: 6 }).map(
  ([
    price,
    moq,
    years,
    review,
    company,
    id,
  ]) => `<div class="fy26-product-card-wrapper" data-ctrdot="${escape(id!)}">
  <h2 class="searchx-product-e-title"><a href="//www.alibaba.com/product-detail/x_${escape(id!)}.html"><span>${escape(company!)}</span></a></h2>
  <div class="searchx-product-price" data-aplus-auto-card-mod="area=price&areaContent=${encodeURIComponent(price!)}"><div class="searchx-product-price-price-main">${escape(price!)}</div></div>
  <div class="searchx-moq" data-aplus-auto-card-mod="area=moq&areaContent=${encodeURIComponent(moq!)}">${escape(moq!)}</div>
  <a class="searchx-product-e-company" href="//x.en.alibaba.com/company_profile.html">${escape(company!)}</a>
  <div class="searchx-supplier-content"><a class="searchx-product-e-supplier__year" data-aplus-auto-card-mod="area=supplierYear&areaContent=${encodeURIComponent(years!)}"></a>
  <span class="searchx-product-e-review" data-aplus-auto-card-mod="area=review&areaContent=${encodeURIComponent(review!)}"></span></div></div>`,
);

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

describe('alibaba adapter on arbitrary input', () => {
  it('never throws and always passes the schema on arbitrary inline JSON', () => {
    fc.assert(
      fc.property(jsonPage, fc.constantFrom(...URLS), (html, url) => expectValidReading(html, url)),
      { numRuns: 300 },
    );
  });

  it('never throws and always passes the schema on cards with arbitrary values', () => {
    fc.assert(
      fc.property(cardPage, (html) => expectValidReading(html, URLS[0]!)),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text and HTML-ish strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(...URLS), (text, url) =>
        expectValidReading(text, url),
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['search-fy26-rendered-48.html', URLS[0]!],
    ['product-detaildata-2026.html', URLS[1]!],
    ['storefront-productlist-2025.html', URLS[2]!],
    ['company-profile-2026-excerpt.html', URLS[3]!],
  ])('survives %s cut off anywhere (truncated downloads)', (name, url) => {
    const html = fixture(name);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: html.length }), (cut) =>
        expectValidReading(html.slice(0, cut), url),
      ),
      { numRuns: 15 },
    );
  });
});
