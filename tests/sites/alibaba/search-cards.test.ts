import { describe, expect, it } from 'vitest';
import { readFixture, parsePage, SEARCH_URL, GBP_SEARCH_URL } from '../../support/saved-pages';
import type { Listing } from '../../../src/signals/listing';
import type { PageReading } from '../../../src/signals/reading';
import { ListingSchema } from '../../../src/signals/listing';
import { parseTrackingParams, splitPair } from '../../../src/sites/alibaba/search/card-mod';
import { findSearchCards, findSearchCardsAround } from '../../../src/sites/alibaba/search/find-cards';
import { readSearchCard } from '../../../src/sites/alibaba/search/read-card';

const fixture = readFixture;
const parse = parsePage;
const GBP_URL = GBP_SEARCH_URL;
const WRAPPER = '.fy26-product-card-wrapper';

function expectValidListing(listing: Listing | null): void {
  const result = ListingSchema.safeParse(listing);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
}

describe('the saved INR page: one server-rendered card in three nested wrappers', () => {
  const doc = parse(fixture('search-fy26-inr-verified-filter.html'));
  const slots = findSearchCards(doc);

  it('finds the card once, as its outermost wrapper', () => {
    expect(doc.querySelectorAll(WRAPPER)).toHaveLength(3);
    expect(slots).toHaveLength(1);
    const [slot] = slots;
    expect(slot!.key).toBe('1601596682242');
    expect(slot!.card).toBe(doc.querySelector(WRAPPER));
    expect(slot!.card.parentElement!.closest(WRAPPER)).toBeNull();
    expect(slot!.anchor.className).toBe('searchx-supplier-content');
    expect(slot!.card.contains(slot!.anchor)).toBe(true);
  });

  // Checked by hand against the card's markup: title span, area=price, area=moq, company link,
  // area=verified, area=supplierYear "CN@@2%20yrs", area=review "5.0@@12".
  it('reads the card from its DOM alone', () => {
    const listing = readSearchCard(slots[0]!.card, SEARCH_URL);
    expectValidListing(listing);
    expect(listing).toEqual({
      productId: '1601596682242',
      title: 'Living Room Modern Fabric Chaise Italian Bobble Modular Fabric Sectional Sofa Set Furniture',
      url: 'https://www.alibaba.com/product-detail/Living-Room-Modern-Fabric-Chaise-Italian_1601596682242.html?priceId=8e5ef083a4e0410c9c821e5a54c72dee',
      price: { min: 59577.18, max: 109988.64, currency: 'INR' },
      moq: { quantity: 1, unit: 'set' },
      supplier: {
        name: 'Gainsville Home Furnishings Ltd.',
        url: 'https://italiafurniture.en.alibaba.com/',
        country: 'CN',
        yearsActive: 2,
        badges: ['verified'],
        verificationShown: true,
        responseRate: null,
        responseTimeHours: null,
        onTimeDeliveryRate: null,
        rating: 5,
        reviewCount: 12,
        businessType: null,
      },
      paymentTerms: [],
    });
  });

  it('an inner wrapper alone is part of a card, not a card', () => {
    const inner = doc.querySelectorAll(WRAPPER)[1]!;
    expect(findSearchCards(inner)).toEqual([]);
    expect(findSearchCards(slots[0]!.card).map((slot) => slot.key)).toEqual(['1601596682242']);
  });

  it('a change anywhere in the card leads to the whole card, once', () => {
    const card = slots[0]!.card;
    const inner = doc.querySelectorAll(WRAPPER)[2]!;
    const price = card.querySelector('.searchx-product-price-price-main')!;
    const around = findSearchCardsAround([inner, price, card, slots[0]!.anchor]);
    expect(around.map((slot) => [slot.key, slot.card])).toEqual([['1601596682242', card]]);
  });

  it('a change holding the card, or outside every card, leads to the cards it holds', () => {
    const card = slots[0]!.card;
    expect(findSearchCardsAround([card.parentElement!]).map((slot) => slot.card)).toEqual([card]);
    expect(findSearchCardsAround([doc.head])).toEqual([]);
    expect(findSearchCardsAround([doc.createElement('div')])).toEqual([]);
  });
});

