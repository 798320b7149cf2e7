import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_MOVES } from '../../src/chat/lexicon/contact';
import { APP_MOVES, NAMES_AN_APP } from '../../src/chat/lexicon/contact-apps';
import type { Cue } from '../../src/chat/lexicon/cue';
import { DETAILS_CHANGE } from '../../src/chat/lexicon/details-change';
import * as domains from '../../src/chat/lexicon/domains';
import { PAYMENT_CHANNELS } from '../../src/chat/lexicon/payment';
import { PRESSURE } from '../../src/chat/lexicon/pressure';
import { normaliseChatText } from '../../src/chat/normalise';
import { branchesWithoutAnchor } from './anchor-coverage';
import { boundariesBesideOtherLetters, branchesOpeningWithLookbehind } from './pattern-shape';
import { holdsAnchor } from './holds-anchor';
import * as cases from './cases';

const CUES: Record<string, readonly Cue[]> = {
  payment: PAYMENT_CHANNELS,
  change: DETAILS_CHANGE,
  contact: [...APP_MOVES, ...OTHER_MOVES],
  pressure: PRESSURE,
};
const corpusTexts = readFileSync(join(import.meta.dirname, '../fixtures/chat/chat-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const caseTexts = Object.values(cases).flatMap((list) =>
  Array.isArray(list) ? list.map((c) => c.text) : [],
);

describe('chat lexicons', () => {
  it.each(Object.entries(CUES))('%s cues are lower-case patterns with a label', (_name, cues) => {
    for (const cue of cues) {
      expect(cue.label).not.toBe('');
      expect(cue.pattern.flags).toContain('g');
      expect(cue.pattern.source).not.toMatch(/(?<!\\)[A-Z](?![^[]*\])/);
    }
  });

  // Anchors let a message skip a cue without running it: a match without its anchor would be a silent miss. Every cue
  // runs on every case (about 7,000 texts, a second or two a list on a quiet machine), so it gets more than the default
  // five seconds when the machine is busy.
  it.each(Object.entries(CUES))(
    '%s cues never match text that holds none of their anchors',
    (_name, cues) => {
      for (const text of [...corpusTexts, ...caseTexts]) {
        const { letters } = normaliseChatText(text);
        for (const cue of cues) {
          cue.pattern.lastIndex = 0;
          if (cue.anchors && cue.pattern.test(letters))
            expect(holdsAnchor(cue, letters), `${cue.label}: ${text}`).toBe(true);
        }
      }
    },
    30_000,
  );

  // An anchor the detector's reading of a message changes ("7esab" is read as "tesab", ชำระ split by NFKC) is never
  // found, and the branches that hold it never run. Han characters are left out: Japanese text keeps Traditional forms.
  it.each(Object.entries(CUES))('%s cues have anchors that read as written', (_name, cues) => {
    for (const cue of cues)
      for (const anchor of (cue.anchors ?? []).map((a) => a.trim()).filter((a) => !/\p{Script=Han}/u.test(a)))
        expect(normaliseChatText(anchor).letters, cue.label).toBe(anchor);
  });

  // The sentences above reach only the branches some sentence matches ("pay in 24 hours" was never tried).
  it.each(Object.entries(CUES))('%s cues hold an anchor in every branch of their patterns', (_name, cues) => {
    for (const cue of cues) expect(branchesWithoutAnchor(cue), cue.label).toEqual([]);
  });

  it.each(Object.entries(CUES))(
    '%s cues put no ASCII-only \\b beside a letter beyond ASCII',
    (_name, cues) => {
      for (const cue of cues) expect(boundariesBesideOtherLetters(cue.pattern), cue.label).toEqual([]);
    },
  );

  it('finds an ASCII-only \\b before or after a letter beyond ASCII, and none between ASCII letters', () => {
    expect(boundariesBesideOtherLetters(/\bü|\b(?:auf|über)/u)).toEqual(['\\bü', '\\b(?:auf|über)']);
    expect(boundariesBesideOtherLetters(/x[ăa]\b|(?:auf|phở)\b/u)).toEqual(['[ăa]\\b', '(?:auf|phở)\\b']);
    expect(boundariesBesideOtherLetters(/\bplătiți\b|\bcọc\b/u)).toEqual([]);
  });

  it.each(Object.entries(CUES))('%s cues have no branch that opens by looking behind', (_name, cues) => {
    for (const cue of cues) expect(branchesOpeningWithLookbehind(cue.pattern), cue.label).toEqual([]);
  });

  // V8 compiles a pattern whose source is longer than 20 KB unoptimised, whatever the memory it holds.
  it.each(Object.entries(CUES))('%s cues are short enough for V8 to optimise', (_name, cues) => {
    for (const { label, pattern } of cues) expect(pattern.source.length, label).toBeLessThanOrEqual(20_000);
  });

  // The contact rule asks NAMES_AN_APP only when an app cue's anchor is in the message.
  it('never names an app in text that holds none of the app cues’ anchors', () => {
    const appCue = APP_MOVES[0]!;
    const appish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            ...'whatsapp wechat weixin vx v信 微信 qq 扣扣 telegram tg телеграм skype signal line viber kakaotalk zalo imo facetime zoom google meet microsoft teams whtsp w/a'.split(
              ' ',
            ),
          ),
          fc.constantFrom("'", ' ', '-', 's', 'h', 'a', 'p', 'x', '\n'),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    for (const text of [...corpusTexts, ...caseTexts]) {
      const { letters } = normaliseChatText(text);
      if (NAMES_AN_APP.test(letters)) expect(holdsAnchor(appCue, letters), text).toBe(true);
    }
    fc.assert(
      fc.property(appish, (text) => {
        if (NAMES_AN_APP.test(text)) expect(holdsAnchor(appCue, text), text).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('lists domains as bare lower-case host names, each in one list only', () => {
    const lists = [
      domains.OFFICIAL_DOMAINS,
      domains.CARRIER_DOMAINS,
      domains.CONTACT_DOMAINS,
      domains.SHORTENER_DOMAINS,
      domains.PAYMENT_DOMAINS,
    ];
    const all = lists.flat();
    for (const host of all) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it('matches a host to a listed domain only on a label boundary', () => {
    expect(domains.hostIn('sunny.en.alibaba.com', domains.OFFICIAL_DOMAINS)).toBe(true);
    expect(domains.hostIn('alibaba.com.evil.net', domains.OFFICIAL_DOMAINS)).toBe(false);
    expect(domains.hostIn('fakealibaba.com', domains.OFFICIAL_DOMAINS)).toBe(false);
  });
});
