import { describe, expect, it } from 'vitest';
import { readFixture, parsePage, SEARCH_URL, GBP_SEARCH_URL } from '../../support/saved-pages';
import { emptySupplier } from '../../../src/signals/empty-supplier';
import type { Listing } from '../../../src/signals/listing';
import type { PageReading } from '../../../src/signals/reading';
import { PageReadingSchema } from '../../../src/signals/reading';
import { mapOffer } from '../../../src/sites/alibaba/search/map-offer';
import { readSearchPage } from '../../../src/sites/alibaba/search/read-search';

const fixture = readFixture;
const parse = parsePage;
const GBP_URL = GBP_SEARCH_URL;
const OFFER_SCRIPT = 'window.__page__data_sse10._offer_list = {';

function expectValid(reading: PageReading): void {
  const result = PageReadingSchema.safeParse(reading);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
}

/** Field by field, so a failure names the listing and the field. */
function expectReading(reading: PageReading, expected: PageReading): void {
  expect({ ...reading, listings: [] }).toEqual({ ...expected, listings: [] });
  expect(reading.listings.map((listing) => listing.productId)).toEqual(
    expected.listings.map((listing) => listing.productId),
  );
  expected.listings.forEach((listing, i) => {
    const actual = reading.listings[i]!;
    for (const key of Object.keys(listing) as (keyof Listing)[]) {
      expect(actual[key], `${listing.productId}.${key}`).toEqual(listing[key]);
    }
  });
}

/** A page whose inline script holds `offerList` as its `_offer_list`. */
function pageWithOfferList(offerList: unknown, body = ''): Document {
  return parse(
    `<html><body>${body}<script>window.__page__data_sse10 = {};</script>` +
      `<script>window.__page__data_sse10._offer_list = ${JSON.stringify(offerList)};</script></body></html>`,
  );
}

/** Cut the `_offer_list` JSON `keep` characters in, close the script, keep nothing after it. */
function truncateOfferJson(html: string, keep: number): string {
  const at = html.indexOf(OFFER_SCRIPT);
  return `${html.slice(0, at + OFFER_SCRIPT.length + keep)}</script></body></html>`;
}

