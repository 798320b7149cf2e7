import type { SupplierChanges } from '../judge/judge';
import type { Assessment } from '../signals/assessment';
import type { BuyerMark } from '../signals/buyer';
import type { PageKind, SiteId } from '../signals/reading';
import type { Supplier } from '../signals/supplier';
import { profileChanges, type ProfileChange } from '../shortlist/changes';
import type { ShortlistEntry } from '../shortlist/entry';
import { recordVisit } from '../shortlist/record-visit';
import { supplierKey } from '../shortlist/supplier-key';
import type { AllowedSupplier } from '../storage/settings-change';
import type { SeenSupplier } from '../storage/shortlist';

/** The slice of ShortlistStore the judge needs (a fake in tests). */
export interface ShortlistReader {
  getMany(keys: Iterable<string>): Promise<Map<string, ShortlistEntry>>;
  recordVisits(seen: readonly SeenSupplier[]): Promise<unknown>;
}

/** The page the suppliers were seen on. */
export interface SeenOn {
  site: SiteId;
  page: PageKind;
  url: string | null;
}

/**
 * What the buyer knows of the suppliers on one page: which are on the
 * shortlist or verified by them, and what changed in their profiles since
 * the buyer's earlier visits (this visit included).
 */
export interface BuyerKnowledge {
  changesOf: SupplierChanges;
  markOf(supplier: Supplier): BuyerMark | undefined;
  /** The shortlisted suppliers this page showed, with the page's reading of each (the first, where several cards show one). */
  shortlisted(): Array<{ key: string; supplier: Supplier }>;
  /** Adds this visit to the history of each shortlisted supplier, with its verdict. */
  recordVisits(assessmentOf: (supplier: Supplier) => Assessment | null): Promise<void>;
}

/**
 * Reads the shortlist entries of a page's suppliers in one transaction. A
 * failed read costs the marks, never the verdicts.
 */
export async function readBuyerKnowledge(
  store: ShortlistReader,
  seenOn: SeenOn,
  suppliers: readonly Supplier[],
  allowlist: readonly AllowedSupplier[],
  now: number,
): Promise<BuyerKnowledge> {
  const keyOf = memoisedKeys(seenOn.site);
  const firstSeen = new Map<string, Supplier>();
  for (const supplier of suppliers) {
    const key = keyOf(supplier);
    if (key !== null && !firstSeen.has(key)) firstSeen.set(key, supplier);
  }
  let entries = new Map<string, ShortlistEntry>();
  try {
    entries = await store.getMany(firstSeen.keys());
  } catch (error) {
    console.warn('[Supplier Radar] shortlist:', error);
  }
  const verified = new Map(allowlist.map((allowed) => [allowed.key, allowed.verifiedAt]));
  const visitOf = (supplier: Supplier) => ({ seenAt: now, page: seenOn.page, url: seenOn.url, supplier });
  const changes = new Map<string, readonly ProfileChange[]>();
  for (const [key, entry] of entries) {
    const supplier = firstSeen.get(key);
    if (supplier) changes.set(key, profileChanges(recordVisit(entry, visitOf(supplier), null).history));
  }
  return {
    changesOf: (supplier) => changes.get(keyOf(supplier) ?? '') ?? [],
    markOf(supplier) {
      const key = keyOf(supplier);
      if (key === null) return undefined;
      const status = entries.get(key)?.status ?? null;
      const verifiedAt = verified.get(key) ?? null;
      return status === null && verifiedAt === null ? undefined : { key, status, verifiedAt };
    },
    shortlisted: () =>
      [...entries.keys()].flatMap((key) => {
        const supplier = firstSeen.get(key);
        return supplier ? [{ key, supplier }] : [];
      }),
    async recordVisits(assessmentOf) {
      const seen: SeenSupplier[] = [];
      for (const key of entries.keys()) {
        const supplier = firstSeen.get(key);
        if (supplier) seen.push({ key, visit: visitOf(supplier), assessment: assessmentOf(supplier) });
      }
      if (seen.length > 0) await store.recordVisits(seen);
    },
  };
}

/** A page repeats its suppliers card after card: each storefront URL is parsed once. */
function memoisedKeys(site: SiteId): (supplier: Supplier) => string | null {
  const keys = new Map<string | null, string | null>();
  return (supplier) => {
    let key = keys.get(supplier.url);
    if (key === undefined) {
      key = supplierKey(site, supplier.url);
      keys.set(supplier.url, key);
    }
    return key;
  };
}
