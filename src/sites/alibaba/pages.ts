import type { PageKind } from '../../signals/reading';

/**
 * URL -> page kind for alibaba.com. PAGE_EXAMPLES, below the checks, lists
 * the URLs each must accept; tests/sites/alibaba/pages.test.ts checks every
 * example both ways. (Kept apart from the checks so content scripts don't ship them.)
 */
interface PageCheck {
  kind: PageKind;
  test(url: URL): boolean;
}

const ALIBABA_HOST = /(^|\.)alibaba\.com$/;
/** Storefront hosts: <sub>.en.alibaba.com (not www., message., onetalk.). */
const STOREFRONT_HOST = /^[a-z0-9-]+\.en\.alibaba\.com$/;
const CHAT_HOST = /^(message|onetalk)\.alibaba\.com$/;

export const PAGE_CHECKS: PageCheck[] = [
  {
    kind: 'chat',
    test: (url) => CHAT_HOST.test(url.hostname) && url.pathname.startsWith('/message/'),
  },
  {
    kind: 'product',
    test: (url) => /^\/product-detail\/[^/]*[_-]\d{8,16}\.html$/.test(url.pathname),
  },
  {
    kind: 'supplier',
    test: (url) => STOREFRONT_HOST.test(url.hostname),
  },
  {
    kind: 'search',
    test: (url) =>
      /^\/(trade\/search|search\/page)$/.test(url.pathname) ||
      /^\/(showroom|catalog|products)\//.test(url.pathname) ||
      /^\/[A-Za-z0-9-]+_p\d+$/.test(url.pathname),
  },
];

/** URLs each check must accept, and only that check. */
export const PAGE_EXAMPLES: Record<'chat' | 'product' | 'supplier' | 'search', string[]> = {
  chat: [
    'https://message.alibaba.com/message/messenger.htm#/',
    'https://onetalk.alibaba.com/message/weblite.htm#/',
  ],
  product: [
    'https://www.alibaba.com/product-detail/Custom-Men-s-Pullover-Cropped-Boxy_11000020070621.html',
    'https://www.alibaba.com/product-detail/x_1600930741831.html?spm=a2700',
    'https://indonesian.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men-1600147809763.html',
    'http://www.alibaba.com/product-detail/_1601302079515.html',
  ],
  supplier: [
    'https://dgxuandele.en.alibaba.com/company_profile.html',
    'https://tonyfurniture.en.alibaba.com/',
    'https://eptusbchina.en.alibaba.com/productlist.html',
    'https://eptusbchina.en.alibaba.com/productgrouplist-966705825/New_Products.html',
  ],
  search: [
    'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=sofa',
    'https://www.alibaba.com/search/page?SearchScene=proSearch&SearchText=lens+wipes&pro=true',
    'https://www.alibaba.com/showroom/lens-wipes.html',
    'https://www.alibaba.com/catalog/x_cid0?SearchText=sofa&page=2',
    'https://russian.alibaba.com/trade/search?SearchText=sofa',
    'https://www.alibaba.com/products/sofa/CID44.html',
  ],
};

/** Examples no check may accept. */
export const OTHER_EXAMPLES = [
  'https://www.alibaba.com/',
  'https://login.alibaba.com/newlogin/icbuLogin.htm',
  'https://www.alibaba.com/product-detail/',
  'https://sale.alibaba.com/p/d7v3mp6m3',
  'https://www.example.com/trade/search?SearchText=sofa',
  'https://alibaba.com.evil.example/trade/search',
];

export function alibabaPageKind(url: URL): PageKind {
  if (!ALIBABA_HOST.test(url.hostname)) return 'other';
  return PAGE_CHECKS.find((check) => check.test(url))?.kind ?? 'other';
}
