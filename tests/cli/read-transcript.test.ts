import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, readTranscript } from '../../src/cli/read-transcript';

const line = (value: unknown) => JSON.stringify(value);
const ok = (id: string, text = 'Sample is ready.') => line({ id, from: 'supplier', text });

describe('readTranscript', () => {
  it('reads one message per line, with its line number, and drops extra fields', () => {
    const text = [
      line({ id: 'd001', from: 'supplier', text: 'Hi', labels: [], lang: 'en', note: 'x' }),
      line({ id: 'd002', from: 'buyer', text: 'Hello' }),
      '',
    ].join('\n');
    expect(readTranscript(text)).toEqual({
      health: 'ok',
      problems: [],
      messages: [
        { line: 1, id: 'd001', from: 'supplier', text: 'Hi' },
        { line: 2, id: 'd002', from: 'buyer', text: 'Hello' },
      ],
    });
  });

  it('skips blank lines but keeps counting them, and reads CRLF files with a byte-order mark', () => {
    const reading = readTranscript(`\uFEFF${ok('a')}\r\n\r\n   \r\n${ok('b')}\r\n`);
    expect(reading.health).toBe('ok');
    expect(reading.messages.map((m) => [m.line, m.id])).toEqual([
      [1, 'a'],
      [4, 'b'],
    ]);
  });

  it('names each bad line and why, and still reads the others', () => {
    const text = [
      ok('a'),
      '{"id": "b", "from": "supplier", "text": "unterminated',
      line({ id: 'c', from: 'supplier' }),
      line({ id: 'd', from: 'seller', text: 'x' }),
      line(['e', 'supplier', 'array']),
      line({ id: '', from: 'buyer', text: 'x' }),
      'not json at all',
      ok('f'),
      '',
    ].join('\n');
    const reading = readTranscript(text);
    expect(reading.health).toBe('partial');
    expect(reading.messages.map((m) => m.id)).toEqual(['a', 'f']);
    expect(reading.problems).toEqual([
      expect.stringMatching(/^line 2: not valid JSON \(.+\)$/),
      'line 3: missing "text"',
      'line 4: "from" must be "supplier" or "buyer"',
      'line 5: not a message: expected a JSON object {"id","from","text"}',
      'line 6: "id" is empty',
      expect.stringMatching(/^line 7: not valid JSON/),
    ]);
  });

  it('says the last line was cut short when the file stops inside it', () => {
    const reading = readTranscript(`${ok('a')}\n{"id": "b", "from": "supp`);
    expect(reading.messages.map((m) => m.id)).toEqual(['a']);
    expect(reading.problems).toEqual(['line 2: cut short: the file ends in the middle of this line']);
  });

  it('does not call a bad last line cut short when the file ends with a newline', () => {
    expect(readTranscript(`${ok('a')}\n{"id": "b", "from": "supp\n`).problems[0]).toMatch(
      /^line 2: not valid JSON/,
    );
  });

  it('refuses a huge line without parsing it, and a text over 20,000 characters', () => {
    const huge = line({ id: 'h', from: 'supplier', text: 'x'.repeat(MAX_LINE_CHARS) });
    const long = line({ id: 'l', from: 'supplier', text: 'y'.repeat(20_001) });
    const reading = readTranscript([ok('a'), huge, long, ok('b')].join('\n'));
    expect(reading.messages.map((m) => m.id)).toEqual(['a', 'b']);
    expect(reading.problems).toEqual([
      `line 2: ${huge.length.toLocaleString('en-US')} characters long, more than the 200,000 a line may have; not read`,
      'line 3: "text" is longer than 20,000 characters',
    ]);
  });

  it('checks a reused id but says it is reused', () => {
    const reading = readTranscript([ok('a'), ok('b'), ok('a')].join('\n'));
    expect(reading.messages).toHaveLength(3);
    expect(reading.health).toBe('partial');
    expect(reading.problems).toEqual(['line 3: id "a" is used again (first on line 1); checked anyway']);
  });

  it('calls an empty file empty, and a file of blank lines empty too', () => {
    expect(readTranscript('')).toEqual({
      health: 'empty',
      messages: [],
      problems: ['the file is empty: no messages to check'],
    });
    expect(readTranscript('\n \n\t\n')).toMatchObject({
      health: 'empty',
      problems: ['the file has only blank lines: no messages to check'],
    });
  });

  it('calls a file with lines but no message unreadable, and says so first', () => {
    const reading = readTranscript('PK\u0003\u0004 binary\n{"id": 1}\n');
    expect(reading.health).toBe('unreadable');
    expect(reading.messages).toEqual([]);
    expect(reading.problems[0]).toBe("none of the file's 2 lines could be read as a message");
    expect(reading.problems).toHaveLength(3);
  });

  it('lists the first 50 problems and counts the rest', () => {
    const reading = readTranscript(Array.from({ length: 120 }, () => 'garbage').join('\n'));
    expect(reading.problems).toHaveLength(52);
    expect(reading.problems.at(-1)).toBe('… and 70 more lines with problems');
  });
});
