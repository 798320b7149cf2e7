import { formatHours } from '../format';
import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';

export const RESPONSE_TIME_POINTS = { concern: 10, good: -5 } as const;

const id = 'response-time';

// A real sales team answers within a working day; a supplier who takes longer
// before the order will be slower still when something goes wrong after it.
export const responseTime: SupplierRule<'response-time'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier, s) {
    const hours = supplier.responseTimeHours;
    if (hours === null) return [];
    const evidence = formatHours(hours);
    if (hours > s.concernAboveHours) {
      return [
        concern(
          id,
          'warning',
          RESPONSE_TIME_POINTS.concern,
          `Slow to reply: response time ${evidence}`,
          evidence,
        ),
      ];
    }
    if (hours <= s.goodAtMostHours) {
      return [good(id, RESPONSE_TIME_POINTS.good, `Response time ${evidence}`, evidence)];
    }
    return [];
  },
};
