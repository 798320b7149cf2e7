import { auditBadge } from '../audit-badges';
import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';

export const VERIFICATION_POINTS = { concern: 20, good: -15 } as const;

const id = 'third-party-verification';

// An on-site audit by an inspection company is the one badge that checks the
// business exists as claimed; sourcing guides treat its absence as the first
// thing to ask about.
export const thirdPartyVerification: SupplierRule<'third-party-verification'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier) {
    const audit = auditBadge(supplier.badges);
    if (audit) {
      return [good(id, VERIFICATION_POINTS.good, `${audit.name} (third-party audit)`, audit.badge)];
    }
    // Only a page that shows verification status can tell us it is missing.
    if (!supplier.verificationShown) return [];
    return [
      concern(
        id,
        'warning',
        VERIFICATION_POINTS.concern,
        'Not verified by a third-party audit',
        'no verified, verified-pro or assessed badge',
      ),
    ];
  },
};
