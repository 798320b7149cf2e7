import { cleanText } from '../../../signals/parse/clean-text';
import { parseRate } from '../../../signals/parse/rate';
import { parseRating } from '../../../signals/parse/rating';
import { parseResponseTimeHours } from '../../../signals/parse/response-time';
import type { SupplierPart } from './supplier-merge';

/**
 * A labelled supplier metric as Alibaba shows it in several places: seller.authCards
 * (authKey/authName/authValue), the company card's onlinePerformance.fields (title/value),
 * the storefront's .production-service items and the 2021 card's .attr-item rows.
 */
export interface Metric {
  /** A stable machine key when the page has one (authCards' authKey). */
  key?: string | null;
  label: string | null;
  value: string | null;
}

type Field = 'responseRate' | 'responseTimeHours' | 'onTimeDeliveryRate' | 'rating';

/** authCards authKey values seen in product-detaildata-eur-2026.excerpt.json. */
const BY_KEY: Readonly<Record<string, Field>> = {
  storeScore: 'rating',
  onTimeDeliveryRate: 'onTimeDeliveryRate',
  responseTime: 'responseTimeHours',
  responseRate: 'responseRate',
};

/** English labels; "ⓘ" suffixes and colons are ignored. */
const BY_LABEL: readonly [RegExp, Field][] = [
  [/response rate/i, 'responseRate'],
  [/response time/i, 'responseTimeHours'],
  [/on-?time (delivery|dispatch|shipment) rate/i, 'onTimeDeliveryRate'],
  [/(store|supplier|shop) rating/i, 'rating'],
];

/**
 * Values whose shape alone names the field, for labels in other languages (the 2021
 * card excerpt is machine-translated): "≤3h" is a response time, "4,8/5" a rating.
 * A bare percentage is left alone: it could be a response or an on-time rate.
 */
const BY_SHAPE: readonly [RegExp, Field][] = [
  [/^[≤<]\s*\d+(\.\d+)?\s*(h|hrs?|hours?|min|mins|minutes?)$/i, 'responseTimeHours'],
  [/^\d+([.,]\d+)?\s*\/\s*5$/, 'rating'],
];

export function supplierFromMetrics(metrics: readonly Metric[]): SupplierPart {
  const part: SupplierPart = {};
  for (const metric of metrics) {
    const value = cleanText(metric.value ?? '');
    if (value === '') continue;
    const field = fieldOf(metric, value);
    if (field === null || part[field] != null) continue;
    part[field] = read(field, value);
  }
  return part;
}

function fieldOf(metric: Metric, value: string): Field | null {
  const byKey = metric.key ? BY_KEY[metric.key] : undefined;
  if (byKey) return byKey;
  const label = cleanText(metric.label ?? '');
  const byLabel = BY_LABEL.find(([pattern]) => pattern.test(label));
  if (byLabel) return byLabel[1];
  return BY_SHAPE.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}

function read(field: Field, value: string): number | null {
  if (field === 'responseTimeHours') return parseResponseTimeHours(value);
  if (field === 'rating') return parseRating(value);
  return parseRate(value);
}
