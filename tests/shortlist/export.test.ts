import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/shortlist/csv';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_LABEL,
  type SavedOffer,
  type ShortlistEntry,
} from '../../src/shortlist/entry';
import {
  CSV_COLUMNS,
  csvExportWriter,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportCsv,
  exportJson,
  jsonExportWriter,
  type ExportWriter,
} from '../../src/shortlist/export';
import { readImport } from '../../src/shortlist/import';
import { emptySupplier } from '../../src/signals/empty-supplier';
import { makeEntry, manyEntries } from '../support/shortlist-entries';
import { entryArb, tagArb, trickyText } from './arbitraries';

const NOW = Date.UTC(2026, 10, 20, 8, 30);

function imported(fileName: string, text: string): ShortlistEntry[] {
  const preview = readImport(fileName, text, NOW);
  expect(preview.problem).toBeNull();
  expect(preview.rows.flatMap((row) => row.errors)).toEqual([]);
  return preview.rows.map((row) => row.entry as ShortlistEntry);
}

function offer(productId: string, value: number, currency: string, unit = 'piece'): SavedOffer {
  return {
    productId,
    title: null,
    url: null,
    price: null,
    moq: null,
    unitPrice: { value, currency, unit, quantity: 100 },
    savedAt: 0,
    landedCost: null,
  };
}

describe('exportJson', () => {
  it('writes our format, version and export time around the entries', () => {
    const entries = manyEntries(3);
    const file = JSON.parse(exportJson(entries, NOW));
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-11-20T08:30:00.000Z',
      entries,
    });
    expect(JSON.parse(exportJson([], NOW)).entries).toEqual([]);
  });

  it('puts one supplier on each line', () => {
    expect(exportJson(manyEntries(5), NOW).trim().split('\n')).toHaveLength(7);
  });

  it('comes back exactly through readImport, for the sample shortlist', () => {
    const entries = manyEntries(200);
    expect(imported('shortlist.json', exportJson(entries, NOW))).toEqual(entries);
  });

  it('comes back exactly through readImport, whatever the names, notes, tags and offers hold', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb(), { maxLength: 6, selector: (entry) => entry.key }), (entries) => {
        // A name (as readImport shows it) is not needed to bring an entry back.
        if (entries.length === 0) return;
        expect(imported('x.json', exportJson(entries, NOW))).toEqual(entries);
      }),
      { numRuns: 200 },
    );
  });
});

describe('exportCsv', () => {
  it('has one heading per column and one row per supplier', () => {
    const { rows } = parseCsv(exportCsv(manyEntries(4)));
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    for (const item of CHECKLIST_ITEMS) expect(CSV_COLUMNS).toContain(CHECKLIST_LABEL[item]);
  });

  it('writes a supplier as a buyer reads it in a spreadsheet', () => {
    const entry = makeEntry(1, {
      key: 'alibaba:szbright',
      name: '=Shenzhen "Bright", Ltd.',
      url: 'https://szbright.en.alibaba.com/',
      status: 'sample-ordered',
      level: 'high',
      assessment: { risk: 81, level: 'high', findings: [] },
      tags: ['led', 'Q3 order'],
      notes: 'Line one,\nline two',
      checklist: { 'sample-evaluated': Date.UTC(2026, 2, 4, 10) },
      // 3 EUR is $3.49 at the reference rates: cheaper than the $3.50 offer, dearer than 250 INR ($2.79).
      offers: [offer('a', 3.5, 'USD'), offer('b', 3, 'EUR', 'set'), offer('c', 250, 'INR', 'kg')],
      addedAt: Date.UTC(2026, 0, 2),
      updatedAt: Date.UTC(2026, 3, 5, 6, 7, 8),
    });
    const [, row] = parseCsv(exportCsv([entry])).rows;
    const cell = (heading: string) => row?.[CSV_COLUMNS.indexOf(heading)];
    expect(cell('Key')).toBe('alibaba:szbright');
    expect(cell('Name')).toBe('=Shenzhen "Bright", Ltd.');
    expect(cell('Status')).toBe('sample-ordered');
    expect(cell('Level')).toBe('high');
    expect(cell('Risk')).toBe('81');
    expect(cell('Tags')).toBe('led; Q3 order');
    expect(cell('Notes')).toBe('Line one,\nline two');
    expect(cell(CHECKLIST_LABEL['sample-evaluated'])).toBe('2026-03-04T10:00:00.000Z');
    expect(cell(CHECKLIST_LABEL['video-tour'])).toBe('');
    expect(cell('Offers')).toBe('3');
    expect([cell('Lowest unit price'), cell('Currency'), cell('Unit')]).toEqual(['250', 'INR', 'kg']);
    expect(cell('Added')).toBe('2026-01-02T00:00:00.000Z');
    expect(cell('Updated')).toBe('2026-04-05T06:07:08.000Z');
  });

  it('keeps a formula-looking name from running when the file is opened', () => {
    const text = exportCsv([makeEntry(0, { name: '=cmd|"/c calc"!A1', notes: '@SUM(1)' })]);
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).toContain(`'@SUM(1)`);
  });

  it('comes back through readImport with everything the columns hold', () => {
    const entries = manyEntries(120);
    const back = imported('shortlist.csv', exportCsv(entries));
    expect(back).toEqual(entries.map(asCsvKeepsIt));
  });

  it('comes back through readImport whatever the names, notes and tags hold (Unicode, quotes, formulas)', () => {
    const csvTag = tagArb.filter((tag) => !tag.includes(';'));
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.option(trickyText(80).filter((name) => name.trim() !== '')),
        trickyText(300),
        fc.uniqueArray(csvTag, { maxLength: 20, selector: (tag) => tag.toLocaleLowerCase() }),
        (index, name, notes, tags) => {
          const entry = makeEntry(index, { name, notes, tags });
          expect(imported('s.csv', exportCsv([entry]))).toEqual([asCsvKeepsIt(entry)]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** What a CSV row can bring back: no offers, visits, signals or assessment. */
function asCsvKeepsIt(entry: ShortlistEntry): ShortlistEntry {
  return {
    ...entry,
    signals: emptySupplier(),
    assessment: null,
    offers: [],
    history: [],
  };
}

describe('export writers', () => {
  /** `entries` cut at `cuts` into batches (empty ones too), written one batch at a time. */
  const written = (writer: ExportWriter, entries: ShortlistEntry[], cuts: number[]) => {
    const bounds = [
      0,
      ...cuts.map((cut) => cut % (entries.length + 1)).sort((a, b) => a - b),
      entries.length,
    ];
    const pieces = [writer.start()];
    for (let i = 1; i < bounds.length; i++)
      pieces.push(...writer.add(entries.slice(bounds[i - 1], bounds[i])));
    pieces.push(writer.end());
    expect(writer.count).toBe(entries.length);
    return pieces.join('');
  };

  it('write the same file batch by batch as the whole list at once, however it is cut', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb(), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (entries, cuts) => {
          expect(written(jsonExportWriter(NOW), entries, cuts)).toBe(exportJson(entries, NOW));
          expect(written(csvExportWriter(), entries, cuts)).toBe(exportCsv(entries));
        },
      ),
      { numRuns: 60 },
    );
  });
});
