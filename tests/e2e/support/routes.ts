import { fileURLToPath } from 'node:url';

/** Saved pages, served at the marketplace URLs they were saved from. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/alibaba/', import.meta.url));

export interface FixtureRoute {
  /** The marketplace URL the page is opened at (http:, so it reaches the loopback server). */
  url: string;
  /** File name in tests/fixtures/alibaba/. */
  file: string;
  /** What the page is, for logs and screenshots. */
  title: string;
}

/**
 * The route table: the fixture server answers `host + pathname` of each URL
 * (query and hash ignored) with its file. Shared by the e2e tests, the demo and the bench.
 */
export const ROUTES = {
  search: {
    url: 'http://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=Fabric+bubble+sofa',
    file: 'search-fy26-rendered-48.html',
    title: 'Search results, 48 rendered fy26 cards',
  },
  // The same search as saved from the server (most cards are drawn later by the page's own
  // scripts, which never load here). Served at the other search path so both pages have a URL.
  searchServerHtml: {
    url: 'http://www.alibaba.com/search/page?SearchScene=proSearch&SearchText=Fabric+bubble+sofa&verifiedSupplier=true',
    file: 'search-fy26-inr-verified-filter.html',
    title: 'Search results, saved server HTML (INR)',
  },
  // Eight copies of the real GBP card, one priced far below the others (built by
  // scripts/fixtures/render-outlier-fixture.mjs).
  priceOutlier: {
    url: 'http://www.alibaba.com/showroom/lens-cleaning-wipes.html',
    file: 'search-price-outlier.html',
    title: 'Search results, one offer priced far below the others',
  },
  productDetailData: {
    url: 'http://www.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men_1600147809763.html',
    file: 'product-detaildata-2026.html',
    title: 'Product page with window.detailData (2026)',
  },
  productDomCopy: {
    url: 'http://www.alibaba.com/product-detail/Luxury-Living-Room-Furniture-3-Seater_1600930741831.html',
    file: 'product-dom-copy-2025.html',
    title: 'Product page, rendered DOM copy (2025)',
  },
  storefront: {
    // The saved page links to its own storefront as zhida.en.alibaba.com.
    url: 'http://zhida.en.alibaba.com/productlist.html',
    file: 'storefront-productlist-2025.html',
    title: 'Supplier storefront product list (2025)',
  },
  companyProfile: {
    url: 'http://dgxuandele.en.alibaba.com/company_profile.html',
    file: 'company-profile-2026-excerpt.html',
    title: 'Company profile (2026)',
  },
  challenge: {
    // Served in place of a search page, where the overlay runs and must say it couldn't read it.
    url: 'http://www.alibaba.com/showroom/fabric-bubble-sofa.html',
    file: 'anti-bot-challenge.html',
    title: 'Anti-bot challenge instead of a search page',
  },
} as const satisfies Record<string, FixtureRoute>;

export type RouteName = keyof typeof ROUTES;

/** `www.alibaba.com/trade/search`: the key the server looks a request up by. */
export function routeKey(host: string, pathname: string): string {
  return `${host.toLowerCase().replace(/:\d+$/, '')}${pathname}`;
}

export function routeKeyOf(url: string): string {
  const parsed = new URL(url);
  return routeKey(parsed.host, parsed.pathname);
}
