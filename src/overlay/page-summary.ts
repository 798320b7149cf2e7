import type { LevelCounts, PageSummary } from '../messaging/page-protocol';
import { supplierKey } from '../shortlist/supplier-key';
import type { PageKind, PageReading, SiteId } from '../signals/reading';
import { BADGE_TAG } from './badge-host';
import type { Judged } from './card-badges';
import { priceOutliers } from './price-outliers';
import { riskiestCards } from './riskiest-cards';

/** What a page session knows when the popup asks. */
export interface SessionState {
  site: SiteId;
  page: PageKind;
  /** Null while the page is still being read. */
  reading: PageReading | null;
  judged: ReadonlyMap<string, Judged>;
  /** Listings read on the page, and those the background read from its JSON for us. */
  listingsRead: number;
}

/**
 * The popup's view of the page: whether it could be read, how many badges
 * say each level (counted from the badges on the page now, so cards the page
 * removed don't count), the price outliers and riskiest cards, and the
 * supplier the page is about.
 */
export function summarisePage(doc: Document, state: SessionState): PageSummary {
  const counts: LevelCounts = { low: 0, medium: 0, high: 0, unknown: 0 };
  const badgedKeys = new Set<string>();
  for (const host of Array.from(doc.querySelectorAll(`${BADGE_TAG}[data-level]`))) {
    const level = host.getAttribute('data-level') as keyof LevelCounts;
    if (level in counts) counts[level]++;
    badgedKeys.add(host.getAttribute('data-key') ?? '');
  }
  const { reading } = state;
  return {
    site: state.site,
    page: state.page,
    health: reading?.health ?? 'partial',
    problems: reading?.problems ?? ['still reading the page'],
    counts,
    listingsRead: state.listingsRead,
    outliers: priceOutliers(state.judged.values()),
    riskiest: riskiestCards(state.judged, badgedKeys),
    pageSupplier: pageSupplierOf(reading),
  };
}

/** The supplier a product or supplier page is about, keyed as the shortlist keys it. */
export function pageSupplierOf(reading: PageReading | null): PageSummary['pageSupplier'] {
  if (!reading?.site || !reading.supplier) return null;
  if (reading.page !== 'product' && reading.page !== 'supplier') return null;
  const key = supplierKey(reading.site, reading.supplier.url);
  return key ? { key, name: reading.supplier.name } : null;
}
