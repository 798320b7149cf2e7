import { describe, expect, it } from 'vitest';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { PageKind } from '../../src/signals/reading';
import type { Supplier } from '../../src/signals/supplier';
import { profileChanges } from '../../src/shortlist/changes';
import type { Visit } from '../../src/shortlist/entry';

const NOV_1 = Date.UTC(2026, 10, 1, 9);
const NOV_3 = Date.UTC(2026, 10, 3, 23, 30);
const NOV_5 = Date.UTC(2026, 10, 5, 12);

function visit(seenAt: number, page: PageKind, shown: Partial<Supplier>): Visit {
  return { seenAt, page, url: null, supplier: { ...emptySupplier(), ...shown } };
}

describe('profileChanges', () => {
  it('says in plain words, with the UTC date, that the years went down', () => {
    const changes = profileChanges([
      visit(NOV_1, 'supplier', { yearsActive: 5 }),
      visit(NOV_3, 'supplier', { yearsActive: 2 }),
    ]);
    expect(changes).toEqual([
      {
        field: 'years',
        severity: 'danger',
        message: 'Years on Alibaba.com went down: 5 → 2 (seen 2026-11-03)',
        before: '5',
        after: '2',
        seenAt: NOV_3,
        page: 'supplier',
      },
    ]);
  });

  it('finds nothing when years go up or stay', () => {
    expect(
      profileChanges([
        visit(NOV_1, 'supplier', { yearsActive: 5 }),
        visit(NOV_3, 'supplier', { yearsActive: 5 }),
        visit(NOV_5, 'supplier', { yearsActive: 6 }),
      ]),
    ).toEqual([]);
  });

  it('compares only pages of the same kind: a search card is not a storefront', () => {
    const history = [
      visit(NOV_1, 'supplier', { yearsActive: 5, rating: 4.9, reviewCount: 300, badges: ['gold'] }),
      visit(NOV_3, 'search', { yearsActive: 2, rating: 4.0, reviewCount: 12, badges: [] }),
    ];
    expect(profileChanges(history)).toEqual([]);
    // …but the next storefront visit is compared with the first one.
    const changes = profileChanges([...history, visit(NOV_5, 'supplier', { yearsActive: 4 })]);
    expect(changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['years', '5', '4'],
      ['badge', 'Gold Supplier', 'not shown'],
    ]);
  });

  it('never compares a value the page did not show', () => {
    expect(
      profileChanges([
        visit(NOV_1, 'product', { yearsActive: 5, rating: 4.8, reviewCount: 50, name: 'Acme' }),
        visit(NOV_3, 'product', {}),
      ]),
    ).toEqual([]);
    expect(
      profileChanges([
        visit(NOV_1, 'product', {}),
        visit(NOV_3, 'product', { yearsActive: 1, name: 'Other' }),
      ]),
    ).toEqual([]);
  });

  it('ignores case, spacing and punctuation in the company name', () => {
    expect(
      profileChanges([
        visit(NOV_1, 'supplier', { name: 'Shenzhen Bright LED Co., Ltd.' }),
        visit(NOV_3, 'supplier', { name: '  SHENZHEN  bright led co ltd' }),
        visit(NOV_5, 'supplier', { name: 'Shenzhen Bright-LED Co. Ltd' }),
      ]),
    ).toEqual([]);
  });

  it('flags a renamed company as danger', () => {
    const [change] = profileChanges([
      visit(NOV_1, 'supplier', { name: 'Shenzhen Bright LED Co., Ltd.' }),
      visit(NOV_3, 'supplier', { name: '深圳市光明照明科技有限公司' }),
    ]);
    expect(change).toMatchObject({
      field: 'name',
      severity: 'danger',
      before: 'Shenzhen Bright LED Co., Ltd.',
      after: '深圳市光明照明科技有限公司',
    });
    expect(change?.message).toContain('(seen 2026-11-03)');
  });

  it('warns when a badge disappears, and calls a lost verification danger when both pages show verification', () => {
    const changes = profileChanges([
      visit(NOV_1, 'supplier', { badges: ['verified', 'gold'], verificationShown: true }),
      visit(NOV_3, 'supplier', { badges: [], verificationShown: true }),
    ]);
    expect(changes.map((c) => [c.field, c.severity, c.before])).toEqual([
      ['badge', 'danger', 'Verified'],
      ['badge', 'warning', 'Gold Supplier'],
    ]);
  });

  it('does not call an upgrade from Verified to Verified PRO a lost badge', () => {
    expect(
      profileChanges([
        visit(NOV_1, 'supplier', { badges: ['verified'], verificationShown: true }),
        visit(NOV_3, 'supplier', { badges: ['verified-pro'], verificationShown: true }),
      ]),
    ).toEqual([]);
  });

  it('does not call verification lost when one of the pages does not show verification', () => {
    for (const [before, after] of [
      [true, false],
      [false, true],
    ]) {
      expect(
        profileChanges([
          visit(NOV_1, 'product', { badges: ['verified-pro'], verificationShown: before }),
          visit(NOV_3, 'product', { badges: [], verificationShown: after }),
        ]),
      ).toEqual([]);
    }
  });

  it('warns about a rating drop of 0.3 or more, not a smaller one', () => {
    const dropped = profileChanges([
      visit(NOV_1, 'supplier', { rating: 4.8 }),
      visit(NOV_3, 'supplier', { rating: 4.5 }),
    ]);
    expect(dropped).toMatchObject([{ field: 'rating', severity: 'warning', before: '4.8', after: '4.5' }]);
    expect(
      profileChanges([visit(NOV_1, 'supplier', { rating: 4.8 }), visit(NOV_3, 'supplier', { rating: 4.6 })]),
    ).toEqual([]);
  });

  it('warns when the review count goes down', () => {
    expect(
      profileChanges([
        visit(NOV_1, 'supplier', { reviewCount: 120 }),
        visit(NOV_3, 'supplier', { reviewCount: 80 }),
        visit(NOV_5, 'supplier', { reviewCount: 95 }),
      ]),
    ).toMatchObject([{ field: 'reviews', severity: 'warning', before: '120', after: '80', seenAt: NOV_3 }]);
  });

  it('lists the newest changes first, each visit’s in field order, whatever order the history is in', () => {
    const changes = profileChanges([
      visit(NOV_5, 'supplier', { yearsActive: 1, rating: 3.9, reviewCount: 10 }),
      visit(NOV_1, 'supplier', { yearsActive: 6, rating: 4.9, reviewCount: 40 }),
      visit(NOV_3, 'supplier', { yearsActive: 3, rating: 4.9, reviewCount: 40 }),
    ]);
    expect(changes.map((c) => [c.seenAt, c.field])).toEqual([
      [NOV_5, 'years'],
      [NOV_5, 'rating'],
      [NOV_5, 'reviews'],
      [NOV_3, 'years'],
    ]);
  });

  it('has nothing to say about one visit or none', () => {
    expect(profileChanges([])).toEqual([]);
    expect(profileChanges([visit(NOV_1, 'supplier', { yearsActive: 3 })])).toEqual([]);
  });
});
