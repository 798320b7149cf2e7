import { formatPercent } from '../format';
import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';

export const RESPONSE_RATE_POINTS = { concern: 8, good: -3 } as const;

const id = 'response-rate';

// Leaving a third of enquiries unanswered suggests an unstaffed or abandoned
// storefront. A high rate is cheap to keep up with auto-replies, so it earns little.
export const responseRate: SupplierRule<'response-rate'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier, s) {
    const rate = supplier.responseRate;
    if (rate === null) return [];
    const evidence = formatPercent(rate);
    if (rate < s.concernBelow) {
      return [
        concern(id, 'warning', RESPONSE_RATE_POINTS.concern, `Response rate only ${evidence}`, evidence),
      ];
    }
    if (rate >= s.goodAtLeast) {
      return [good(id, RESPONSE_RATE_POINTS.good, `Response rate ${evidence}`, evidence)];
    }
    return [];
  },
};
