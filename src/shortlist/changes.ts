import { BADGE_NAME } from '../signals/badges';
import type { PageKind } from '../signals/reading';
import type { Badge, Supplier } from '../signals/supplier';
import type { Visit } from './entry';

/** Something about the supplier that changed between two visits in a way a buyer should know. */
export interface ProfileChange {
  field: 'name' | 'years' | 'badge' | 'rating' | 'reviews';
  severity: 'warning' | 'danger';
  message: string;
  before: string;
  after: string;
  /** When the visit that showed the change happened (epoch ms). */
  seenAt: number;
  page: PageKind;
}

/** A rating drop smaller than this is noise: ratings are shown to one decimal. */
export const RATING_DROP = 0.3;

/** The badges a third-party audit gives (see the third-party-verification rule). */
const VERIFICATION_BADGES: readonly Badge[] = ['verified', 'verified-pro', 'assessed'];

/**
 * The changes the history shows, newest first. Each visit is compared only
 * with the previous visit of the same page kind, since a search card shows
 * fewer fields than a storefront, and a value a page didn't show (null) is
 * never compared.
 */
export function profileChanges(history: readonly Visit[]): ProfileChange[] {
  const ordered = [...history].sort((a, b) => a.seenAt - b.seenAt);
  const lastOfKind = new Map<PageKind, Visit>();
  const perVisit: ProfileChange[][] = [];
  for (const visit of ordered) {
    const previous = lastOfKind.get(visit.page);
    if (previous) perVisit.push(changesBetween(previous, visit));
    lastOfKind.set(visit.page, visit);
  }
  // Newest visit first; a visit's own changes stay in field order.
  return perVisit.reverse().flat();
}

function changesBetween(previous: Visit, visit: Visit): ProfileChange[] {
  const before = previous.supplier;
  const after = visit.supplier;
  const seen = `(seen ${isoDate(visit.seenAt)})`;
  const change = (
    field: ProfileChange['field'],
    severity: ProfileChange['severity'],
    message: string,
    from: string,
    to: string,
  ): ProfileChange => ({
    field,
    severity,
    message: `${message} ${seen}`,
    before: from,
    after: to,
    seenAt: visit.seenAt,
    page: visit.page,
  });
  const found: ProfileChange[] = [];

  if (before.name !== null && after.name !== null && foldName(before.name) !== foldName(after.name)) {
    found.push(
      change(
        'name',
        'danger',
        `Company name changed: “${before.name}” → “${after.name}”`,
        before.name,
        after.name,
      ),
    );
  }
  if (before.yearsActive !== null && after.yearsActive !== null && after.yearsActive < before.yearsActive) {
    const [from, to] = [String(before.yearsActive), String(after.yearsActive)];
    found.push(change('years', 'danger', `Years on Alibaba.com went down: ${from} → ${to}`, from, to));
  }
  for (const badge of lostBadges(before, after)) {
    const severity = VERIFICATION_BADGES.includes(badge) ? 'danger' : 'warning';
    const name = BADGE_NAME[badge];
    found.push(change('badge', severity, `The “${name}” badge is gone`, name, 'not shown'));
  }
  if (
    before.rating !== null &&
    after.rating !== null &&
    droppedBy(before.rating, after.rating, RATING_DROP)
  ) {
    const [from, to] = [String(before.rating), String(after.rating)];
    found.push(change('rating', 'warning', `Rating dropped: ${from} → ${to}`, from, to));
  }
  if (before.reviewCount !== null && after.reviewCount !== null && after.reviewCount < before.reviewCount) {
    const [from, to] = [String(before.reviewCount), String(after.reviewCount)];
    found.push(change('reviews', 'warning', `Number of reviews went down: ${from} → ${to}`, from, to));
  }
  return found;
}

/**
 * Badges shown before and not now. A verification badge only counts when both
 * pages show verification, and not when another audit badge took its place
 * ("Verified" becoming "Verified PRO" is an upgrade, not a loss).
 */
function lostBadges(before: Supplier, after: Supplier): Badge[] {
  const verificationComparable = before.verificationShown && after.verificationShown;
  const stillAudited = after.badges.some((badge) => VERIFICATION_BADGES.includes(badge));
  return before.badges.filter((badge) => {
    if (after.badges.includes(badge)) return false;
    if (!VERIFICATION_BADGES.includes(badge)) return true;
    return verificationComparable && !stillAudited;
  });
}

/** Tolerates binary fractions: 4.8 - 4.5 is 0.2999…, which is a drop of 0.3. */
function droppedBy(before: number, after: number, amount: number): boolean {
  return before - after >= amount - 1e-9;
}

/** "Acme Co., Ltd." and "ACME CO LTD" are one name: only letters and digits count, without case or accents. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function isoDate(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? 'on an unknown date' : date.toISOString().slice(0, 10);
}
