import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnchorScan, isCandidate } from '../../src/chat/anchor-scan';
import { CONTACT_MOVES } from '../../src/chat/lexicon/contact';
import { cue, type Cue } from '../../src/chat/lexicon/cue';
import { DETAILS_CHANGE } from '../../src/chat/lexicon/details-change';
import { PAYMENT_CHANNELS } from '../../src/chat/lexicon/payment';
import { PRESSURE } from '../../src/chat/lexicon/pressure';
import { normaliseChatText } from '../../src/chat/normalise';
import { holdsAnchor } from './holds-anchor';

const LISTS = [PAYMENT_CHANNELS, DETAILS_CHANGE, CONTACT_MOVES, PRESSURE];
const scan = new AnchorScan(LISTS);
const cues = [...new Set(LISTS.flat())];

/** What the one-pass scan must agree with: each cue's own anchors, searched one by one. */
function expected(text: string): boolean[] {
  return cues.map((c) => holdsAnchor(c, text));
}
function scanned(text: string): boolean[] {
  const flags = scan.candidates(text);
  const ids = scan.idsOf(cues);
  return cues.map((_c, i) => isCandidate(flags, ids[i]!));
}

const corpusTexts = readFileSync(join(import.meta.dirname, '../fixtures/chat/chat-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

// Pieces of anchors, so generated text holds whole anchors, overlapping ones and near misses.
const pieces = [...new Set(cues.flatMap((c) => c.anchors ?? []))].flatMap((a) => [
  a,
  a.slice(0, -1),
  a.slice(1),
]);
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(' ', 'x', '账', 'ü', '😀', '\n', '\t', '\u3000'),
      fc.string(),
    ),
    {
      maxLength: 20,
    },
  )
  .map((parts) => parts.join(''));

describe('anchor scan', () => {
  it('finds the same cues as searching each cue’s anchors, on the corpus', () => {
    for (const raw of corpusTexts) {
      const { letters } = normaliseChatText(raw);
      expect(scanned(letters), raw).toEqual(expected(letters));
    }
  });

  it('finds the same cues as searching each cue’s anchors, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(t)).toEqual(expected(t));
      }),
      { numRuns: 3_000 },
    );
    // Each run checks every cue's anchors one by one: over a thousand cues take seconds on a loaded two-core machine.
  }, 30_000);

  it('finds anchors that overlap or end inside one another', () => {
    const list: Cue[] = [
      cue('a', 'x', { anchors: ['union'] }),
      cue('b', 'x', { anchors: ['uni'] }),
      cue('c', 'x', { anchors: ['ion'] }),
      cue('d', 'x', { anchors: ['账户'] }),
      cue('e', 'x'),
    ];
    const own = new AnchorScan([list]);
    const ids = own.idsOf(list);
    const found = (t: string) => list.map((_c, i) => (isCandidate(own.candidates(t), ids[i]!) ? 1 : 0));
    expect(found('western union')).toEqual([1, 1, 1, 0, 1]);
    expect(found('unit')).toEqual([0, 1, 0, 0, 1]);
    expect(found('个人账户')).toEqual([0, 0, 0, 1, 1]);
    expect(found('')).toEqual([0, 0, 0, 0, 1]);
  });

  it('keeps one flag per cue however many cues there are (a bit each, across words)', () => {
    const list: Cue[] = Array.from({ length: 70 }, (_c, i) => cue(`c${i}`, 'x', { anchors: [`w${i}q`] }));
    const own = new AnchorScan([list]);
    const ids = own.idsOf(list);
    const found = (t: string) =>
      list.flatMap((_c, i) => (isCandidate(own.candidates(t), ids[i]!) ? [i] : []));
    expect(found('w0q w31q w32q w69q')).toEqual([0, 31, 32, 69]);
    expect(found('w33q')).toEqual([33]);
    expect(found('nothing here')).toEqual([]);
  });

  it("reads any run of white space as one space, as a pattern's \\s+ matches it", () => {
    const list: Cue[] = [cue('a', 'x', { anchors: ['last chance'] }), cue('b', 'x', { anchors: ['by '] })];
    const own = new AnchorScan([list]);
    const ids = own.idsOf(list);
    const found = (t: string) => list.map((_c, i) => (isCandidate(own.candidates(t), ids[i]!) ? 1 : 0));
    expect(found('your last\n  chance')).toEqual([1, 0]);
    expect(found('pay by\t\u00a06 pm')).toEqual([0, 1]);
    expect(found('lastchance, by')).toEqual([0, 0]);
  });

  it('refuses a cue list it was not built with', () => {
    expect(() => scan.idsOf([cue('other', 'x', { anchors: ['x'] })])).toThrow();
  });
});