describe('the GBP card excerpt (client-rendered gallery card)', () => {
  const html = fixture('search-fy26-card-gbp.excerpt.html');
  const expected = JSON.parse(fixture('search-fy26-card-gbp.excerpt.expected.json')) as PageReading;

  it('finds the card by its content block; the next card, an empty wrapper tag, is skipped', () => {
    const doc = parse(html);
    const slots = findSearchCards(doc);
    expect(slots.map((slot) => slot.key)).toEqual(['1601705232592']);
    expect(slots[0]!.card.className).toBe('fy26-product-card-content');
    expect(slots[0]!.anchor.className).toBe('searchx-supplier-content');
    expect(readSearchCard(doc.querySelector(WRAPPER)!, GBP_URL)).toBeNull();
  });

  it('inside its wrapper (as on the page), the wrapper is the card', () => {
    const wrapped = parse(
      `<div class="fy26-product-card-wrapper gallery-card pro-search-bg fy26-product-card Q4TFX" data-ctrdot="1601705232592" data-spm="normal_offer" card-version="0.2.54">${html}</div>`,
    );
    const slots = findSearchCards(wrapped);
    expect(slots.map((slot) => slot.key)).toEqual(['1601705232592']);
    expect(slots[0]!.card.classList.contains('fy26-product-card-wrapper')).toBe(true);
  });

  // By hand: "£0.1527", "Min. order: 100000 bags", riwaynonwovens productlist.html link,
  // Verified icon, "CN@@9%20yrs", "5.0@@7"; the title's <strong> keywords read as plain words.
  it('reads the card, as expected', () => {
    const card = findSearchCards(parse(html))[0]!.card;
    const listing = readSearchCard(card, GBP_URL);
    expectValidListing(listing);
    expect(listing).toEqual(expected.listings[0]);
    expect(listing!.price).toEqual({ min: 0.1527, max: 0.1527, currency: 'GBP' });
    expect(listing!.supplier).toMatchObject({
      url: 'https://riwaynonwovens.en.alibaba.com/',
      yearsActive: 9,
      reviewCount: 7,
    });
  });
});

describe('the rendered page: 48 cards', () => {
  const html = fixture('search-fy26-rendered-48.html');
  const expected = JSON.parse(fixture('search-fy26-rendered-48.expected.json')) as PageReading;
  const offerIds = expected.listings.map((listing) => listing.productId);

  it('finds all 48 cards once each, keyed by their offers, in page order', () => {
    const doc = parse(html);
    expect(doc.querySelectorAll(WRAPPER)).toHaveLength(144);
    const slots = findSearchCards(doc);
    expect(slots.map((slot) => slot.key)).toEqual(offerIds);
    expect(new Set(slots.map((slot) => slot.card)).size).toBe(48);
    for (const slot of slots) {
      expect(slot.card.parentElement!.closest(WRAPPER)).toBeNull();
      expect(slot.card.contains(slot.anchor)).toBe(true);
      expect(slot.anchor.className).toBe('searchx-supplier-content');
    }
  });

  it('reads every card alone as its offer (no review element when there are no reviews)', () => {
    const doc = parse(html);
    findSearchCards(doc).forEach((slot, i) => {
      const listing = readSearchCard(slot.card, SEARCH_URL);
      const offer = expected.listings[i]!;
      const reviewCount = offer.supplier.reviewCount === 0 ? null : offer.supplier.reviewCount;
      expect(listing, slot.key).toEqual({ ...offer, supplier: { ...offer.supplier, reviewCount } });
    });
  });

  it('cards added later (a subtree) are found there too', () => {
    const doc = parse(html);
    const mount = doc.getElementById('sse-fluent-offerlist-csr')!;
    expect(findSearchCards(mount).map((slot) => slot.key)).toEqual(offerIds.slice(1));
  });

  it('a badge host appended to the anchor changes nothing', () => {
    const doc = parse(html);
    for (const slot of findSearchCards(doc)) slot.anchor.append(doc.createElement('supplier-radar-badge'));
    expect(findSearchCards(doc).map((slot) => slot.key)).toEqual(offerIds);
  });

  it('a card without the Verified icon shows "not verified"; without its supplier row, nothing', () => {
    const doc = parse(html);
    const card = findSearchCards(doc)[1]!.card;
    card.querySelector('.verified-supplier-icon__wrapper')!.parentElement!.remove();
    expect(readSearchCard(card, SEARCH_URL)!.supplier).toMatchObject({ badges: [], verificationShown: true });
    // The Verified filter in the URL vouches for every card.
    const filtered = new URL(`${SEARCH_URL.href}&assessmentCompany=true`);
    expect(readSearchCard(card, filtered)!.supplier).toMatchObject({
      badges: ['verified'],
      verificationShown: true,
    });
    card.querySelector('.searchx-supplier-content')!.remove();
    expect(readSearchCard(card, SEARCH_URL)!.supplier).toMatchObject({
      badges: [],
      verificationShown: false,
    });
  });
});

