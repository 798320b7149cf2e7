import { describe, expect, it } from 'vitest';
import type { Badge } from '../../../src/signals/supplier';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('gold-membership', () => {
  it.each<[Badge[], Expected]>([
    [['gold'], 'concern:info'],
    [['gold', 'trade-assurance'], 'concern:info'],
    // With an audit badge the verification rule already says what counts.
    [['gold', 'verified'], 'none'],
    [['gold', 'assessed'], 'none'],
    [['gold', 'verified-pro'], 'none'],
    [[], 'none'],
    [['trade-assurance'], 'none'],
  ])('badges %j -> %s', (badges, expected) => {
    const outcomes = runRule('gold-membership', supplier({ badges, verificationShown: true }));
    expect(summary(outcomes)).toBe(expected);
    if (expected !== 'none') {
      expect(outcomes[0]?.message).toBe('Gold Supplier membership (paid; not a verification)');
      expect(outcomes[0]?.points).toBe(0);
    }
  });
});
