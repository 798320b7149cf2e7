import type { Badge, Supplier } from '../../../signals/supplier';
import { BADGES } from '../../../signals/badges';
import { emptySupplier } from '../../../signals/empty-supplier';

/** What one source (JSON block, DOM block) says about a supplier; absent keys are unknown. */
export type SupplierPart = Partial<Omit<Supplier, 'badges'>> & { badges?: Badge[] };

const BADGE_ORDER: readonly Badge[] = BADGES;

/**
 * Earlier parts win field by field; later parts only fill what is still null.
 * Badges are the union; verificationShown is true when any part shows it.
 * Values outside the schema's ranges (a parser slip) read as null.
 */
export function mergeSupplier(...parts: SupplierPart[]): Supplier {
  const out = emptySupplier();
  const badges = new Set<Badge>();
  for (const part of parts) {
    out.name ??= part.name ?? null;
    out.url ??= part.url ?? null;
    out.country ??= part.country ?? null;
    out.yearsActive ??= part.yearsActive ?? null;
    out.responseRate ??= part.responseRate ?? null;
    out.responseTimeHours ??= part.responseTimeHours ?? null;
    out.onTimeDeliveryRate ??= part.onTimeDeliveryRate ?? null;
    out.rating ??= part.rating ?? null;
    out.reviewCount ??= part.reviewCount ?? null;
    out.businessType ??= part.businessType ?? null;
    out.verificationShown ||= part.verificationShown === true;
    for (const badge of part.badges ?? []) badges.add(badge);
  }
  out.badges = BADGE_ORDER.filter((badge) => badges.has(badge));
  if (out.badges.includes('verified')) out.verificationShown = true;
  return sane(out);
}

/** True when no part said anything at all. */
export function isEmptySupplier(supplier: Supplier): boolean {
  const { badges, verificationShown, ...fields } = supplier;
  return badges.length === 0 && !verificationShown && Object.values(fields).every((value) => value === null);
}

function sane(s: Supplier): Supplier {
  return {
    ...s,
    country: s.country !== null && /^[A-Z]{2}$/.test(s.country) ? s.country : null,
    yearsActive: inRange(s.yearsActive, 0, 100, true),
    responseRate: inRange(s.responseRate, 0, 1, false),
    responseTimeHours: inRange(s.responseTimeHours, 0, Infinity, false),
    onTimeDeliveryRate: inRange(s.onTimeDeliveryRate, 0, 1, false),
    rating: inRange(s.rating, 0, 5, false),
    reviewCount: inRange(s.reviewCount, 0, Infinity, true),
  };
}

function inRange(value: number | null, min: number, max: number, integer: boolean): number | null {
  if (value === null || !Number.isFinite(value) || value < min || value > max) return null;
  return integer && !Number.isInteger(value) ? null : value;
}