describe('card keys and odd cards', () => {
  const card = (attributes: string, inner = ''): Document =>
    parse(
      `<div class="fy26-product-card-wrapper" ${attributes}>${inner}<div class="searchx-product-area"></div></div>`,
    );
  const title = (href: string): string =>
    `<h2 class="searchx-product-e-title"><a href="${href}"><span>Sofa</span></a></h2>`;

  it('key from data-ctrdot, then data-aplus-auto-offer, then the title link', () => {
    expect(findSearchCards(card('data-ctrdot="1601520019939"'))[0]!.key).toBe('1601520019939');
    const offer = 'data-aplus-auto-offer="productId=1601048769226&amp;seq_id=22&amp;is_ad=false"';
    expect(findSearchCards(card(offer))[0]!.key).toBe('1601048769226');
    const link = title('//www.alibaba.com/product-detail/Nordic-Sofa_1601520019939.html?priceId=x');
    expect(findSearchCards(card('', link))[0]!.key).toBe('1601520019939');
  });

  it('cards without a product id are skipped', () => {
    expect(findSearchCards(card('data-ctrdot="undefined"', title('https://www.alibaba.com/')))).toEqual([]);
  });

  it('the badge goes into the supplier block when there is no supplier row', () => {
    expect(findSearchCards(card('data-ctrdot="1601520019939"'))[0]!.anchor.className).toBe(
      'searchx-product-area',
    );
  });

  it('readSearchCard never throws and returns null for an empty card', () => {
    expect(
      readSearchCard(
        parse('<div class="fy26-product-card-wrapper"></div>').body.firstElementChild!,
        SEARCH_URL,
      ),
    ).toBeNull();
    expect(readSearchCard({} as Element, SEARCH_URL)).toBeNull();
    expect(findSearchCards({} as ParentNode)).toEqual([]);
  });
});

describe('tracking attributes', () => {
  it('reads area=…&areaContent=… with and without URL encoding', () => {
    const params = parseTrackingParams('area=supplierYear&areaContent=CN@@2%20yrs&target=miniSite');
    expect(params.get('area')).toBe('supplierYear');
    expect(params.get('areaContent')).toBe('CN@@2 yrs');
    expect(parseTrackingParams('area=moq&areaContent=Min. order: 1 set').get('areaContent')).toBe(
      'Min. order: 1 set',
    );
    expect(parseTrackingParams('area=x&areaContent=100%+sold%E0').get('areaContent')).toBe('100%+sold%E0');
    expect(parseTrackingParams(null).size).toBe(0);
  });

  it('splits "a@@b" pairs', () => {
    expect(splitPair('CN@@2 yrs')).toEqual(['CN', '2 yrs']);
    expect(splitPair('5.0@@12')).toEqual(['5.0', '12']);
    expect(splitPair('@@9 yrs')).toEqual([null, '9 yrs']);
    expect(splitPair('5.0')).toEqual(['5.0', null]);
    expect(splitPair(null)).toEqual([null, null]);
  });
});

