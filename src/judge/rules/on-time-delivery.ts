import { formatPercent } from '../format';
import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';

export const ON_TIME_POINTS = { danger: 25, concern: 12, good: -5 } as const;

const id = 'on-time-delivery';

// The platform measures this from real orders, so unlike badges it cannot be
// bought: late shipments on recorded orders are the buyer's own future.
export const onTimeDelivery: SupplierRule<'on-time-delivery'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier, s) {
    const rate = supplier.onTimeDeliveryRate;
    if (rate === null) return [];
    const evidence = formatPercent(rate);
    if (rate < s.dangerBelow) {
      return [concern(id, 'danger', ON_TIME_POINTS.danger, `On-time delivery only ${evidence}`, evidence)];
    }
    if (rate < s.concernBelow) {
      return [concern(id, 'warning', ON_TIME_POINTS.concern, `On-time delivery only ${evidence}`, evidence)];
    }
    if (rate >= s.goodAtLeast) {
      return [good(id, ON_TIME_POINTS.good, `On-time delivery ${evidence}`, evidence)];
    }
    return [];
  },
};
