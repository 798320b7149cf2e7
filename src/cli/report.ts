import type { JudgeSettings } from '../judge/rule-settings';
import { judgeListing, judgeSupplier } from '../judge/judge';
import type { Assessment } from '../signals/assessment';
import type { Listing } from '../signals/listing';
import type { PageReading } from '../signals/reading';
import type { Supplier } from '../signals/supplier';

/** The audit report: what the page showed, judged exactly as the extension judges it. */
export interface AuditReport {
  site: PageReading['site'];
  page: PageReading['page'];
  health: PageReading['health'];
  problems: string[];
  supplier: (Supplier & { assessment: Assessment }) | null;
  listings: Array<Omit<Listing, 'supplier'> & { supplier: Supplier; assessment: Assessment }>;
  messages: never[];
}

export function buildReport(reading: PageReading, settings: JudgeSettings): AuditReport {
  return {
    site: reading.site,
    page: reading.page,
    health: reading.health,
    problems: reading.problems,
    supplier: reading.supplier
      ? { ...reading.supplier, assessment: judgeSupplier(reading.supplier, settings) }
      : null,
    listings: reading.listings.map((listing) => ({
      ...listing,
      assessment: judgeListing(listing, settings),
    })),
    messages: [],
  };
}
