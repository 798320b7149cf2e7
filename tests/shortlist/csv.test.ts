import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/shortlist/csv';
import { trickyText } from './arbitraries';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });

  it('quotes only the cells that need it, doubling quotes inside', () => {
    expect(
      toCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ' padded', 'trailing ', '中文 😀', '']]),
    ).toBe(`${BOM}plain,"a,b","say ""hi""","two\nlines","cr\rhere"," padded","trailing ",中文 😀,\r\n`);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    expect(toCsv([['=SUM(A1:A9)', '+1', '-2', '@cmd', '\tx', 'a=b', "'=x"]])).toBe(
      `${BOM}'=SUM(A1:A9),'+1,'-2,'@cmd,'\tx,a=b,''=x\r\n`,
    );
    // A formula with a comma is both neutralised and quoted.
    expect(toCsv([['=HYPERLINK("http://x.test","go")']])).toBe(
      `${BOM}"'=HYPERLINK(""http://x.test"",""go"")"\r\n`,
    );
  });

  it('keeps a row holding one empty cell, which would otherwise read as a blank line', () => {
    expect(toCsv([['a'], [''], ['b']])).toBe(`${BOM}a\r\n""\r\nb\r\n`);
  });
});

describe('parseCsv', () => {
  it('reads CRLF and LF alike, strips the BOM and drops the last line break', () => {
    expect(parseCsv(`${BOM}a,b\r\nc,d\r\n`)).toEqual({
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      problem: null,
    });
    expect(parseCsv('a,b\nc,d')).toEqual({
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      problem: null,
    });
  });

  it('reads quoted commas, line breaks and doubled quotes', () => {
    expect(parseCsv('"a,b","line 1\r\nline 2","say ""hi""",""\n').rows).toEqual([
      ['a,b', 'line 1\r\nline 2', 'say "hi"', ''],
    ]);
  });

  it('keeps empty cells at the end of a row and blank lines in the middle', () => {
    expect(parseCsv('a,\n\nb,,\n').rows).toEqual([['a', ''], [''], ['b', '', '']]);
    expect(parseCsv('a,b\nc,').rows).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('takes off only the apostrophes toCsv adds', () => {
    expect(parseCsv("'=1+1,'-5,''@x,'hello,it's,'").rows).toEqual([
      ['=1+1', '-5', "'@x", "'hello", "it's", "'"],
    ]);
  });

  it('names the line where a quoted cell is left open', () => {
    const result = parseCsv('key,notes\r\nalibaba:a,"fine"\nalibaba:b,"never\nclosed\n');
    expect(result.rows).toEqual([]);
    expect(result.problem).toMatch(/^Line 3\b/);
  });

  it('reads nothing from nothing', () => {
    expect(parseCsv('')).toEqual({ rows: [], problem: null });
    expect(parseCsv(BOM)).toEqual({ rows: [], problem: null });
  });

  it('gives back every string toCsv wrote', () => {
    const rows = fc.array(fc.array(trickyText(30), { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (written) => {
        expect(parseCsv(toCsv(written))).toEqual({ rows: written, problem: null });
      }),
      { numRuns: 1_000 },
    );
  });
});
