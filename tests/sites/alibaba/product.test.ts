import { describe, expect, it } from 'vitest';
import { readFixture, parsePage, expectedReading, expectReading } from '../../support/saved-pages';
import type { PageReading } from '../../../src/signals/reading';
import { PageReadingSchema } from '../../../src/signals/reading';
import { findProductCards, readProductPage } from '../../../src/sites/alibaba/product/read-product';
import { PAGE_SUPPLIER_KEY } from '../../../src/sites/types';

const read = readFixture;
const parse = parsePage;
const expected = expectedReading;

/** product-detaildata-eur-2026.excerpt.json holds detailData's sub-objects; put them back where the page has them. */
function eurPage(): Document {
  const x = JSON.parse(read('product-detaildata-eur-2026.excerpt.json')) as Record<
    string,
    Record<string, unknown>
  >;
  const detailData = {
    globalData: {
      seller: x['globalData.seller'],
      product: { ...x.product_scalars, price: x.product_price },
      review: x.review,
      trade: x.trade,
      global: x.global_subset,
      extend: { numberRule: x.extend_subset?.numberRule },
    },
    nodeMap: {
      module_unifed_company_card: { privateData: x.nodeMap_module_unifed_company_card_privateData_subset },
      module_sample_new: { privateData: x.nodeMap_module_sample_new_privateData },
    },
  };
  return parse(
    `<!doctype html><html><body><script>window.detailData = ${JSON.stringify(detailData)};</script></body></html>`,
  );
}

const VND_URL = new URL(
  'https://indonesian.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men-1600147809763.html',
);
const EUR_URL = new URL(
  'https://www.alibaba.com/product-detail/TG117-High-Quality-Portable-Wireless-BT_1601302079515.html',
);
const DOM_URL = new URL(
  'https://www.alibaba.com/product-detail/Luxury-Living-Room-Furniture-3-Seater_1600930741831.html',
);
const OLD_URL = new URL('https://www.alibaba.com/product-detail/x_60718266587.html');

describe('readProductPage on saved pages', () => {
  // Checked by hand in the raw JSON: seller.companyName, subDomain "beautiy.en.alibaba.com",
  // companyRegisterCountry "CN", companyJoinYears "6", companyBusinessType "Trading Company",
  // responseTimeText "≤3h", supplierOnTimeDeliveryRate "100.0%", review.storeReview 4.7 / 214,
  // no companyHasPassAssessment key (so verificationShown false, no badges), productId,
  // subject, priceRangeText "₫87,059-122,577" (low/high 87059/122577), moq 2 + unit "piece",
  // attribute "Payment term" = "Paypal.Western Union.TT.Trade Assurance".
  it('product-detaildata-2026.html: detailData with a VND range price', () => {
    const reading = readProductPage(parse(read('product-detaildata-2026.html')), VND_URL);
    expectReading(reading, expected('product-detaildata-2026.expected.json'));
    expect(reading.listings[0]?.price).toEqual({ min: 87059, max: 122577, currency: 'VND' });
  });

  // Checked by hand: companyHasPassAssessment true, accountIsPaidMember true, medalText "Gold Supplier",
  // verifiedManufactruers.text "Verified as Custom Manufacturer", baoAccountIsService true, newAg true,
  // companyJoinYears "13", responseTimeText "≤2h", supplierOnTimeDeliveryRate "92.6%",
  // supplierRatingReviews averageStar "4.8" / totalReviewOrderCount 56, companyBusinessType
  // "Manufacturer,Trading Company", ladder 6-499 €3.38 / 500-2499 €3.19 / 2500-499999 €3.10 /
  // 500000-(-1) €2.61, module_sample_new minOrder 6 pieces.
  it('product-detaildata-eur-2026.excerpt.json: EUR ladder, badges and verification flag', () => {
    const reading = readProductPage(eurPage(), EUR_URL);
    expectReading(reading, expected('product-detaildata-eur-2026.excerpt.expected.json'));
  });

  it('EUR: prices follow currencyRule ("€2.61-3.38"), not numberRule\'s decimal comma (quantities)', () => {
    const price = readProductPage(eurPage(), EUR_URL).listings[0]?.price;
    expect(price).toMatchObject({ min: 2.61, max: 3.38, currency: 'EUR' });
    expect(price?.tiers?.at(-1)).toEqual({ minQuantity: 500000, maxQuantity: null, price: 2.61 });
  });

  // Checked by hand in the DOM: span.company-name a (title, href zhida.en.alibaba.com), a.verify-icon,
  // span.id-truncate "Custom Manufacturer", span.company-life "6 yrs", span.register-country "CN ",
  // module_ta_plus .ta-semi (the platform's order protection, shown for every supplier, so not read as
  // Trade Assurance), h1[title], ladder "10 - 29 pieces" $890 / "30 - 99" $690 /
  // "100 - 999" $550 / ">= 1000" $285, key attribute "Payment term" = "T/T 30%/70%,L/C".
  it('product-dom-copy-2025.html: the 2025 DOM without detailData', () => {
    const reading = readProductPage(parse(read('product-dom-copy-2025.html')), DOM_URL);
    expectReading(reading, expected('product-dom-copy-2025.expected.json'));
  });

  // Checked by hand: a.company-name title + href idock.en.alibaba.com, .register-country "CN",
  // a[data-aui="ggs-icon"] .join-year "14" "YRS" (Gold), a[data-aui="ta-ordered"] (links a generic sale page,
  // so not read as Trade Assurance), .attr-content titles
  // "4,8/5" and "≤3h" (labels are machine-translated, so only shape-unambiguous values are read;
  // "94,3%" stays null), .company-brand "nhà sản xuất tùy chỉnh" (custom manufacturer).
  it('product-supplier-card-2021.excerpt.html: only the old supplier card, no product', () => {
    const reading = readProductPage(parse(read('product-supplier-card-2021.excerpt.html')), OLD_URL);
    expectReading(reading, expected('product-supplier-card-2021.excerpt.expected.json'));
  });
});

