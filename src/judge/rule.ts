import type { Finding } from '../signals/assessment';
import type { PriceComparison } from '../prices/page-benchmark';
import type { Listing } from '../signals/listing';
import type { Supplier } from '../signals/supplier';
import type { ProfileChange } from '../shortlist/changes';
import type { RuleId, RuleSettingsMap } from './rule-settings';

/**
 * A finding plus the risk points it adds before weighting: concerns add
 * (points ≥ 0), good signals subtract (points ≤ 0).
 */
export type RuleOutcome = Finding & { points: number };

export interface SupplierRule<Id extends RuleId = RuleId> {
  id: Id;
  appliesTo: 'supplier';
  evaluate(supplier: Supplier, settings: RuleSettingsMap[Id], context: ListingContext): RuleOutcome[];
}

/** What a listing or supplier is judged against besides itself: the market around it, and earlier visits. */
export interface ListingContext {
  /** Its price against a benchmark; null when prices were not compared (a listing judged alone). */
  price: PriceComparison | null;
  /** What changed in the supplier's profile between the buyer's visits (shortlisted suppliers only). */
  changes: readonly ProfileChange[];
}

export const NO_CONTEXT: ListingContext = { price: null, changes: [] };

/** Listing rules read the offer's own text and context; its supplier is judged by the supplier rules. */
export interface ListingRule<Id extends RuleId = RuleId> {
  id: Id;
  appliesTo: 'listing';
  evaluate(listing: Listing, settings: RuleSettingsMap[Id], context: ListingContext): RuleOutcome[];
}

export type Rule<Id extends RuleId = RuleId> = SupplierRule<Id> | ListingRule<Id>;

/** Shorthands so each rule states its outcome in one line. */
export function concern(
  rule: RuleId,
  severity: Finding['severity'],
  points: number,
  message: string,
  evidence: string,
): RuleOutcome {
  return { rule, severity, tone: 'concern', message, evidence, points };
}

export function good(rule: RuleId, points: number, message: string, evidence: string): RuleOutcome {
  return { rule, severity: 'info', tone: 'good', message, evidence, points };
}
