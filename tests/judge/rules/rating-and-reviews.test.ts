import { describe, expect, it } from 'vitest';
import { RATING_POINTS } from '../../../src/judge/rules/rating-and-reviews';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('rating-and-reviews', () => {
  it.each<[number | null, number | null, Expected, string | null, number | null]>([
    [null, null, 'none', null, null],
    [null, 40, 'none', null, null],
    // Low ratings count once five reviews stand behind them.
    [3.9, 5, 'concern:warning', 'Rated 3.9 from 5 reviews', RATING_POINTS.concern],
    [2.5, 40, 'concern:warning', 'Rated 2.5 from 40 reviews', RATING_POINTS.concern],
    [3.9, 4, 'none', null, null],
    [3.9, null, 'none', null, null],
    [4.0, 5, 'none', null, null],
    [4.0, 50, 'none', null, null],
    // Near-perfect from fewer than five reviews: weak evidence.
    [5.0, 3, 'concern:info', 'Rated 5.0 from only 3 reviews: too few to trust', RATING_POINTS.weak],
    [4.8, 4, 'concern:info', 'Rated 4.8 from only 4 reviews: too few to trust', RATING_POINTS.weak],
    [5.0, 1, 'concern:info', 'Rated 5.0 from only 1 review: too few to trust', RATING_POINTS.weak],
    [5.0, 0, 'concern:info', 'Rated 5.0 with 0 reviews: too few to trust', RATING_POINTS.weak],
    [5.0, null, 'concern:info', 'Rated 5.0 with no review count shown', RATING_POINTS.weak],
    [4.79, 3, 'none', null, null],
    [4.8, 5, 'none', null, null],
    // Good: 4.5 or more from twenty reviews or more.
    [4.5, 20, 'good:info', 'Rated 4.5 from 20 reviews', RATING_POINTS.good],
    [4.9, 312, 'good:info', 'Rated 4.9 from 312 reviews', RATING_POINTS.good],
    [4.4, 100, 'none', null, null],
    [4.9, 19, 'none', null, null],
  ])('rating %s from %s reviews -> %s', (rating, reviewCount, expected, message, points) => {
    const outcomes = runRule('rating-and-reviews', supplier({ rating, reviewCount }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toContain(message);
    if (points !== null) expect(outcomes[0]?.points).toBe(points);
  });

  it('quotes rating and review count as evidence', () => {
    expect(runRule('rating-and-reviews', supplier({ rating: 5, reviewCount: 2 }))[0]?.evidence).toBe(
      '5.0 (2 reviews)',
    );
  });
});