describe('readProductPage on bad input', () => {
  const vndHtml = read('product-detaildata-2026.html');

  function expectValid(reading: PageReading): void {
    const checked = PageReadingSchema.safeParse(reading);
    expect(checked.success, checked.error?.message).toBe(true);
  }

  it('truncated detailData JSON: partial, named, no throw', () => {
    const cut = `${vndHtml.slice(0, vndHtml.indexOf('"seller"'))}</script></body></html>`;
    const reading = readProductPage(parse(cut), VND_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems[0]).toMatch(/window\.detailData is truncated/);
    expect(reading.supplier).toBeNull();
    expect(reading.listings).toEqual([]);
  });

  it('seller block missing: supplier null, the product still read with an empty supplier', () => {
    const data = JSON.parse(
      vndHtml.slice(vndHtml.indexOf('{"globalData"'), vndHtml.lastIndexOf('};') + 1),
    ) as {
      globalData: Record<string, unknown>;
      nodeMap?: unknown;
    };
    delete data.globalData.seller;
    delete data.globalData.review;
    delete data.nodeMap;
    const reading = readProductPage(
      parse(`<script>window.detailData = ${JSON.stringify(data)};</script>`),
      VND_URL,
    );
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      'no seller block found (neither detailData.globalData.seller nor a supplier card)',
    ]);
    expect(reading.supplier).toBeNull();
    expect(reading.listings[0]?.productId).toBe('1600147809763');
    expect(reading.listings[0]?.supplier).toMatchObject({ name: null, badges: [], verificationShown: false });
  });

  it('"Product Not Available" detailData without productId: partial, no listing', () => {
    const html =
      '<html><head><title>Product Not Available</title></head><body><script>window.detailData = ' +
      '{"globalData":{"product":{"subject":""},"seller":{"companyName":"Gone Co.","companyHasPassAssessment":false}}};' +
      '</script></body></html>';
    const reading = readProductPage(parse(html), EUR_URL);
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual([
      'detailData has no productId (the product may no longer be available)',
      'no product found on the page',
    ]);
    expect(reading.listings).toEqual([]);
    // The flag is there and false: shown, and not verified.
    expect(reading.supplier).toMatchObject({ name: 'Gone Co.', badges: [], verificationShown: true });
  });

  it('wrong types everywhere read as null, never throw', () => {
    const data = {
      globalData: {
        product: {
          productId: { id: 1 },
          subject: 42,
          moq: 'lots',
          price: { productLadderPrices: [{ min: 'a', price: -3 }], formatLadderPrice: 7 },
        },
        seller: {
          companyName: ['x'],
          companyJoinYears: 'abc',
          responseTimeText: {},
          supplierOnTimeDeliveryRate: '250%',
          companyHasPassAssessment: 'yes',
          authCards: 'none',
        },
        review: { storeReview: { averageStar: 99, totalReviewCount: -4 } },
      },
      nodeMap: {
        module_unifed_company_card: {
          privateData: { companyIconList: 'x', onlinePerformance: { fields: [null, 3] } },
        },
      },
    };
    const reading = readProductPage(
      parse(`<script>window.detailData = ${JSON.stringify(data)};</script>`),
      EUR_URL,
    );
    expectValid(reading);
    expect(reading.health).toBe('partial');
    expect(reading.supplier).toBeNull();
    expect(reading.listings).toEqual([]);
  });

  it('detailData that is not an object, and an empty document', () => {
    for (const html of ['<script>window.detailData = [1, 2];</script>', '', '<p>hello</p>']) {
      const reading = readProductPage(parse(html), EUR_URL);
      expectValid(reading);
      expect(reading.health).toBe('partial');
      expect(reading.supplier).toBeNull();
    }
  });
});

describe('findProductCards', () => {
  it('2025 DOM: the supplier strip and the product title, each once', () => {
    const doc = parse(read('product-dom-copy-2025.html'));
    const slots = findProductCards(doc, DOM_URL);
    expect(slots.map((slot) => slot.key)).toEqual([PAGE_SUPPLIER_KEY, '1600930741831']);
    expect(slots[0]?.card.getAttribute('data-module-name')).toBe('module_company');
    expect(slots[0]?.anchor.classList.contains('product-company-info')).toBe(true);
    expect(slots[1]?.anchor.classList.contains('product-title-container')).toBe(true);
    // Searching from inside a card finds the same card.
    const strip = slots[0]?.card;
    expect(strip && findProductCards(strip, DOM_URL).map((slot) => slot.card)).toEqual([strip]);
  });

  it('2021 card: one supplier slot with its anchor inside', () => {
    const slots = findProductCards(parse(read('product-supplier-card-2021.excerpt.html')), OLD_URL);
    expect(slots).toHaveLength(1);
    expect(slots[0]?.key).toBe(PAGE_SUPPLIER_KEY);
    expect(slots[0]?.anchor.classList.contains('card-supplier')).toBe(true);
    expect(slots[0]?.card.contains(slots[0].anchor)).toBe(true);
  });

  it('no cards on a page without supplier markup', () => {
    expect(findProductCards(parse(read('product-detaildata-2026.html')), VND_URL)).toEqual([]);
  });
});
