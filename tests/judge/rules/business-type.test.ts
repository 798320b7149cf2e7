import { describe, expect, it } from 'vitest';
import { BUSINESS_TYPE_POINTS } from '../../../src/judge/rules/business-type';
import type { BusinessType } from '../../../src/signals/supplier';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('business-type', () => {
  it.each<[BusinessType | null, Expected, string | null, number | null]>([
    [null, 'none', null, null],
    [
      'trading',
      'concern:info',
      'Trading company, not the factory: ask who makes it',
      BUSINESS_TYPE_POINTS.trading,
    ],
    ['manufacturer', 'good:info', 'Manufacturer', 0],
    ['manufacturer-trading', 'good:info', 'Manufacturer and trading company', 0],
  ])('%s -> %s', (businessType, expected, message, points) => {
    const outcomes = runRule('business-type', supplier({ businessType }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toContain(message);
    if (points !== null) expect(outcomes[0]?.points).toBe(points);
  });
});