describe('readSearchPage on the saved INR page (Verified Supplier filter)', () => {
  const html = fixture('search-fy26-inr-verified-filter.html');
  const expected = JSON.parse(fixture('search-fy26-inr-verified-filter.expected.json')) as PageReading;
  const reading = readSearchPage(parse(html), SEARCH_URL);

  it('reads all 48 offers of the inline JSON, as expected', () => {
    expect(reading.health).toBe('ok');
    expect(reading.listings).toHaveLength(48);
    expectReading(reading, expected);
    expectValid(reading);
  });

  it('reads the same with the filter in the URL too', () => {
    const filtered = new URL(`${SEARCH_URL.href}&assessmentCompany=true`);
    expectReading(readSearchPage(parse(html), filtered), expected);
  });

  // Hand-checked against the raw JSON (offers[0], [2], [27], [34], [41], [45]) and, for
  // 1601596682242, the server-rendered card (₹59,577.18-1,09,988.64, "Min. order: 1 set", CN@@2 yrs, 5.0@@12).
  const byId = (id: string): Listing => reading.listings.find((listing) => listing.productId === id)!;

  it('1601596682242: sponsored card, HTML title with an image, Indian grouping', () => {
    const listing = byId('1601596682242');
    expect(listing.title).toBe(
      'Living Room Modern Fabric Chaise Italian Bobble Modular Fabric Sectional Sofa Set Furniture',
    );
    expect(listing.url).toBe(
      'https://www.alibaba.com/product-detail/Living-Room-Modern-Fabric-Chaise-Italian_1601596682242.html?priceId=8e5ef083a4e0410c9c821e5a54c72dee',
    );
    expect(listing.price).toEqual({ min: 59577.18, max: 109988.64, currency: 'INR' });
    expect(listing.moq).toEqual({ quantity: 1, unit: 'set' });
    expect(listing.paymentTerms).toEqual([]);
    expect(listing.supplier).toMatchObject({
      name: 'Gainsville Home Furnishings Ltd.',
      url: 'https://italiafurniture.en.alibaba.com/',
      country: 'CN',
      yearsActive: 2,
      badges: ['verified'],
      verificationShown: true,
      rating: 5,
      reviewCount: 12,
      responseRate: null,
      responseTimeHours: null,
      onTimeDeliveryRate: null,
      businessType: null,
    });
  });

  it('1601446344104: no reviews yet (reviewScore "", reviewCount "0"), "1 yr", "bags"', () => {
    const listing = byId('1601446344104');
    expect(listing.title).toBe(
      'Colorful Bubble Style Football Sectional Sofa Set Baby-Friendly Fabric Material Compressible Lazy Sofa Hotel Living Room',
    );
    expect(listing.price).toEqual({ min: 32080.02, max: 45828.6, currency: 'INR' });
    expect(listing.moq).toEqual({ quantity: 3, unit: 'bags' });
    expect(listing.supplier).toMatchObject({
      name: 'Shangai Pavone Cultural Communication Co., Ltd.',
      url: 'https://shanghaiangel.en.alibaba.com/',
      yearsActive: 1,
      rating: null,
      reviewCount: 0,
    });
  });

  it('1601223566928: Hong Kong supplier with "&" in its name', () => {
    const listing = byId('1601223566928');
    expect(listing.price).toEqual({ min: 27313.85, max: 42162.32, currency: 'INR' });
    expect(listing.supplier).toMatchObject({
      name: 'MINGRAN FURNITURE & DECOR CO., LIMITED',
      url: 'https://hkmingran.en.alibaba.com/',
      country: 'HK',
      yearsActive: 2,
      rating: null,
      reviewCount: 0,
    });
  });

  it('1600909224667: double space in the company name collapses; 10 yrs; 4.9 from 6 reviews', () => {
    const listing = byId('1600909224667');
    expect(listing.title).toBe('High Quality Modern Design Sectional Sofa Bubble Inflatable Bubble Sofa Set');
    expect(listing.price).toEqual({ min: 41979, max: 82308.17, currency: 'INR' });
    expect(listing.moq).toEqual({ quantity: 2, unit: 'pieces' });
    expect(listing.supplier).toMatchObject({
      name: 'Guangdong Luxury Homey Furniture & Decoration Co., Ltd.',
      url: 'https://aliyegroup.en.alibaba.com/',
      yearsActive: 10,
      rating: 4.9,
      reviewCount: 6,
    });
  });

  it('1601598241779: the list price, not the 5% promotion price', () => {
    const listing = byId('1601598241779');
    expect(listing.price).toEqual({ min: 22456.02, max: 23464.25, currency: 'INR' });
    expect(listing.moq).toEqual({ quantity: 1, unit: 'piece' });
    expect(listing.supplier).toMatchObject({ yearsActive: 6, rating: 4, reviewCount: 3 });
  });

  it('1600544372115: lakh grouping on both ends of the range', () => {
    const listing = byId('1600544372115');
    expect(listing.price).toEqual({ min: 104855.84, max: 293303.04, currency: 'INR' });
    expect(listing.supplier).toMatchObject({
      name: 'Foshan Wisemax Furniture Co., Ltd.',
      url: 'https://fshuizhimei.en.alibaba.com/',
      yearsActive: 8,
      rating: 4.6,
      reviewCount: 19,
    });
  });
});

