import { describe, expect, it } from 'vitest';
import { readFixture, parsePage, expectedReading, expectReading } from '../../support/saved-pages';
import { emptySupplier } from '../../../src/signals/empty-supplier';
import type { PageReading } from '../../../src/signals/reading';
import { PageReadingSchema } from '../../../src/signals/reading';
import { ListingSchema } from '../../../src/signals/listing';
import {
  findSupplierCards,
  readSupplierCard,
  readSupplierPage,
} from '../../../src/sites/alibaba/supplier/read-supplier';
import { PAGE_SUPPLIER_KEY } from '../../../src/sites/types';

const read = readFixture;
const parse = parsePage;
const expected = expectedReading;

const LIST_URL = new URL('https://zhida.en.alibaba.com/productlist.html');
const GROUP_URL = new URL('https://zhida.en.alibaba.com/productgrouplist-948456249/1_2_3_seater_sofa.html');
const PROFILE_URL = new URL('https://dgxuandele.en.alibaba.com/company_profile.html');

describe('readSupplierPage on saved pages', () => {
  // Checked by hand: shopSign module-data (decoded in ../shared/pages/alibaba/storefront-productlist-2025.module-data.json):
  // companyName, esiteSubDomain "zhida.en.alibaba.com", companyRegisterCountry "CN", companyJoinYears "6",
  // companyBusinessType.value "Manufacturer, Trading Company", averageStar.value "4.9",
  // companyHasPassAssessment / accountIsPaidMember / companyHasPassOnsite / baoAccountIsDisplayAssurance true;
  // header DOM .service-item "On-time delivery rate" 100.0% and "Response time" ≤2h; no review count shown.
  // Listings: productList[] subject / url / fobPriceWithoutUnit / moq, spot-checked for the first, fourth and last
  // ("$600-1,100" 10 pieces, "$322-893" 2 pieces, "$395-699" 2 pieces).
  it('storefront-productlist-2025.html: shop sign, header and 16 products', () => {
    const reading = readSupplierPage(parse(read('storefront-productlist-2025.html')), LIST_URL);
    expectReading(reading, expected('storefront-productlist-2025.expected.json'));
  });

  // Same shop; the group's 16 products from productList, then the 4 recommend-tile cards (not in the group)
  // read from their DOM: "$600-1,100" / "Min. order 10 pieces" ... "$322-893" / "Min. order 2 pieces".
  it('storefront-productgroup-2025.html: group list plus recommended cards from the DOM', () => {
    const reading = readSupplierPage(parse(read('storefront-productgroup-2025.html')), GROUP_URL);
    expectReading(reading, expected('storefront-productgroup-2025.expected.json'));
  });

  // Checked by hand: shopBizData supplierPerformance companyName, years.value "6 yrs", responseTime "≤2h",
  // supplierActionBar rating 4.7 / reviewCount 39, esiteSubDomain; no badge flags, no country key;
  // the card "Custom Men&amp;#39;s ..." (double-encoded), "$13.29-18.19", "MOQ:30 pieces".
  it('company-profile-2026-excerpt.html: shopBizData and a product card', () => {
    const reading = readSupplierPage(parse(read('company-profile-2026-excerpt.html')), PROFILE_URL);
    expectReading(reading, expected('company-profile-2026-excerpt.expected.json'));
  });
});

