import type { Supplier } from '../signals/supplier';

/** Marketplaces by host, for messages that name where the supplier sells ("On Alibaba.com for 1 year"). */
const PLATFORMS: ReadonlyArray<readonly [RegExp, string]> = [[/(^|\.)alibaba\.com$/, 'Alibaba.com']];

/** The marketplace the supplier's own page is on, from its URL; "the platform" when that can't be told. */
export function platformName(supplier: Supplier): string {
  let host: string;
  try {
    host = new URL(supplier.url ?? '').hostname;
  } catch {
    return 'the platform';
  }
  return PLATFORMS.find(([pattern]) => pattern.test(host))?.[1] ?? 'the platform';
}
