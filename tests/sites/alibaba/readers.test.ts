import { MatchPattern } from 'wxt/utils/match-patterns';
import { describe, expect, it } from 'vitest';
import { ALIBABA_READERS } from '../../../src/sites/alibaba';
import { PAGE_EXAMPLES } from '../../../src/sites/alibaba/pages';
import type { PageReader } from '../../../src/sites/types';

// Each reader ships in its own content script; its match patterns decide where that script runs.
const runsOn = (reader: PageReader, url: string) =>
  reader.matches.some((pattern) => new MatchPattern(pattern).includes(url)) &&
  !(reader.excludeMatches ?? []).some((pattern) => new MatchPattern(pattern).includes(url));

describe.each(ALIBABA_READERS.map((reader) => [reader.kind, reader] as const))(
  '%s reader',
  (kind, reader) => {
    it.each(PAGE_EXAMPLES[kind])('has its content script on %s', (url) => {
      expect(runsOn(reader, url)).toBe(true);
    });

    const others = Object.entries(PAGE_EXAMPLES).flatMap(([otherKind, urls]) =>
      otherKind === kind ? [] : urls,
    );
    it.each(others)('has no content script on %s', (url) => {
      expect(runsOn(reader, url)).toBe(false);
    });

    it('asks only for alibaba.com hosts', () => {
      for (const pattern of reader.matches) expect(pattern).toMatch(/^\*:\/\/\*\.(en\.)?alibaba\.com\//);
    });
  },
);

it('has one reader per page kind, covering search, product and supplier pages', () => {
  expect(ALIBABA_READERS.map((reader) => reader.kind).sort()).toEqual(['product', 'search', 'supplier']);
});

it('runs a content script on robot-check redirects, so the popup can say the page was blocked', () => {
  const url = 'https://www.alibaba.com/_____tmd_____/punish?x5secdata=abc&x5step=1';
  expect(ALIBABA_READERS.some((reader) => runsOn(reader, url))).toBe(true);
});
