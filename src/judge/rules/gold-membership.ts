import { auditBadge } from '../audit-badges';
import { concern } from '../rule';
import type { SupplierRule } from '../rule';

const id = 'gold-membership';

// Buyers often read "Gold Supplier" as a check of the company; it is a paid
// membership. Worth saying, worth no points: it is neither good nor bad.
// When an audit badge is also shown the verification rule already speaks.
export const goldMembership: SupplierRule<'gold-membership'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier) {
    if (!supplier.badges.includes('gold')) return [];
    if (auditBadge(supplier.badges)) return [];
    return [concern(id, 'info', 0, 'Gold Supplier membership (paid; not a verification)', 'gold')];
  },
};
