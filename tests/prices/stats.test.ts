import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianAbsoluteDeviation, sortedMedian, sortedMedianWithout } from '../../src/prices/stats';

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

describe('sortedMedianWithout', () => {
  it('is the median of the list with that one element taken out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.nat(),
        (values, pick) => {
          const list = sorted(values);
          const skip = pick % list.length;
          const rest = list.filter((_, index) => index !== skip);
          expect(sortedMedianWithout(list, skip)).toBe(sortedMedian(rest));
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
