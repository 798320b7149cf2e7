import { describe, expect, it } from 'vitest';
import {
  OTHER_EXAMPLES,
  PAGE_CHECKS,
  PAGE_EXAMPLES,
  alibabaPageKind,
} from '../../../src/sites/alibaba/pages';

describe('alibaba page kinds', () => {
  const cases = Object.entries(PAGE_EXAMPLES).flatMap(([kind, examples]) =>
    examples.map((example) => [kind, example] as const),
  );

  it('has examples for every check', () => {
    expect(PAGE_CHECKS.map((check) => check.kind).sort()).toEqual(Object.keys(PAGE_EXAMPLES).sort());
  });

  it.each(cases)('%s accepts %s, and no other check does', (kind, example) => {
    const url = new URL(example);
    expect(alibabaPageKind(url)).toBe(kind);
    const others = PAGE_CHECKS.filter((check) => check.kind !== kind && check.test(url));
    expect(others.map((check) => check.kind)).toEqual([]);
  });

  it.each(OTHER_EXAMPLES)('%s is no page kind we read', (example) => {
    expect(alibabaPageKind(new URL(example))).toBe('other');
  });
});