describe('readSearchPage on the rendered page (48 cards + JSON)', () => {
  const html = fixture('search-fy26-rendered-48.html');
  const expected = JSON.parse(fixture('search-fy26-rendered-48.expected.json')) as PageReading;

  it('reads the same 48 listings: the JSON wins, the cards agree', () => {
    const reading = readSearchPage(parse(html), SEARCH_URL);
    expectReading(reading, expected);
    expectValid(reading);
  });

  it('adds cards the JSON does not know (infinite scroll) once each, after the JSON offers', () => {
    const doc = parse(html);
    const mount = doc.getElementById('sse-fluent-offerlist-csr')!;
    const template = mount.lastElementChild!;
    for (let copy = 0; copy < 2; copy++) {
      const card = template.cloneNode(true) as Element;
      for (const wrapper of [card, ...Array.from(card.querySelectorAll('[data-ctrdot]'))]) {
        wrapper.setAttribute('data-ctrdot', '1609999999999');
      }
      mount.append(card);
    }
    const reading = readSearchPage(doc, SEARCH_URL);
    expect(reading.health).toBe('ok');
    expect(reading.listings.map((listing) => listing.productId)).toEqual([
      ...expected.listings.map((listing) => listing.productId),
      '1609999999999',
    ]);
    const last = expected.listings[47]!;
    expect(reading.listings[48]).toMatchObject({
      title: last.title,
      price: last.price,
      supplier: { name: last.supplier.name },
    });
    expectValid(reading);
  });

  it('falls back to the 48 cards when the JSON is cut mid-way', () => {
    const reading = readSearchPage(parse(truncateOfferJson(html, 200_000)), SEARCH_URL);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      'offer JSON unreadable: window.__page__data_sse10._offer_list is truncated',
      "read 48 listings from the page's cards instead",
    ]);
    // Cards alone show no review element for offers without reviews: reviewCount is null there.
    const noReviews = (listing: Listing): Listing => ({
      ...listing,
      supplier: {
        ...listing.supplier,
        reviewCount: listing.supplier.reviewCount === 0 ? null : listing.supplier.reviewCount,
      },
    });
    expect(reading.listings).toEqual(expected.listings.map(noReviews));
    expectValid(reading);
  });
});

describe('readSearchPage on the GBP card excerpt (DOM only)', () => {
  it('reads the one card, as expected', () => {
    const expected = JSON.parse(fixture('search-fy26-card-gbp.excerpt.expected.json')) as PageReading;
    const reading = readSearchPage(parse(fixture('search-fy26-card-gbp.excerpt.html')), GBP_URL);
    expectReading(reading, expected);
    expectValid(reading);
  });
});

describe('mapOffer on the search API response', () => {
  const api = JSON.parse(fixture('search-offers-api.json')) as { offers: unknown[] };
  const expected = JSON.parse(fixture('search-offers-api.expected.json')) as Listing[];

  it('maps all 48 offers with the same mapper as the inline JSON', () => {
    const listings = api.offers.map((offer) => mapOffer(offer));
    expect(listings).toHaveLength(48);
    listings.forEach((listing, i) => expect(listing, expected[i]!.productId!).toEqual(expected[i]));
  });

  it('gives the same listings as the page', () => {
    const page = readSearchPage(parse(fixture('search-fy26-inr-verified-filter.html')), SEARCH_URL);
    expect(api.offers.map((offer) => mapOffer(offer))).toEqual(page.listings);
  });
});

