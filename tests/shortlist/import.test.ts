import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/shortlist/csv';
import { CHECKLIST_LABEL, type ShortlistEntry } from '../../src/shortlist/entry';
import { EXPORT_FORMAT, exportCsv, exportJson } from '../../src/shortlist/export';
import { MAX_IMPORT_ROWS, readImport, type ImportPreview } from '../../src/shortlist/import';
import { parseTime } from '../../src/shortlist/csv-cells';
import { mergeEntry } from '../../src/shortlist/merge';
import { makeEntry, manyEntries } from '../support/shortlist-entries';

const NOW = Date.UTC(2026, 10, 20, 8, 30);

function jsonFile(entries: unknown[], head: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-11-20T08:30:00.000Z',
    entries,
    ...head,
  });
}

function expectProblem(preview: ImportPreview, problem: RegExp): void {
  expect(preview.problem).toMatch(problem);
  expect(preview.rows).toEqual([]);
  expect([preview.valid, preview.invalid]).toEqual([0, 0]);
}

describe('readImport: choosing JSON or CSV', () => {
  it('reads JSON by the file name or by a leading brace, CSV otherwise', () => {
    const json = exportJson(manyEntries(2), NOW);
    expect(readImport('shortlist.JSON', json, NOW).format).toBe('json');
    expect(readImport('shortlist.txt', `\uFEFF \n${json}`, NOW).format).toBe('json');
    expect(readImport('shortlist.csv', exportCsv(manyEntries(2)), NOW).format).toBe('csv');
    expect(readImport('notes', 'Key\nalibaba:abc\n', NOW).format).toBe('csv');
  });
});

describe('readImport: files that cannot be read at all', () => {
  it('says a file is empty, BOM and blank lines or not', () => {
    expectProblem(readImport('a.json', '', NOW), /empty/);
    expectProblem(readImport('a.csv', '\uFEFF  \r\n\n', NOW), /empty/);
  });

  it('says a binary file is not text', () => {
    const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, n) => (n * 37) % 256));
    expectProblem(readImport('photo.csv', junk, NOW), /not a text file/);
    expectProblem(
      readImport('sheet.csv', 'PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\ufffd\ufffd', NOW),
      /not a text file/,
    );
  });

  it('says a JSON file was cut short', () => {
    const whole = exportJson(manyEntries(3), NOW);
    expectProblem(readImport('a.json', whole.slice(0, whole.length / 2), NOW), /ends too early/);
  });

  it('says what is wrong with JSON that is broken in the middle', () => {
    expectProblem(readImport('a.json', '{"format": "supplier-radar-shortlist",, }', NOW), /not valid JSON/);
  });

  it('refuses JSON that is not our export', () => {
    expectProblem(readImport('a.json', '{"entries": []}', NOW), /not a Supplier Radar shortlist export/);
    expectProblem(
      readImport('a.json', '{"format": "other-tool", "version": 1}', NOW),
      /not a Supplier Radar/,
    );
    expectProblem(readImport('a.json', '[1, 2]', NOW), /not a Supplier Radar/);
    expectProblem(readImport('a.json', jsonFile([makeEntry(0)], { version: '1' }), NOW), /no version/);
    expectProblem(readImport('a.json', jsonFile([], { entries: 'none' }), NOW), /no list of suppliers/);
    expectProblem(readImport('a.json', jsonFile([]), NOW), /holds no suppliers/);
  });

  it('asks for an update when a newer version made the file', () => {
    expectProblem(
      readImport('a.json', jsonFile([makeEntry(0)], { version: 2 }), NOW),
      /made by a newer version of Supplier Radar/,
    );
  });

  it('names the line of a CSV quote left open', () => {
    expectProblem(
      readImport('a.csv', 'Key,Notes\nalibaba:abc,"fine"\nalibaba:def,"open\nstill open', NOW),
      /Line 3/,
    );
  });

  it('needs a header row naming the key or the URL', () => {
    expectProblem(readImport('a.csv', 'alibaba:abc,Acme\n', NOW), /first row must name the columns/);
    expectProblem(readImport('a.csv', 'Name,Notes\nAcme,good\n', NOW), /“Key” or “URL”/);
  });

  it('needs at least one supplier under the header', () => {
    expectProblem(readImport('a.csv', 'Key,Name\r\n\r\n', NOW), /no suppliers/);
  });

  it(`takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')} suppliers`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, n) => `alibaba:s${n}`);
    expectProblem(readImport('big.csv', `Key\n${rows.join('\n')}\n`, NOW), /at most 50,000/);
    const exactly = readImport('big.csv', `Key\n${rows.slice(1).join('\n')}\n`, NOW);
    expect([exactly.problem, exactly.valid]).toEqual([null, MAX_IMPORT_ROWS]);
    const entries = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}));
    expectProblem(readImport('big.json', jsonFile(entries), NOW), /at most 50,000/);
  });
});

