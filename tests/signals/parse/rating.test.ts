import { describe, expect, it } from 'vitest';
import { parseCount, parseRating } from '../../../src/signals/parse/rating';
import { HAVE_PAGES, jsonValues, rejected } from './real-values';

describe('parseRating', () => {
  it.each([
    ['4.8/5', 4.8],
    ['5.0', 5],
    ['5', 5],
    ['4,7', 4.7],
    ['4,8/5', 4.8],
    ['4.9/5.0', 4.9],
    ['5.0/5.0 (6 reviews)', 5],
    ['Rating: 5.0/5', 5],
    ['Store rating4.8/5/5', 4.8],
    ['5.0@@12', 5],
    ['2.9', 2.9],
    ['0', 0],
    ['3.5分', 3.5],
    ['9/10', 4.5],
    ['4.85', 4.85],
  ])('%j -> %d', (text, expected) => {
    expect(parseRating(text)).toBe(expected);
  });

  it.each(['', 'No reviews', '6', '5.1', '12345', '(12)', '4.8/0', '{score}/5'])('%j -> null', (text) => {
    expect(parseRating(text)).toBeNull();
  });
});

describe('parseCount', () => {
  it.each([
    ['(12)', 12],
    ['12', 12],
    ['0', 0],
    ['56 reviews', 56],
    ['(1 review)', 1],
    ['1,234', 1234],
    ['26,600 sold', 26600],
    ['13062 sold', 13062],
    ['1 sold', 1],
    ['2,000+', 2000],
    ['500+', 500],
    ['5.0/5.0 (6 reviews)', 6],
    ['4.8 (214)', 214],
    ['5.0@@12', 12],
    ['10.000+ vendidos', 10000],
    ['1 234 reviews', 1234],
    ['1.2k sold', 1200],
    ['3K', 3000],
    ['1万+', 10000],
    ['41 recent viewed', 41],
  ])('%j -> %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each(['', 'reviews', '4.8', '()', '1,2,3', '{count} sold'])('%j -> null', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe.skipIf(!HAVE_PAGES)('rating parsers on real values', () => {
  it('every review score key', () => {
    const values = jsonValues(
      /^(reviewScore|productScore|shippingScore|supplierServiceScore|latitudeAverageScore|ratingScore|averageStar|maxScore|allScore|productReviewScore)$/,
    );
    expect(values.length).toBeGreaterThan(12);
    expect(rejected(values, parseRating, (r) => r !== null && r >= 1 && r <= 5)).toEqual([]);
  });

  it('every review and sold count key', () => {
    const values = jsonValues(/^(reviewCount|totalReviewCount|totalReviewOrderCount|soldOrder|resultCount)$/);
    expect(values.length).toBeGreaterThan(30);
    expect(rejected(values, parseCount, (n) => n !== null && Number.isInteger(n) && n >= 0)).toEqual([]);
  });
});