describe('verification from the offer JSON', () => {
  const base = {
    productId: '1601520019939',
    title: 'Nordic <strong>Fabric</strong> Sofa',
    productUrl: '//www.alibaba.com/product-detail/Nordic-Fabric_1601520019939.html',
    price: '₹14,206.87-61,410.33',
    moqV2: 'Min. order: 2 pieces',
    companyName: 'Taizhou Tony Furniture Co., Ltd.',
    supplierHomeHref: '//tonyfurniture.en.alibaba.com/',
    countryCode: 'CN',
    goldSupplierYears: '1 yr',
    reviewScore: '5.0',
    reviewCount: '7',
    halfTrust: false,
    tradeProduct: true,
    badges: [],
  };
  const icon = 'https://sc01.alicdn.com/kf/H62868c75e7eb4fbba8f8eb600d749c2aR.png';
  const supplierOf = (offer: object) => mapOffer(offer)!.supplier;

  it('goldSupplierIcon means verified, and tradeProduct is not Trade Assurance', () => {
    expect(supplierOf({ ...base, goldSupplierIcon: icon })).toMatchObject({
      badges: ['verified'],
      verificationShown: true,
    });
  });

  it('an empty goldSupplierIcon shows "not verified"', () => {
    expect(supplierOf({ ...base, goldSupplierIcon: '' })).toMatchObject({
      badges: [],
      verificationShown: true,
    });
  });

  it('an offer alone without the key shows nothing either way', () => {
    expect(supplierOf(base)).toMatchObject({ badges: [], verificationShown: false });
  });

  it('on a page whose JSON reports the icon, an offer without it is not verified', () => {
    const doc = pageWithOfferList({
      offerResultData: {
        offers: [
          { ...base, goldSupplierIcon: icon },
          { ...base, productId: '1601520019940' },
        ],
      },
    });
    const [verified, unverified] = readSearchPage(doc, SEARCH_URL).listings;
    expect(verified!.supplier).toMatchObject({ badges: ['verified'], verificationShown: true });
    expect(unverified!.supplier).toMatchObject({ badges: [], verificationShown: true });
  });

  it('on a page whose JSON never reports it, nothing is shown either way', () => {
    const doc = pageWithOfferList({
      offerResultData: { offers: [base, { ...base, productId: '1601520019940' }] },
    });
    for (const listing of readSearchPage(doc, SEARCH_URL).listings) {
      expect(listing.supplier).toMatchObject({ badges: [], verificationShown: false });
    }
  });

  it('the Verified Supplier filter (URL or requestData) makes every offer verified', () => {
    const inUrl = readSearchPage(
      pageWithOfferList({ offerResultData: { offers: [base] } }),
      new URL(`${SEARCH_URL.href}&assessmentCompany=true`),
    );
    const inJson = readSearchPage(
      pageWithOfferList({
        requestData: { params: { assessmentCompany: 'true' } },
        offerResultData: { offers: [base] },
      }),
      SEARCH_URL,
    );
    for (const reading of [inUrl, inJson]) {
      expect(reading.listings[0]!.supplier).toMatchObject({ badges: ['verified'], verificationShown: true });
    }
  });

  it('the Trade Assurance filter (ta=y) adds trade-assurance', () => {
    const reading = readSearchPage(
      pageWithOfferList({ offerResultData: { offers: [base] } }),
      new URL(`${SEARCH_URL.href}&ta=y`),
    );
    expect(reading.listings[0]!.supplier.badges).toEqual(['trade-assurance']);
  });

  it('supplier-search flags, Verified PRO and Alibaba Guaranteed', () => {
    expect(supplierOf({ ...base, verifiedSupplier: false })).toMatchObject({
      badges: [],
      verificationShown: true,
    });
    expect(supplierOf({ ...base, verifiedSupplierPro: true }).badges).toEqual(['verified', 'verified-pro']);
    expect(supplierOf({ ...base, halfTrust: true }).badges).toEqual(['guaranteed']);
    expect(supplierOf({ ...base, badges: [{ loopType: 'ag' }] }).badges).toEqual(['guaranteed']);
  });
});

