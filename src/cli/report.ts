import type { JudgeSettings } from '../judge/rule-settings';
import { judgeListingsWithPrices, judgeSupplier } from '../judge/judge';
import { summarizeBenchmarks, type BenchmarkSummary } from '../prices/benchmark-summary';
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
  listings: Array<
    Omit<Listing, 'supplier'> & {
      supplier: Supplier;
      assessment: Assessment;
      unitPrice: ReportUnitPrice | null;
    }
  >;
  /** What the listings' prices were compared against. */
  benchmarks: BenchmarkSummary[];
  messages: never[];
}

/** A listing's price per unit at its minimum order, in its own currency. */
export interface ReportUnitPrice {
  value: number;
  currency: string;
  unit: string;
  quantity: number | null;
}

export function buildReport(reading: PageReading, settings: JudgeSettings): AuditReport {
  const judged = judgeListingsWithPrices(reading.listings, settings);
  return {
    site: reading.site,
    page: reading.page,
    health: reading.health,
    problems: reading.problems,
    supplier: reading.supplier
      ? { ...reading.supplier, assessment: judgeSupplier(reading.supplier, settings) }
      : null,
    listings: reading.listings.map((listing, index) => {
      const { assessment, price } = judged[index] as (typeof judged)[number];
      const unit = price?.unitPrice;
      return {
        ...listing,
        assessment,
        unitPrice: unit
          ? { value: unit.value, currency: unit.currency, unit: unit.unit, quantity: unit.quantity }
          : null,
      };
    }),
    benchmarks: summarizeBenchmarks(judged.map((entry) => entry.price)).sets,
    messages: [],
  };
}
