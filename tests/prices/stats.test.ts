import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lowerFence,
  medianAbsoluteDeviation,
  sortedMedian,
  sortedMedianWithout,
  sortedQuartiles,
} from '../../src/prices/stats';

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe('sortedMedian', () => {
  it.each([
    [[], Number.NaN],
    [[3], 3],
    [[1, 3], 2],
    [[1, 2, 10], 2],
    [[1, 2, 3, 100], 2.5],
  ])('%j → %d', (values, median) => {
    expect(sortedMedian(values)).toBe(median);
  });
});

describe('sortedMedianWithout, and sortedQuartiles with `skip`', () => {
  it('are the median and quartiles of the list with that one element taken out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.nat(),
        (values, pick) => {
          const list = sorted(values);
          const skip = pick % list.length;
          const rest = list.filter((_, index) => index !== skip);
          expect(sortedMedianWithout(list, skip)).toBe(sortedMedian(rest));
          expect(sortedQuartiles(list, skip)).toEqual(sortedQuartiles(rest));
        },
      ),
    );
  });

  it('is NaN when nothing is left', () => {
    expect(sortedMedianWithout([5], 0)).toBeNaN();
  });
});

describe('medianAbsoluteDeviation', () => {
  it('is the median distance from the centre, untouched by one wild value', () => {
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 1000], 3)).toBe(1);
  });
});

describe('sortedQuartiles', () => {
  it.each([
    [[], Number.NaN, Number.NaN],
    [[4], 4, 4],
    [[1, 2, 3, 4, 5], 2, 4],
    [[1, 2, 3, 4], 1.75, 3.25], // between neighbours, as R's default (type 7)
    [[10, 20, 30, 40, 50, 60, 70, 80, 90], 30, 70],
  ])('%j → %d and %d', (values, lower, upper) => {
    expect(sortedQuartiles(values)).toEqual({ lower, upper });
  });
});

describe('lowerFence', () => {
  it('is the lower quartile less `width` quartile ranges, on a log scale', () => {
    // log 2 − 1.5 × (log 8 − log 2) = log(2 × (1/4)^1.5) = log 0.25
    expect(lowerFence({ lower: 2, upper: 8 }, 1.5)).toBeCloseTo(0.25, 12);
    expect(lowerFence({ lower: 2, upper: 8 }, 0)).toBe(2);
    expect(lowerFence({ lower: 5, upper: 5 }, 1.5)).toBe(5);
  });

  it('stays above zero however wide the quartiles, where the linear fence would not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (lower, ratio, width) => {
          const fence = lowerFence({ lower, upper: lower * ratio }, width);
          expect(fence).toBeGreaterThan(0);
          expect(fence).toBeLessThanOrEqual(lower);
        },
      ),
    );
  });
});
