/**
 * Product page (PDP) DOM selectors. Each names the saved page (tests/fixtures/alibaba/) that proves it.
 * Tailwind classes prefixed "id-" are unstable and are not used.
 */

/** 2025 layout: product-dom-copy-2025.html. */
export const PDP_2025 = {
  /** The supplier strip under the title. */
  company: 'div[data-module-name="module_company"]',
  companyInfo: '.product-company-info',
  /** <a href="https://zhida.en.alibaba.com/index.html?..." title="Guangdong Zhida ...">. */
  companyLink: 'span.company-name a',
  /** Verified icon: <a class="verify-icon" href="https://sale.alibaba.com/p/d7v3mp6m3"><img></a>, no text. */
  verifyIcon: 'a.verify-icon',
  /** Identity label "Custom Manufacturer": an unnamed (Tailwind-only) direct child span of the info row. */
  identity: '.product-company-info > span:not(.company-name):not(.company-life)',
  /** "6 yrs". */
  companyLife: 'span.company-life',
  /** "CN ". */
  registerCountry: 'span.register-country',
  /** Company card module; empty in the DOM copy until it renders lazily. */
  companyCard: 'div[data-module-name="module_unifed_company_card"]',
  title: 'div[data-module-name="module_title"]',
  titleText: 'h1',
  titleAnchor: '.product-title-container',
  /** Ladder: each .price-item holds "10 - 29 pieces" then <span>$890</span>. */
  ladderItem: 'div[data-testid="ladder-price"] .price-item',
  ladderPrice: 'span',
  /** Single price range (named in the notes; not in the DOM copy). */
  rangePrice: 'div[data-testid="range-price"]',
  /** Key attributes grid: rows of <div title="Payment term"> + <div title="T/T 30%/70%,L/C">. */
  attributeCell: '[data-testid="module-attribute"] div[title]',
} as const;

/** ~2021 supplier card: product-supplier-card-2021.excerpt.html. */
export const PDP_2021 = {
  card: 'div[data-role="widget-supplier-card"]',
  /** <a class="company-name" title="..." href="https://idock.en.alibaba.com/minisiteentrance.html?...">. */
  companyLink: 'a.company-name',
  registerCountry: '.register-country',
  /** Identity label ("Custom manufacturer", machine-translated in the excerpt). */
  identity: '.company-brand span',
  /** Gold Supplier years: <a class="verify-info" data-aui="ggs-icon"><span class="join-year">. */
  goldYears: 'a[data-aui="ggs-icon"] .join-year',
  joinYear: '.join-year',
  joinYearValue: '.value',
  joinYearUnit: '.unit',
  attrItem: '.attr-item',
  attrTitle: '.attr-title',
  attrContent: '.attr-content',
  anchor: '.card-supplier',
} as const;

/** Any layout: <link rel="canonical"> (not in the saved pages; standard HTML). */
export const CANONICAL = 'link[rel="canonical"]';
