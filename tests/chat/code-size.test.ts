import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCopyBreaks } from '../../src/chat/lexicon/code-size';
import { cue, inMessageWith, isNear } from '../../src/chat/lexicon/cue';

describe('withCopyBreaks', () => {
  it('puts a break after a group that more of its branch follows, quantifier and all', () => {
    expect(withCopyBreaks('\\b(?:has\\s+|was\\s+)?changed\\b')).toBe('\\b(?:has\\s+|was\\s+)?(?=)changed\\b');
    expect(withCopyBreaks('(?:\\S+\\s+){0,3}?new')).toBe('(?:\\S+\\s+){0,3}?(?=)new');
    expect(withCopyBreaks('(a(b)c)d')).toBe('(a(b)(?=)c)(?=)d');
  });

  it('leaves a group that ends its branch, a lookaround, an escaped bracket and a class alone', () => {
    expect(withCopyBreaks('(?:a|b)|(?:c)')).toBe('(?:a|b)|(?:c)');
    expect(withCopyBreaks('x(?!y)z(?<=z)w')).toBe('x(?!y)z(?<=z)w');
    expect(withCopyBreaks('\\(a\\)b[()]c')).toBe('\\(a\\)b[()]c');
    expect(withCopyBreaks('[\\]()]x')).toBe('[\\]()]x');
  });

  it('changes what no pattern matches', () => {
    const sources = [
      '\\b(?:pay|send)(?:ment)?\\s+(?:to\\s+)?(?:my|our)\\s+(?:new\\s+)?account\\b',
      '(?:a|ab)(?:c|bcd)(?:d*)',
      '(?:x+)+y|(?:\\d{1,3}[.,]?)+\\s*(?:usd|\\$)',
    ];
    const text = fc.string({ unit: fc.constantFrom(...'abcdxy 0123.,$paysendmetoournwcuy'), maxLength: 40 });
    fc.assert(
      fc.property(text, (sample) => {
        for (const source of sources) {
          const all = (pattern: RegExp) => [...sample.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
          expect(all(new RegExp(withCopyBreaks(source), 'g'))).toEqual(all(new RegExp(source, 'g')));
        }
      }),
    );
  });
});

describe('a cue with words near it', () => {
  const payNearby = inMessageWith('\\bpay\\b', 40);
  const today = cue('today', '\\btoday\\b', { near: [payNearby] });

  it('holds where the words stand within reach, before or after the match', () => {
    expect(isNear(today, 'please pay today', 'please pay today'.length)).toBe(true);
    expect(isNear(today, 'today, pay the deposit', 'today'.length)).toBe(true);
    expect(isNear(today, 'we ship today', 'we ship today'.length)).toBe(false);
    expect(isNear(today, `pay ${'x'.repeat(60)} today`, 69)).toBe(false);
  });

  it('shares one compiled check among the cues that name the same words', () => {
    const tonight = cue('tonight', '\\btonight\\b', { near: [payNearby] });
    expect(tonight.near?.[0]).toBe(today.near?.[0]);
  });
});
