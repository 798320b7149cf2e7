/**
 * Supplier page selectors: storefronts (<sub>.en.alibaba.com) and the 2026 company profile.
 * Each names the saved page (tests/fixtures/alibaba/) that proves it.
 */

/** storefront-productlist-2025.html, storefront-productgroup-2025.html. */
export const STOREFRONT = {
  /** <div class="J_module" module-name="icbu-pc-shopSign" module-data="%7B%22gdc%22..."> per module. */
  module: 'div.J_module[module-data]',
  /** Shop header (shop sign). */
  shopSign: '.bc-shop-shopsign',
  /** Header icon row: Gold years, Trade Assurance, on-site check and Verified icons. */
  headerIcons: '.verify-icons',
  /** a.icbu-icon-new-gs-year[title="What is Gold Supplier?"] > .join-year > .value "6" + .unit "YRS". */
  goldYears: 'a.icbu-icon-new-gs-year .join-year',
  joinYearValue: '.value',
  joinYearUnit: '.unit',
  /** a.icon-link[href="https://tradeassurance.alibaba.com/"] and a.ta-info. */
  tradeAssurance: 'a[href*="tradeassurance.alibaba.com"]',
  /** a.icon-link[href=".../company_profile.html?subpage=onsite"][data-spm="dassicon"]: on-site check. */
  onsiteCheck: 'a.icon-link[href*="subpage=onsite"]',
  /** a.verified-icon[href*="verifiedsuppliers"] and .assessment-sign img.topBarVerifiedSupplier. */
  verified: 'a.verified-icon[href*="verifiedsuppliers"], .assessment-sign .topBarVerifiedSupplier',
  /** .cp-name (top bar) / .company-name (company card) "Guangdong Zhida Furnishings Industrial Co., Ltd.". */
  companyName: '.cp-name, .bc-esite-companyCard .company-name',
  /** .gold-identity .identity-text "Custom Manufacturer". */
  identity: '.gold-identity .identity-text',
  /** .basic-info-item.country .full-name "CN". */
  country: '.basic-info-item.country .full-name',
  /** .production-service .service-item: .service-title "Store rating" + .value "4.9/5". */
  serviceItem: '.production-service .service-item',
  serviceTitle: '.service-title',
  serviceValue: 'span.value',
  /** Product cards: div.icbu-product-card[data-id="1601619777417"] (product list and recommend tile). */
  productCard: '.icbu-product-card[data-id]',
  cardTitleLink: 'a.title-link',
  /** .price .num "$600-1,100" (the .price title adds "/piece"). */
  cardPrice: '.price .num, .price',
  /** "Min. Order: 10 pieces" / "Min. order 10 pieces". */
  cardMoq: '.moq',
  cardAnchor: '.product-info',
} as const;

/** company-profile-2026-excerpt.html (Aug-2026 redesign, "sp:" Tailwind classes are unstable). */
export const PROFILE_2026 = {
  /** section[data-module-name="productCategories"] a[href*="/product-detail/"]: one product card each. */
  productSection: 'section[data-module-name="productCategories"]',
  productLink: 'a[href*="/product-detail/"]',
  /** The supplier block; named by the notes from the full vct-connect page (cut from the excerpt). */
  performance: 'section[data-module-name="supplierPerformance"]',
} as const;

/** Any product link; the id is the digits before ".html". */
export const PRODUCT_LINK = 'a[href*="/product-detail/"]';
