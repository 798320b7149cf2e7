import type { SiteId } from '../signals/reading';
import type { SiteAdapter } from './types';
import { alibaba } from './alibaba';

/** Every marketplace Supplier Radar reads. The content scripts' matches come from here. */
export const ADAPTERS: readonly SiteAdapter[] = [alibaba];

export const MARKETPLACE_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.matches);

export function adapterById(id: SiteId): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.id === id) ?? null;
}

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ?? null;
}

/** WebExtension match pattern test for the `*://*.host/*` form the adapters use. */
function matchesPattern(pattern: string, url: URL): boolean {
  const match = /^(\*|https?):\/\/(\*\.)?([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, anySub, host] = match;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname === host || (anySub !== undefined && url.hostname.endsWith(`.${host}`));
}
