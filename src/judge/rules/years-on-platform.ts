import { formatYears } from '../format';
import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';
import { platformName } from '../platform-name';

/** Points before weighting; docs/SCORING.md explains them. */
export const YEARS_POINTS = { concern: 25, mild: 8, good: -10 } as const;

const id = 'years-on-platform';

// Gold membership is bought by the year and a new storefront costs little, so
// the classic fake is a young one; years of renewals are hard to fake.
export const yearsOnPlatform: SupplierRule<'years-on-platform'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier, s) {
    const years = supplier.yearsActive;
    if (years === null) return [];
    const evidence = formatYears(years);
    const on = `On ${platformName(supplier)} for`;
    if (years <= s.concernAtMost) {
      const message = years < 1 ? `${on} ${evidence}` : `${on} only ${evidence}`;
      return [concern(id, 'warning', YEARS_POINTS.concern, message, evidence)];
    }
    if (years <= s.mildAtMost) {
      return [concern(id, 'info', YEARS_POINTS.mild, `${on} ${evidence}: still young`, evidence)];
    }
    if (years >= s.goodAtLeast) {
      return [good(id, YEARS_POINTS.good, `${on} ${evidence}`, evidence)];
    }
    return [];
  },
};
