/**
 * Where Alibaba.com search results keep each field, newest layout first.
 *
 * Saved pages (tests/fixtures/alibaba/):
 *   INR  = search-fy26-inr-verified-filter.html: raw server HTML, Dec 2025; one server-rendered
 *          list-view card (three nested wrappers) + the inline `_offer_list` JSON with all 48 offers
 *   GBP  = search-fy26-card-gbp.excerpt.html: one client-rendered gallery card, Jan 2026
 *   2020 = search-2020-selectors.yml + search-2020-scraped.csv: a 2020 scraper's selectors and output
 *   NOTES = ../shared/notes/selectors__alibaba_search_cards_by_era.md (scraper code, no saved page)
 * Field lists are tried in order; the first match wins.
 */

/** Inline JSON with every offer of the page. INR (`window.__page__data_sse10._offer_list = {...}`). */
export const OFFER_LIST_GLOBAL = 'window.__page__data_sse10._offer_list';

/** Tracking attribute holding `area=<field>&areaContent=<value>`: INR, GBP. */
export const CARD_MOD_ATTR = 'data-aplus-auto-card-mod';
/** Card-level tracking attribute `productId=<id>&is_ad=...`: GBP (next card's opening tag). */
export const OFFER_ATTR = 'data-aplus-auto-offer';
/** Product id on the card wrapper: INR, GBP. */
export const CTRDOT_ATTR = 'data-ctrdot';

/** Card roots. Nested matches (list view nests wrappers) count once, as the outermost. */
export const CARD_ROOTS = [
  '.fy26-product-card-wrapper', // INR (list view, nested x3), GBP (gallery)
  '.fy26-product-card-content', // GBP: a gallery card's content block, a root only when no wrapper encloses it
  '.fy23-search-card', // NOTES (fy23)
  '.organic-list-offer-outter', // NOTES (2019-2021 list view)
  '.organic-gallery-offer-outter', // NOTES (2019-2021 gallery view)
  'div[data-content="productItem"]', // 2020 (products: css)
].join(', ');

/** Title link (its href carries `_<id>.html`). */
export const TITLE_LINK = [
  'h2.searchx-product-e-title a', // INR, GBP
  'h2.search-card-e-title a', // NOTES (fy23)
  'a.organic-gallery-title', // 2020 (name, link)
].join(', ');

export const PRICE_TEXT = [
  '.searchx-product-price-price-main', // INR "₹59,577.18-1,09,988.64", GBP "£0.1527"
  '.search-card-e-price-main', // NOTES (fy23)
  'p.gallery-offer-price', // 2020 "$12.05-$13.85"
  '.elements-offer-price-normal__price', // NOTES (2019-2021)
].join(', ');

export const MOQ_TEXT = [
  '.searchx-moq', // INR "Min. order: 1 set", GBP "Min. order: 100000 bags"
  '.search-card-m-sale-features__item', // NOTES (fy23)
  'p.gallery-offer-minorder', // NOTES (2019-2021)
  '.element-offer-minorder-normal__value', // NOTES (2019-2021)
  '.elements-offer-minOrder-normal__value', // NOTES (2019-2021)
].join(', ');

export const COMPANY_LINK = [
  'a.searchx-product-e-company', // INR (company_profile.html), GBP (productlist.html)
  'a.search-card-e-company', // NOTES (fy23)
  'a.organic-gallery-offer__seller-company', // 2020 (seller_name)
  'a.organic-list-offer__seller-company', // NOTES (2019-2021)
].join(', ');

/** The supplier badge row: where the Verified icon is drawn when the supplier has it. INR, GBP. */
export const SUPPLIER_ROW = '.searchx-supplier-content';

/** Verified Supplier icon (an image, no text). INR, GBP; fy23 and 2019-2021 from NOTES. */
export const VERIFIED_ICON = [
  '.verified-supplier-icon__wrapper', // INR, GBP (a.…, area=verified&areaContent=verified); NOTES (fy23)
  'img.searchx-verified-icon', // INR, GBP
  'img.verified-supplier-icon', // NOTES (fy23)
  'i.supplier-tag-verified', // NOTES (2019-2021 icbu-certificate-icon-verified)
].join(', ');

/** Verified PRO icon: NOTES only (a guess in a public scraper; never seen in a saved page). */
export const VERIFIED_PRO_ICON = '.verified-pro-supplier-icon__wrapper';

/** Years on Alibaba and country when the tracking attribute is missing. */
export const YEARS_TEXT = [
  'a.searchx-product-e-supplier__year > span', // INR "2 yrs", GBP "9 yrs"
  'a.search-card-e-supplier__year > span', // NOTES (fy23)
  'span.seller-tag__year', // 2020 "11 YRS"
].join(', ');
export const COUNTRY_FLAG = [
  'img.searchx-product-year-flag[alt]', // INR, GBP alt="CN"
  '.search-card-e-country-flag__wrapper img[alt]', // NOTES (fy23)
  '.seller-tag__country[title]', // NOTES (2019-2021)
].join(', ');

export const REVIEW_SCORE = [
  '.searchx-review-score', // INR "5.0", GBP "5.0"
  '.search-card-e-review strong', // NOTES (fy23)
  '.seb-supplier-review__score', // NOTES (2019-2021)
].join(', ');
export const REVIEW_COUNT = [
  '.searchx-product-e-review > span:last-child', // INR "(12)", GBP "(7)"
  '.seb-supplier-review__review-count', // NOTES (2019-2021)
].join(', ');

/** Response rate: only the 2019-2021 layout showed it on cards. 2020 seller_response_rate "86.1%". */
export const RESPONSE_RATE_TEXT = 'span.seller-tag__response-rate';

/** Where a badge fits inside a card, best first (tried one by one, not in document order). */
export const BADGE_ANCHORS: readonly string[] = [
  SUPPLIER_ROW, // INR, GBP: the inline row of supplier icons, years, country and reviews
  '.searchx-product-area', // INR, GBP: the supplier block (company name + that row)
  '.searchx-title-area', // INR, GBP
];

/** `area` names in CARD_MOD_ATTR (INR, GBP unless noted). */
export const AREA = {
  price: 'price', // "₹59,577.18-1,09,988.64"
  moq: 'moq', // "Min. order: 1 set"
  supplierYear: 'supplierYear', // "CN@@2 yrs"
  review: 'review', // "5.0@@12"
  verified: 'verified', // "verified" ("verifiedPro" per NOTES, unseen)
  productIcon: 'productIcon', // "ag" = Alibaba Guaranteed (NOTES, unseen)
} as const;
