import fc from 'fast-check';
import {
  CHECKLIST_ITEMS,
  MAX_TAGS,
  STATUSES,
  type Checklist,
  type LandedCostInputs,
  type SavedOffer,
  type ShortlistEntry,
} from '../../src/shortlist/entry';
import { makeEntry } from '../support/shortlist-entries';

/** Characters CSV, JSON and spreadsheets trip on, mixed with anything Unicode. */
const TRICKY = [
  ',',
  '"',
  "'",
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  ';',
  '=',
  '+',
  '-',
  '@',
  '\\',
  '中',
  '文',
  '😀',
  '👍🏽',
  'e\u0301',
  '\u0301',
  'ß',
  'İ',
  '\uFEFF',
  '\u2028',
  'a',
  'Z',
  '0',
];

export function trickyText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: fc.constantFrom(...TRICKY), maxLength }),
      fc.string({ unit: 'binary', maxLength }),
    )
    .map((text) => text.slice(0, maxLength));
}

/** A tag as the schema keeps it: trimmed, 1 to 40 characters. */
export const tagArb = trickyText(40).filter((tag) => tag !== '' && tag.trim() === tag);

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const money = fc.double({ min: 0, max: 1e12, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true });

const landedCostArb: fc.Arbitrary<LandedCostInputs> = fc.record({
  quantity: positive,
  unitPrice: positive,
  freight: money,
  insurance: money,
  dutyPercent: fc.double({ min: 0, max: 1000, noNaN: true }),
  dutyBase: fc.constantFrom('goods' as const, 'cif' as const),
  broker: money,
  otherFees: money,
  contingencyPercent: fc.double({ min: 0, max: 1000, noNaN: true }),
});

export const offerArb: fc.Arbitrary<SavedOffer> = fc.record({
  productId: fc.string({ minLength: 1, maxLength: 12 }),
  title: fc.option(trickyText(60)),
  url: fc.option(fc.webUrl()),
  price: fc.constant(null),
  moq: fc.option(fc.record({ quantity: positive, unit: fc.option(fc.constantFrom('pieces', 'sets', 'kg')) })),
  unitPrice: fc.option(
    fc.record({
      value: positive,
      currency: fc.constantFrom('USD', 'EUR', 'INR', 'XOF'),
      unit: fc.constantFrom('piece', 'set'),
      quantity: fc.option(positive),
    }),
  ),
  savedAt: time,
  landedCost: fc.option(landedCostArb),
});

const checklistArb: fc.Arbitrary<Checklist> = fc.record(
  Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, time])) as Record<string, fc.Arbitrary<number>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Checklist>;

/** The parts of an entry a buyer types or saves, varied; the rest comes from makeEntry. */
export function entryArb(options: { key?: string } = {}): fc.Arbitrary<ShortlistEntry> {
  return fc
    .record({
      index: fc.nat(400),
      name: fc.option(trickyText(80)),
      notes: trickyText(300),
      tags: fc.uniqueArray(tagArb, { maxLength: MAX_TAGS, selector: (tag) => tag.toLocaleLowerCase() }),
      status: fc.constantFrom(...STATUSES),
      checklist: checklistArb,
      offers: fc.uniqueArray(offerArb, { maxLength: 6, selector: (offer) => offer.productId }),
      addedAt: time,
      updatedAt: time,
    })
    .map(({ index, ...overrides }) =>
      makeEntry(index, options.key === undefined ? overrides : { ...overrides, key: options.key }),
    );
}
