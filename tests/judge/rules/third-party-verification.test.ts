import { describe, expect, it } from 'vitest';
import { VERIFICATION_POINTS } from '../../../src/judge/rules/third-party-verification';
import type { Badge } from '../../../src/signals/supplier';
import { runRule, summary, supplier } from '../build';
import type { Expected } from '../build';

describe('third-party-verification', () => {
  it.each<[Badge[], boolean, Expected, string | null]>([
    [['verified'], true, 'good:info', 'Verified supplier (third-party audit)'],
    [['verified-pro'], true, 'good:info', 'Verified Pro supplier (third-party audit)'],
    [['assessed'], true, 'good:info', 'Assessed supplier (third-party audit)'],
    [['verified', 'verified-pro'], true, 'good:info', 'Verified Pro supplier'],
    // A badge is proof even where the page does not show status as such.
    [['verified'], false, 'good:info', 'Verified supplier'],
    [[], true, 'concern:warning', 'Not verified by a third-party audit'],
    [['gold', 'trade-assurance'], true, 'concern:warning', 'Not verified by a third-party audit'],
    // Unknown never counts as bad.
    [[], false, 'none', null],
    [['gold'], false, 'none', null],
  ])('badges %j, shown %s -> %s', (badges, verificationShown, expected, message) => {
    const outcomes = runRule('third-party-verification', supplier({ badges, verificationShown }));
    expect(summary(outcomes)).toBe(expected);
    if (message !== null) expect(outcomes[0]?.message).toContain(message);
  });

  it('adds points when missing and takes them off when verified', () => {
    const missing = runRule('third-party-verification', supplier({ verificationShown: true }));
    const verified = runRule(
      'third-party-verification',
      supplier({ badges: ['verified'], verificationShown: true }),
    );
    expect(missing[0]?.points).toBe(VERIFICATION_POINTS.concern);
    expect(verified[0]?.points).toBe(VERIFICATION_POINTS.good);
    expect(verified[0]?.evidence).toBe('verified');
  });
});
