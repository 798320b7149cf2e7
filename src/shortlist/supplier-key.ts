import type { SiteId } from '../signals/reading';

/** A storefront's host: "<name>.en.alibaba.com" (or another language's mirror, "<name>.fr.alibaba.com"). */
const STOREFRONT_HOST = /^([a-z0-9][a-z0-9-]{0,62})\.[a-z]{2,3}\.alibaba\.com$/;

/**
 * The identity of a supplier on a site: the same supplier reached from a
 * search card, a product page or its storefront gets the same key. Built from
 * the storefront's host; null when the page doesn't say which storefront it
 * is (a name alone is not an identity: names repeat and change).
 */
export function supplierKey(site: SiteId, supplierUrl: string | null): string | null {
  if (!supplierUrl) return null;
  let host: string;
  try {
    host = new URL(supplierUrl).hostname.toLowerCase();
  } catch {
    return null;
  }
  const match = STOREFRONT_HOST.exec(host);
  return match ? `${site}:${match[1]}` : null;
}
