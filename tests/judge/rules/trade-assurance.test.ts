import { describe, expect, it } from 'vitest';
import { TRADE_ASSURANCE_POINTS } from '../../../src/judge/rules/trade-assurance';
import type { Badge } from '../../../src/signals/supplier';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('trade-assurance', () => {
  it.each<[Badge[], boolean, Expected]>([
    [['trade-assurance'], false, 'good:info'],
    [['trade-assurance', 'gold'], true, 'good:info'],
    // Absence is common among honest suppliers: never a concern.
    [[], true, 'none'],
    [[], false, 'none'],
    [['gold', 'verified'], true, 'none'],
  ])('badges %j, shown %s -> %s', (badges, verificationShown, expected) => {
    const outcomes = runRule('trade-assurance', supplier({ badges, verificationShown }));
    expect(summary(outcomes)).toBe(expected);
    if (expected !== 'none') {
      expect(outcomes[0]?.message).toContain('Trade Assurance');
      expect(outcomes[0]?.points).toBe(TRADE_ASSURANCE_POINTS.good);
    }
  });
});
