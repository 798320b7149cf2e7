import { describe, expect, it } from 'vitest';
import { RESPONSE_TIME_POINTS } from '../../../src/judge/rules/response-time';
import { runRule, summary, supplier, withRule } from '../build';
import type { Expected } from '../build';

describe('response-time', () => {
  it.each<[number | null, Expected, string | null, number | null]>([
    [null, 'none', null, null],
    [0, 'good:info', 'Response time ≤0h', RESPONSE_TIME_POINTS.good],
    [2, 'good:info', 'Response time ≤2h', RESPONSE_TIME_POINTS.good],
    [6, 'good:info', 'Response time ≤6h', RESPONSE_TIME_POINTS.good],
    [6.5, 'none', null, null],
    [12, 'none', null, null],
    [24, 'none', null, null],
    [24.5, 'concern:warning', 'response time ≤24.5h', RESPONSE_TIME_POINTS.concern],
    [48, 'concern:warning', 'Slow to reply: response time ≤48h', RESPONSE_TIME_POINTS.concern],
  ])('%s h -> %s', (responseTimeHours, expected, message, points) => {
    const outcomes = runRule('response-time', supplier({ responseTimeHours }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toContain(message);
    if (points !== null) expect(outcomes[0]?.points).toBe(points);
  });

  it('follows its settings', () => {
    const settings = withRule('response-time', { concernAboveHours: 12, goodAtMostHours: 1 });
    expect(summary(runRule('response-time', supplier({ responseTimeHours: 13 }), settings))).toBe(
      'concern:warning',
    );
    expect(summary(runRule('response-time', supplier({ responseTimeHours: 2 }), settings))).toBe('none');
  });
});
