import { describe, expect, it } from 'vitest';
import { parseResponseTimeHours } from '../../../src/signals/parse/response-time';
import { HAVE_PAGES, jsonValues, rejected } from './real-values';

describe('parseResponseTimeHours', () => {
  it.each([
    ['≤3h', 3],
    ['≤2h', 2],
    ['≤1h', 1],
    ['≤5h', 5],
    ['≤6h', 6],
    ['≤7h', 7],
    ['<=24h', 24],
    ['≤24h', 24],
    ['Within 24h', 24],
    ['≤30min', 0.5],
    ['≤15 mins', 0.25],
    ['≤ 2 h', 2],
    ['2 hours', 2],
    ['1 hour', 1],
    ['1.5h', 1.5],
    ['1,5 h', 1.5],
    ['>24h', 24], // a bucket edge, read at face value
    ['1 day', 24],
    ['2 days', 48],
    ['Response time ≤2h', 2],
    ['≤3 ч', 3],
    ['2小时', 2],
  ])('%j -> %d', (text, expected) => {
    expect(parseResponseTimeHours(text)).toBe(expected);
  });

  it.each(['', '24', '≤', '{0}h', 'h', '0h', '≤3 weeks', 'fast', '99999h', '400 days'])(
    '%j -> null',
    (text) => {
      expect(parseResponseTimeHours(text)).toBeNull();
    },
  );
});

describe.skipIf(!HAVE_PAGES)('parseResponseTimeHours on real values', () => {
  it('replyAvgTime and responseTimeText', () => {
    const values = jsonValues(/^(replyAvgTime|responseTimeText)$/);
    expect(values.length).toBeGreaterThan(4);
    expect(rejected(values, parseResponseTimeHours, (h) => h !== null && h >= 1 && h <= 24)).toEqual([]);
  });
});