describe('readImport: row by row', () => {
  it('keeps good JSON rows and says what is wrong with the others, by field', () => {
    const good = makeEntry(1);
    const other = makeEntry(2);
    const preview = readImport(
      'a.json',
      jsonFile([
        good,
        { ...makeEntry(3), level: 'scary', addedAt: -5 },
        other,
        { ...good, notes: 'again' },
        'x',
      ]),
      NOW,
    );
    expect(preview.problem).toBeNull();
    expect([preview.valid, preview.invalid]).toEqual([2, 3]);
    expect(preview.rows.map((row) => row.index)).toEqual([1, 2, 3, 4, 5]);
    expect(preview.rows[0]).toEqual({ index: 1, key: good.key, name: good.name, entry: good, errors: [] });
    expect(preview.rows[1]?.entry).toBeNull();
    expect(preview.rows[1]?.key).toBe(makeEntry(3).key);
    expect(preview.rows[1]?.errors).toEqual([
      expect.stringMatching(/^level: /),
      expect.stringMatching(/^addedAt: /),
    ]);
    expect(preview.rows[2]?.entry).toEqual(other);
    expect(preview.rows[3]).toMatchObject({ entry: null, errors: ['same supplier as row 1'] });
    expect(preview.rows[4]).toMatchObject({ key: null, name: null, entry: null });
    expect(preview.rows[4]?.errors.length).toBeGreaterThan(0);
  });

  it('refuses a JSON row whose key is not its site and storefront', () => {
    const rows = [
      { ...makeEntry(1), key: 'acme-factory' },
      { ...makeEntry(2), key: 'alibaba:' },
      makeEntry(3),
    ];
    const preview = readImport('a.json', jsonFile(rows), NOW);
    expect([preview.valid, preview.invalid]).toEqual([1, 2]);
    for (const row of preview.rows.slice(0, 2))
      expect(row.errors).toEqual([expect.stringMatching(/^key: .*alibaba:acme/)]);
  });

  it('words a missing field and a nested one plainly, and stops listing after a few', () => {
    const keyless: Partial<ShortlistEntry> = makeEntry(4);
    delete keyless.key;
    const badOffer = { ...makeEntry(5), offers: [{ ...makeEntry(3).offers[0], savedAt: 'yesterday' }] };
    const preview = readImport('a.json', jsonFile([keyless, badOffer, { key: 'alibaba:zz' }]), NOW);
    expect(preview.rows[0]?.errors).toEqual(['key: missing']);
    expect(preview.rows[1]?.errors).toEqual([expect.stringMatching(/^offers\[0\]\.savedAt: /)]);
    expect(preview.rows[2]?.errors).toHaveLength(6);
    expect(preview.rows[2]?.errors.at(-1)).toMatch(/^and \d+ more$/);
  });

  it('rebuilds CSV rows from their columns, in any order, ignoring unknown ones (no Updated: time unknown, 0)', () => {
    const text = toCsv([
      [
        'Notes',
        'Colour',
        'Status',
        'URL',
        'Tags',
        'key',
        CHECKLIST_LABEL['video-tour'],
        'Added',
        'Level',
        'Name',
      ],
      [
        'Good, "fast"\nreplies',
        'red',
        'Sample ordered',
        '',
        'led;  LED ; Q3',
        'alibaba:abc',
        'yes',
        '2026-03-01',
        'High',
        '',
      ],
      [
        '',
        '',
        '',
        'https://gzgolden.en.alibaba.com/index.html',
        '',
        '',
        '2026-04-02 10:30',
        '',
        '',
        'Golden',
      ],
    ]);
    const preview = readImport('mine.csv', text, NOW);
    expect(preview.problem).toBeNull();
    expect(preview.rows.map((row) => row.errors)).toEqual([[], []]);
    expect(preview.rows.map((row) => row.index)).toEqual([2, 3]);
    expect(preview.rows[0]?.entry).toMatchObject({
      key: 'alibaba:abc',
      site: 'alibaba',
      name: null,
      url: null,
      status: 'sample-ordered',
      level: 'high',
      tags: ['led', 'Q3'],
      notes: 'Good, "fast"\nreplies',
      checklist: { 'video-tour': NOW },
      addedAt: Date.UTC(2026, 2, 1),
      updatedAt: 0,
      offers: [],
      history: [],
      assessment: null,
    });
    expect(preview.rows[1]?.entry).toMatchObject({
      key: 'alibaba:gzgolden',
      name: 'Golden',
      url: 'https://gzgolden.en.alibaba.com/index.html',
      status: 'considering',
      level: 'unknown',
      checklist: { 'video-tour': Date.UTC(2026, 3, 2, 10, 30) },
      addedAt: NOW,
      updatedAt: 0,
    });
    expect(preview.rows[1]?.entry?.signals).toMatchObject({
      name: null,
      badges: [],
      verificationShown: false,
    });
  });

  it('gives CSV rows their spreadsheet row numbers and per-row errors', () => {
    const text = [
      'Key,URL,Status,Level,Added,Updated',
      'alibaba:good,,approved,low,2026-01-01,2026-02-01',
      ',https://example.com/not-a-storefront,,,,',
      'acme,,,,,',
      '',
      'alibaba:bad,,maybe,scary,01/02/2026,2026-02-30',
      'alibaba:good,,,,,',
    ].join('\r\n');
    const preview = readImport('mine.csv', text, NOW);
    expect([preview.valid, preview.invalid]).toEqual([1, 4]);
    expect(preview.rows.map((row) => [row.index, row.key, row.errors.length])).toEqual([
      [2, 'alibaba:good', 0],
      [3, null, 1],
      [4, 'acme', 1],
      [6, 'alibaba:bad', 4],
      [7, 'alibaba:good', 1],
    ]);
    expect(preview.rows[1]?.errors[0]).toMatch(/^key: missing/);
    expect(preview.rows[2]?.errors[0]).toMatch(/^key: should start with “alibaba:”/);
    expect(preview.rows[3]?.errors).toEqual([
      expect.stringMatching(/^status: “maybe” is not one of/),
      expect.stringMatching(/^level: “scary” is not one of/),
      expect.stringMatching(/^added: “01\/02\/2026” is not a date/),
      expect.stringMatching(/^updated: “2026-02-30” is not a date/),
    ]);
    expect(preview.rows[4]?.errors).toEqual(['same supplier as row 2']);
  });

  it('checks CSV rows against the entry schema too', () => {
    const preview = readImport(
      'a.csv',
      toCsv([
        ['Key', 'Tags'],
        ['alibaba:abc', 'x'.repeat(41)],
      ]),
      NOW,
    );
    expect(preview.rows[0]?.errors).toEqual([expect.stringMatching(/^tags\[0\]: /)]);
  });
});

