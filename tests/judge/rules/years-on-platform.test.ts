import { describe, expect, it } from 'vitest';
import { YEARS_POINTS } from '../../../src/judge/rules/years-on-platform';
import { runRule, summary, supplier, withRule } from '../build';
import type { Expected } from '../build';

describe('years-on-platform', () => {
  it.each<[number | null, Expected, string | null, number | null]>([
    [null, 'none', null, null],
    [0, 'concern:warning', 'On the platform for less than 1 year', YEARS_POINTS.concern],
    [1, 'concern:warning', 'On the platform for only 1 year', YEARS_POINTS.concern],
    [2, 'concern:info', 'On the platform for 2 years', YEARS_POINTS.mild],
    [3, 'none', null, null],
    [4, 'none', null, null],
    [5, 'good:info', 'On the platform for 5 years', YEARS_POINTS.good],
    [13, 'good:info', 'On the platform for 13 years', YEARS_POINTS.good],
    [100, 'good:info', '100 years', YEARS_POINTS.good],
  ])('%s years -> %s', (yearsActive, expected, message, points) => {
    const outcomes = runRule('years-on-platform', supplier({ yearsActive }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toContain(message);
    if (points !== null) expect(outcomes[0]?.points).toBe(points);
  });

  it('follows its settings', () => {
    const settings = withRule('years-on-platform', { concernAtMost: 3, mildAtMost: 4, goodAtLeast: 10 });
    expect(summary(runRule('years-on-platform', supplier({ yearsActive: 3 }), settings))).toBe(
      'concern:warning',
    );
    expect(summary(runRule('years-on-platform', supplier({ yearsActive: 5 }), settings))).toBe('none');
  });

  it('names the years in its evidence', () => {
    expect(runRule('years-on-platform', supplier({ yearsActive: 1 }))[0]?.evidence).toBe('1 year');
  });

  it.each([
    ['https://tonyfurniture.en.alibaba.com/', 'On Alibaba.com for only 1 year'],
    ['https://www.alibaba.com/product-detail/x_1600930741831.html', 'On Alibaba.com for only 1 year'],
    ['https://alibaba.com.evil.example/', 'On the platform for only 1 year'],
    ['not a url', 'On the platform for only 1 year'],
  ])('names the marketplace from the supplier URL %s', (url, message) => {
    const outcomes = runRule('years-on-platform', supplier({ yearsActive: 1, url }));
    expect(outcomes[0]?.message).toBe(message);
  });
});