describe('older layouts', () => {
  interface Row {
    name: string;
    price: string;
    seller_name: string;
    seller_years: string;
    seller_response_rate: string;
    image: string;
    link: string;
  }
  /** search-2020-scraped.csv: CRLF lines; quoted fields may hold commas. */
  const rows: Row[] = fixture('search-2020-scraped.csv')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const cells = Array.from(
        line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g),
        (match) => match[2] ?? match[1] ?? '',
      );
      const [name, price, seller_name, seller_years, seller_response_rate, image, link] = cells;
      return { name, price, seller_name, seller_years, seller_response_rate, image, link } as Row;
    });
  const escape = (text: string): string =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

  /** A 2020 card holding the row's values where search-2020-selectors.yml found them. */
  const organicCard = (row: Row): string =>
    `<div class="organic-gallery-offer-outter" data-content="productItem">` +
    `<a class="organic-gallery-offer__img-section" href="${escape(row.link)}"><img src="${escape(row.image)}"></a>` +
    `<a class="organic-gallery-title" href="${escape(row.link)}"><p class="organic-gallery-title__content">${escape(row.name)}</p></a>` +
    `<p class="gallery-offer-price"><span>${escape(row.price)}</span></p>` +
    `<div class="organic-gallery-offer-section__seller"><a class="organic-gallery-offer__seller-company">${escape(row.seller_name)}</a>` +
    `<span class="seller-tag__year">${escape(row.seller_years)}</span>` +
    (row.seller_response_rate
      ? `<span class="seller-tag__response-rate">${escape(row.seller_response_rate)}</span>`
      : '') +
    `</div></div>`;

  it('reads 2020 organic cards built from the scraper rows', () => {
    const expected = JSON.parse(fixture('search-2020-scraped.expected.json')) as Listing[];
    expect(rows).toHaveLength(40);
    const doc = parse(`<div class="organic-list">${rows.map(organicCard).join('')}</div>`);
    const slots = findSearchCards(doc);
    expect(slots).toHaveLength(40);
    slots.forEach((slot, i) => {
      const listing = readSearchCard(slot.card, SEARCH_URL)!;
      const want = expected[i]!;
      expectValidListing(listing);
      expect(slot.key).toBe(want.productId);
      expect(slot.anchor.className).toBe('organic-gallery-offer-section__seller');
      expect({ ...listing, supplier: { ...listing.supplier, responseRate: null } }).toEqual({
        ...want,
        supplier: { ...want.supplier, responseRate: null },
      });
      if (want.supplier.responseRate === null) expect(listing.supplier.responseRate).toBeNull();
      else expect(listing.supplier.responseRate).toBeCloseTo(want.supplier.responseRate, 6);
    });
  });

  // Rows 1-5 by hand: "$12.05-$13.85" "11 YRS" (no rate), "$14.00-$17.00" "7 YRS" "86.1%", …
  it('hand-checked rows', () => {
    const doc = parse(rows.slice(0, 5).map(organicCard).join(''));
    const listings = findSearchCards(doc).map((slot) => readSearchCard(slot.card, SEARCH_URL)!);
    expect(listings.map((listing) => listing.productId)).toEqual([
      '62393635559',
      '62446550917',
      '62282896949',
      '62350522248',
      '2015692880',
    ]);
    expect(listings.map((listing) => listing.price)).toEqual([
      { min: 12.05, max: 13.85, currency: 'USD' },
      { min: 14, max: 17, currency: 'USD' },
      { min: 4.7, max: 6, currency: 'USD' },
      { min: 2.79, max: 29.99, currency: 'USD' },
      { min: 10, max: 30, currency: 'USD' },
    ]);
    expect(listings.map((listing) => listing.supplier.yearsActive)).toEqual([11, 7, 7, 1, 15]);
    expect(listings.map((listing) => listing.supplier.responseRate)).toEqual([
      null,
      0.861,
      0.918,
      0.919,
      0.823,
    ]);
    expect(listings[1]!.supplier.name).toBe('Guangzhou Artiste Technology Co., Ltd.');
    expect(listings[0]!.supplier).toMatchObject({ badges: [], verificationShown: false });
  });

  it('reads a fy23 card (selectors from the notes, no saved page)', () => {
    const doc = parse(
      `<div class="fy23-search-card" data-ctrdot="1600123456789">` +
        `<h2 class="search-card-e-title"><a href="//www.alibaba.com/product-detail/Sofa_1600123456789.html"><span>Modern <strong>Sofa</strong></span></a></h2>` +
        `<div class="search-card-e-price-main">US$120.00-150.00</div>` +
        `<div class="search-card-m-sale-features__item">Min. order: 2 pieces</div>` +
        `<div class="search-card-e-supplier"><a class="search-card-e-company" href="//acme.en.alibaba.com/company_profile.html">Acme Furniture Co., Ltd.</a>` +
        `<a class="verified-supplier-icon__wrapper" data-aplus-auto-card-mod="area=verified&amp;areaContent=verified"><img class="verified-supplier-icon"></a>` +
        `<a class="search-card-e-supplier__year" data-aplus-auto-card-mod="area=supplierYear&amp;areaContent=CN@@5%20yrs"><span>5 yrs</span></a></div></div>`,
    );
    const [slot] = findSearchCards(doc);
    expect(slot!.key).toBe('1600123456789');
    expect(slot!.anchor.className).toBe('search-card-e-supplier');
    const listing = readSearchCard(slot!.card, SEARCH_URL);
    expectValidListing(listing);
    expect(listing).toMatchObject({
      productId: '1600123456789',
      title: 'Modern Sofa',
      url: 'https://www.alibaba.com/product-detail/Sofa_1600123456789.html',
      price: { min: 120, max: 150, currency: 'USD' },
      moq: { quantity: 2, unit: 'pieces' },
    });
    expect(listing!.supplier).toMatchObject({
      name: 'Acme Furniture Co., Ltd.',
      url: 'https://acme.en.alibaba.com/',
      country: 'CN',
      yearsActive: 5,
      badges: ['verified'],
      verificationShown: true,
    });
  });
});
