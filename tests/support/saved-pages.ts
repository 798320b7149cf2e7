import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PageReadingSchema, type PageReading } from '../../src/signals/reading';

/** Saved marketplace pages and their expected readings (tests/fixtures/alibaba, each with its .source.md). */
export const FIXTURES = join(import.meta.dirname, '../fixtures/alibaba');

/** The URLs the saved search pages were served at. */
export const SEARCH_URL = new URL(
  'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=Fabric+bubble+sofa',
);
export const GBP_SEARCH_URL = new URL(
  'https://www.alibaba.com/search/page?SearchScene=proSearch&SearchText=pre-moistened+lens+cleaning+wipes+individually+wrapped&pro=true&from=pcDetailHeader',
);

export const readFixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** Parsed as a browser would parse it; scripts are never run. */
export const parsePage = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const expectedReading = (name: string): PageReading => JSON.parse(readFixture(name)) as PageReading;

/** Schema-valid, then field by field (so a failure names the field), then the whole reading. */
export function expectReading(actual: PageReading, want: PageReading): void {
  const checked = PageReadingSchema.safeParse(actual);
  expect(checked.success, checked.error?.message).toBe(true);
  for (const key of ['site', 'page', 'health', 'problems'] as const)
    expect.soft(actual[key], key).toEqual(want[key]);
  for (const [key, value] of Object.entries(want.supplier ?? {})) {
    expect.soft(actual.supplier?.[key as keyof typeof actual.supplier], `supplier.${key}`).toEqual(value);
  }
  expect.soft(actual.listings.length, 'listings.length').toBe(want.listings.length);
  want.listings.forEach((listing, i) => {
    for (const [key, value] of Object.entries(listing)) {
      expect.soft(actual.listings[i]?.[key as keyof typeof listing], `listings[${i}].${key}`).toEqual(value);
    }
  });
  expect(actual).toEqual(want);
}
