import { describe, expect, it } from 'vitest';
import { RESPONSE_RATE_POINTS } from '../../../src/judge/rules/response-rate';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('response-rate', () => {
  it.each<[number | null, Expected, string | null, number | null]>([
    [null, 'none', null, null],
    [0, 'concern:warning', 'Response rate only 0%', RESPONSE_RATE_POINTS.concern],
    [0.5, 'concern:warning', 'Response rate only 50%', RESPONSE_RATE_POINTS.concern],
    [0.699, 'concern:warning', 'Response rate only 69.9%', RESPONSE_RATE_POINTS.concern],
    [0.7, 'none', null, null],
    [0.85, 'none', null, null],
    [0.899, 'none', null, null],
    [0.9, 'good:info', 'Response rate 90%', RESPONSE_RATE_POINTS.good],
    [0.926, 'good:info', 'Response rate 92.6%', RESPONSE_RATE_POINTS.good],
    [1, 'good:info', 'Response rate 100%', RESPONSE_RATE_POINTS.good],
  ])('%s -> %s', (responseRate, expected, message, points) => {
    const outcomes = runRule('response-rate', supplier({ responseRate }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toBe(message);
    if (points !== null) expect(outcomes[0]?.points).toBe(points);
  });
});
