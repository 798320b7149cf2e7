/** Links as Alibaba writes them (`//www.alibaba.com/...`, relative, https) -> absolute https URLs. */
const DEFAULT_BASE = 'https://www.alibaba.com/';
/** Storefronts: <sub>.en.alibaba.com (seen in supplierHomeHref and the card's company link). */
const STOREFRONT_HOST = /^[a-z0-9-]+\.en\.alibaba\.com$/i;
/** Product pages end in `_<id>.html` (www) or `-<id>.html` (locale hosts). */
const PRODUCT_ID_IN_URL = /[_-](\d{8,20})\.html(?:[?#]|$)/;
export const PRODUCT_ID = /^\d{6,20}$/;

/** Absolute http(s) URL, protocol-relative links made https; null for empty or non-web links. */
export function absoluteUrl(href: string | null | undefined, base?: URL): string | null {
  const raw = href?.trim();
  if (!raw) return null;
  const text = raw.startsWith('//') ? `https:${raw}` : raw;
  try {
    const url = new URL(text, base?.href ?? DEFAULT_BASE);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A supplier link reduced to its storefront home (`https://<sub>.en.alibaba.com/`), else the absolute link. */
export function supplierHomeUrl(href: string | null | undefined, base?: URL): string | null {
  const absolute = absoluteUrl(href, base);
  if (absolute === null) return null;
  const url = new URL(absolute);
  return STOREFRONT_HOST.test(url.hostname) ? `https://${url.hostname.toLowerCase()}/` : absolute;
}

export function productIdFromUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  return PRODUCT_ID_IN_URL.exec(href)?.[1] ?? null;
}

/** A product id as text when it looks like one (digits only). */
export function productIdText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return PRODUCT_ID.test(text) ? text : null;
}