describe('offer JSON variants and missing fields', () => {
  it('reads the Sep 2026 key names (priceV2, enPureTitle, numeric reviewCount, "0.0" score)', () => {
    const listing = mapOffer({
      id: 1601786596459,
      enPureTitle: 'Economic Warehouse Barcode Scanner USB 2.4G Wireless Barcode Reader',
      productUrl:
        '//www.alibaba.com/product-detail/Economic-Warehouse-Barcode-Scanner-USB-2_1601786596459.html?s=p',
      priceV2: '₹1,471.24-1,667.40',
      moqV2: 'Min. order: 2 sets',
      companyName: 'Zhuhai Yunew Technology Co., Ltd.',
      supplierHref: '//yunew.en.alibaba.com/company_profile.html',
      countryCode: 'CN',
      goldSupplierYears: '4 yrs',
      reviewScore: '0.0',
      reviewCount: 0,
    });
    expect(listing).toMatchObject({
      productId: '1601786596459',
      title: 'Economic Warehouse Barcode Scanner USB 2.4G Wireless Barcode Reader',
      price: { min: 1471.24, max: 1667.4, currency: 'INR' },
      moq: { quantity: 2, unit: 'sets' },
    });
    expect(listing!.supplier).toMatchObject({
      url: 'https://yunew.en.alibaba.com/',
      yearsActive: 4,
      rating: null,
      reviewCount: 0,
    });
  });

  it('missing and mistyped fields read as null; non-offers are skipped with a problem', () => {
    const doc = pageWithOfferList({
      offerResultData: {
        offers: [
          { productId: '1600000000001' },
          {
            productId: '1600000000002',
            title: 42,
            price: { amount: 5 },
            countryCode: 'Atlantis',
            reviewCount: 'many',
          },
          null,
          'offer',
          {},
        ],
      },
    });
    const reading = readSearchPage(doc, SEARCH_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      '3 of 5 offers could not be read',
      '2 of 2 listings lack a product id, title, price or supplier name',
    ]);
    expect(reading.listings[0]).toEqual({
      productId: '1600000000001',
      title: null,
      url: null,
      price: null,
      moq: null,
      supplier: emptySupplier(),
      paymentTerms: [],
    });
    expect(reading.listings[1]).toMatchObject({ productId: '1600000000002', title: '42', price: null });
    expect(reading.listings[1]!.supplier).toMatchObject({ country: null, reviewCount: null });
  });

  it('the product id falls back to id, then to the product URL', () => {
    expect(mapOffer({ id: '1601520019939' })!.productId).toBe('1601520019939');
    expect(
      mapOffer({ productUrl: '//www.alibaba.com/product-detail/x_1601520019939.html?a=1' })!.productId,
    ).toBe('1601520019939');
    expect(mapOffer({ productId: 'not-an-id', title: 'x' })!.productId).toBeNull();
  });

  it('non-objects are no offer', () => {
    for (const value of [null, undefined, 7, 'offer', [], true]) expect(mapOffer(value)).toBeNull();
  });

  it('only web links become URLs', () => {
    const listing = mapOffer({
      productId: '1600000000001',
      productUrl: 'javascript:alert(1)',
      supplierHomeHref: 'data:x',
    });
    expect(listing!.url).toBeNull();
    expect(listing!.supplier.url).toBeNull();
  });
});

describe('bad pages', () => {
  it('truncated _offer_list on the raw page: partial, the server-rendered card still read', () => {
    const html = fixture('search-fy26-inr-verified-filter.html');
    const reading = readSearchPage(parse(truncateOfferJson(html, 5_000)), SEARCH_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      'offer JSON unreadable: window.__page__data_sse10._offer_list is truncated',
      "read 1 listings from the page's cards instead",
    ]);
    expect(reading.listings.map((listing) => listing.productId)).toEqual(['1601596682242']);
  });

  it('offer JSON that is not JSON', () => {
    const doc = parse(
      '<script>window.__page__data_sse10._offer_list = {"offerResultData": {offers: []}};</script>',
    );
    const reading = readSearchPage(doc, SEARCH_URL);
    expect(reading).toMatchObject({ health: 'partial', listings: [] });
    expect(reading.problems).toEqual([
      'no offers found',
      'offer JSON unreadable: window.__page__data_sse10._offer_list is not valid JSON',
    ]);
  });

  it('offer JSON without an offers list', () => {
    const reading = readSearchPage(pageWithOfferList({ offerResultData: { offers: 'none' } }), SEARCH_URL);
    expect(reading.problems).toEqual(['no offers found', 'offer JSON has no offerResultData.offers list']);
  });

  it('a page with no offers at all', () => {
    for (const doc of [
      parse('<html><body><p>No results</p></body></html>'),
      pageWithOfferList({ offerResultData: { offers: [] } }),
    ]) {
      const reading = readSearchPage(doc, SEARCH_URL);
      expectValid(reading);
      expect(reading).toEqual({
        site: 'alibaba',
        page: 'search',
        health: 'partial',
        supplier: null,
        listings: [],
        problems: ['no offers found'],
      });
    }
  });

  it('never throws, even on something that is not a document', () => {
    const reading = readSearchPage({} as Document, SEARCH_URL);
    expect(reading.health).toBe('partial');
    expect(reading.listings).toEqual([]);
    expect(reading.problems[0]).toMatch(/^search page could not be read/);
  });
});
