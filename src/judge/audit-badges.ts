import type { Badge } from '../signals/supplier';

/**
 * Badges that mean an outside inspector (not the platform's sales team)
 * checked the company, best first, with how a finding names them.
 */
export const AUDIT_BADGES: readonly { badge: Badge; name: string }[] = [
  { badge: 'verified-pro', name: 'Verified Pro supplier' },
  { badge: 'verified', name: 'Verified supplier' },
  { badge: 'assessed', name: 'Assessed supplier' },
];

/** The best audit badge a supplier shows, if any. */
export function auditBadge(badges: readonly Badge[]): { badge: Badge; name: string } | undefined {
  return AUDIT_BADGES.find((a) => badges.includes(a.badge));
}
