/**
 * URL helpers. A supplier is named by its storefront root, https://<sub>.en.alibaba.com/,
 * whichever page or key it was read from, so the same shop reads the same everywhere.
 */
const STOREFRONT_HOST = /^[a-z0-9-]+\.en\.alibaba\.com$/i;
const DEFAULT_BASE = 'https://www.alibaba.com/';
export const PRODUCT_ID = /^\d{6,20}$/;
const PRODUCT_PATH = /^\/product-detail\/[^/]*[_-](\d{8,16})\.html$/;

/** "eptusbchina.en.alibaba.com", "//x.en.alibaba.com/index.html?..." or a full URL -> "https://x.en.alibaba.com/". */
export function storefrontUrl(text: string | null): string | null {
  if (!text) return null;
  const url = parseLoose(text);
  if (!url || !STOREFRONT_HOST.test(url.hostname)) return null;
  return `https://${url.hostname.toLowerCase()}/`;
}

/** A product-detail link (any Alibaba host, protocol-relative allowed) -> https URL without query or hash. */
export function productUrl(text: string | null): string | null {
  if (!text) return null;
  const url = parseLoose(text);
  if (!url || !/(^|\.)alibaba\.com$/i.test(url.hostname) || !PRODUCT_PATH.test(url.pathname)) return null;
  return `https://${url.hostname.toLowerCase()}${url.pathname}`;
}

/** Product id from a product-detail link ("..._1601302079515.html" or locale "...-1600147809763.html"). */
export function productIdFromUrl(text: string | null): string | null {
  if (!text) return null;
  const url = parseLoose(text);
  return url ? (PRODUCT_PATH.exec(url.pathname)?.[1] ?? null) : null;
}

function parseLoose(text: string): URL | null {
  const trimmed = text.trim();
  const withScheme = trimmed.startsWith('//')
    ? `https:${trimmed}`
    : /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
      ? trimmed
      : `https://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

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

/** A product id as text when it looks like one (digits only). */
export function productIdText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return PRODUCT_ID.test(text) ? text : null;
}