describe('readSupplierPage on bad input', () => {
  function expectValid(reading: PageReading): void {
    const checked = PageReadingSchema.safeParse(reading);
    expect(checked.success, checked.error?.message).toBe(true);
  }

  it('module-data that is not valid URL encoding: partial, named, no throw', () => {
    const html =
      '<div class="J_module" module-name="icbu-pc-shopSign" module-data="%7B%22gdc%22%3A%E0%A4%A"></div>' +
      '<div class="J_module" module-name="icbu-pc-productListPc" module-data="%7B%22mds%22%3A"></div>';
    const reading = readSupplierPage(parse(html), LIST_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      'module-data of icbu-pc-shopSign is not URL-encoded JSON',
      'module-data of icbu-pc-productListPc is not URL-encoded JSON',
      'no supplier data found (no shop sign, header or shopBizData)',
    ]);
    expect(reading.supplier).toBeNull();
    expect(reading.listings).toEqual([]);
  });

  it('a broken product list module falls back to the product cards in the DOM', () => {
    const html = read('storefront-productlist-2025.html').replace(
      /(module-name="icbu-pc-productListPc"[^>]*?module-data=")[^"]*"/,
      '$1%E0%A4%A"',
    );
    const reading = readSupplierPage(parse(html), LIST_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual(['module-data of icbu-pc-productListPc is not URL-encoded JSON']);
    const want = expected('storefront-productlist-2025.expected.json');
    expect(reading.supplier).toEqual(want.supplier);
    expect(reading.listings.map((listing) => listing.productId)).toEqual(
      want.listings.map((l) => l.productId),
    );
    expect(reading.listings[0]).toEqual(want.listings[0]);
  });

  it('truncated shopBizData: partial, named, the card still read', () => {
    const html = read('company-profile-2026-excerpt.html').replace(
      /"supplierActionBar".*<\/script>/s,
      '</script>',
    );
    const reading = readSupplierPage(parse(html.replace(/"supplierPerformance"/, '"x"')), PROFILE_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      'window.shopBizData is truncated',
      'no supplier data found (no shop sign, header or shopBizData)',
    ]);
    expect(reading.listings.map((listing) => listing.productId)).toEqual(['11000020070621']);
  });

  it('wrong types in module data read as null', () => {
    const data = {
      mds: {
        moduleData: {
          data: { companyName: 7, companyJoinYears: 'x', averageStar: { value: '9/10' }, productList: 'no' },
        },
      },
    };
    const html = `<div class="J_module" module-name="icbu-pc-shopSign" module-data="${encodeURIComponent(JSON.stringify(data))}"></div>`;
    const reading = readSupplierPage(parse(html), LIST_URL);
    expectValid(reading);
    expect(reading.supplier).toMatchObject({ name: null, yearsActive: null, rating: 4.5, badges: [] });
  });
});

describe('findSupplierCards', () => {
  it('storefront: the shop header, then every product card once with its id', () => {
    const doc = parse(read('storefront-productlist-2025.html'));
    const slots = findSupplierCards(doc, LIST_URL);
    expect(slots[0]?.key).toBe(PAGE_SUPPLIER_KEY);
    expect(slots[0]?.anchor.classList.contains('verify-icons')).toBe(true);
    const cards = slots.slice(1);
    // 4 recommend-tile cards, then the 16 product-list cards.
    expect(cards).toHaveLength(20);
    expect(new Set(slots.map((slot) => slot.card)).size).toBe(slots.length);
    expect(cards.slice(0, 4).map((slot) => slot.key)).toEqual([
      '1601619777417',
      '1601619743645',
      '1601619777477',
      '1600229990147',
    ]);
    for (const slot of cards) {
      expect(slot.anchor.classList.contains('product-info')).toBe(true);
      expect(slot.card.getAttribute('data-id')).toBe(slot.key);
    }
  });

  it('2026 profile: the card is the link wrapper, so the badge sits outside the link', () => {
    const slots = findSupplierCards(parse(read('company-profile-2026-excerpt.html')), PROFILE_URL);
    expect(slots.map((slot) => slot.key)).toEqual(['11000020070621']);
    expect(slots[0]?.anchor.closest('a')).toBeNull();
  });
});

describe('readSupplierCard', () => {
  it('reads a storefront card from its own DOM with an empty supplier', () => {
    const doc = parse(read('storefront-productlist-2025.html'));
    const card = doc.querySelector('.module-product-list .icbu-product-card[data-id="1600229990147"]');
    const listing = card && readSupplierCard(card, LIST_URL);
    expect(ListingSchema.safeParse(listing).success).toBe(true);
    expect(listing).toEqual({
      productId: '1600229990147',
      title: 'Custom European Italy Modern Luxury Villa Home Furniture Living Room L Shape Couch Sofa Set',
      url: 'https://www.alibaba.com/product-detail/Custom-European-Italy-Modern-Luxury-Villa_1600229990147.html',
      price: { min: 322, max: 893, currency: 'USD' },
      moq: { quantity: 2, unit: 'pieces' },
      supplier: emptySupplier(),
      paymentTerms: [],
    });
  });

  it('reads a 2026 profile card (class-free) and returns null for a non-card', () => {
    const doc = parse(read('company-profile-2026-excerpt.html'));
    const [slot] = findSupplierCards(doc, PROFILE_URL);
    const listing = slot && readSupplierCard(slot.card, PROFILE_URL);
    expect(listing).toMatchObject({
      productId: '11000020070621',
      price: { min: 13.29, max: 18.19, currency: 'USD' },
    });
    expect(readSupplierCard(doc.querySelector('nav') ?? doc.createElement('div'), PROFILE_URL)).toBeNull();
  });
});