describe('readImport then mergeEntry: a CSV row without an Updated date', () => {
  it('keeps the stored status and adds the row’s tags', () => {
    const stored = makeEntry(1, { key: 'alibaba:acme', status: 'contacted', tags: ['led'], updatedAt: 1 });
    const preview = readImport(
      'mine.csv',
      toCsv([
        ['Key', 'Status', 'Tags', 'Updated'],
        ['alibaba:acme', '', 'LED; audit due', ''],
      ]),
      NOW,
    );
    const incoming = preview.rows[0]?.entry;
    expect(incoming).toMatchObject({ status: 'considering', updatedAt: 0 });

    const merged = mergeEntry(stored, incoming!);
    expect(merged.status).toBe('contacted');
    expect(merged.name).toBe(stored.name);
    expect(merged.assessment).toEqual(stored.assessment);
    expect(merged.tags).toEqual(['led', 'audit due']);
    expect(merged.updatedAt).toBe(1);
  });

  it('still lets a dated row that is newer set the status', () => {
    const stored = makeEntry(1, { key: 'alibaba:acme', status: 'contacted' });
    const preview = readImport('mine.csv', `Key,Status,Updated\nalibaba:acme,approved,2030-01-01\n`, NOW);
    expect(mergeEntry(stored, preview.rows[0]!.entry!).status).toBe('approved');
  });
});

describe('parseTime', () => {
  it('reads ISO dates and times as UTC unless a zone is given', () => {
    expect(parseTime('2026-03-04')).toBe(Date.UTC(2026, 2, 4));
    expect(parseTime('2026-03-04T05:06:07.890Z')).toBe(Date.UTC(2026, 2, 4, 5, 6, 7, 890));
    expect(parseTime('2026-03-04 05:06')).toBe(Date.UTC(2026, 2, 4, 5, 6));
    expect(parseTime('2026-03-04T05:06:07+0200')).toBe(Date.UTC(2026, 2, 4, 3, 6, 7));
  });

  it('refuses what is not a real date', () => {
    for (const text of ['2026-02-30', '04/03/2026', 'March 4', '2026-13-01', '1969-12-31', '']) {
      expect(parseTime(text)).toBeNull();
    }
  });
});
