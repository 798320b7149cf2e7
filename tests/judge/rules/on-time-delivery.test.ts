import { describe, expect, it } from 'vitest';
import { ON_TIME_POINTS } from '../../../src/judge/rules/on-time-delivery';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('on-time-delivery', () => {
  it.each<[number | null, Expected, string | null, number | null]>([
    [null, 'none', null, null],
    [0, 'concern:danger', 'On-time delivery only 0%', ON_TIME_POINTS.danger],
    [0.55, 'concern:danger', 'On-time delivery only 55%', ON_TIME_POINTS.danger],
    [0.599, 'concern:danger', 'On-time delivery only 59.9%', ON_TIME_POINTS.danger],
    [0.6, 'concern:warning', 'On-time delivery only 60%', ON_TIME_POINTS.concern],
    [0.75, 'concern:warning', 'On-time delivery only 75%', ON_TIME_POINTS.concern],
    [0.799, 'concern:warning', 'On-time delivery only 79.9%', ON_TIME_POINTS.concern],
    [0.8, 'none', null, null],
    [0.949, 'none', null, null],
    [0.95, 'good:info', 'On-time delivery 95%', ON_TIME_POINTS.good],
    [0.981, 'good:info', 'On-time delivery 98.1%', ON_TIME_POINTS.good],
    [1, 'good:info', 'On-time delivery 100%', ON_TIME_POINTS.good],
  ])('%s -> %s', (onTimeDeliveryRate, expected, message, points) => {
    const outcomes = runRule('on-time-delivery', supplier({ onTimeDeliveryRate }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toBe(message);
    if (points !== null) expect(outcomes[0]?.points).toBe(points);
  });
});
