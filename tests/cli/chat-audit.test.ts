import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatFindingSchema } from '../../src/signals/chat';
import { audit, ROOT } from './run-audit';

// The audit command on chat transcripts (.jsonl) and saved chat pages, end to end: output and exit code.
const CHAT = join(ROOT, 'tests/fixtures/chat');
const PAGES = join(ROOT, 'tests/fixtures/alibaba');
const MESSENGER =
  'https://message.alibaba.com/message/messenger.htm?activeAccountId=2210987654&chatToken=abc#/';
const CORPUS = '/work/shared/corpus/chat-dev.jsonl';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'chat-audit-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const rules = (message: { findings: Array<{ rule: string }> }) => message.findings.map((f) => f.rule);

// Each test starts the command in a process of its own (tsx compiles it first): slow on a busy machine.
describe('audit command on a chat transcript', { timeout: 60_000 }, () => {
  it('reports every message with its findings, and counts by rule', async () => {
    const { code, stdout, stderr } = await audit(join(CHAT, 'transcript-basic.jsonl'), '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      site: null,
      page: 'chat',
      source: 'transcript',
      health: 'ok',
      problems: [],
      listings: [],
    });
    expect(
      report.messages.map((m: { line: number; id: string; from: string }) => [m.line, m.id, m.from]),
    ).toEqual([
      [1, 'm1', 'buyer'],
      [2, 'm2', 'supplier'],
      [3, 'm3', 'supplier'],
      [4, 'm4', 'supplier'],
      [5, 'm5', 'buyer'],
    ]);
    const [m1, m2, m3, m4, m5] = report.messages;
    expect(m3.text).toBe('Please pay by Western Union to my personal account, it is faster.');
    for (const finding of [...m3.findings, ...m4.findings]) ChatFindingSchema.parse(finding);
    expect(rules(m3)).toContain('off-platform-payment');
    expect(rules(m4)).toContain('off-platform-contact');
    expect([m1, m2, m5].map(rules)).toEqual([[], [], []]);
    expect(report.counts.messages).toBe(5);
    expect(report.counts.flagged).toBe(2);
    expect(report.counts.byRule['off-platform-payment']).toBeGreaterThanOrEqual(1);
    expect(report.counts.byRule['off-platform-contact']).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.counts.byRule)).toEqual([
      'off-platform-payment',
      'payment-details-change',
      'off-platform-contact',
      'suspicious-link',
      'pressure',
    ]);
  });

  it('prints the flagged messages as a table with rule ids and evidence without --json', async () => {
    const { code, stdout } = await audit(join(CHAT, 'transcript-basic.jsonl'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^chat transcript {3}health: ok {3}messages: 5 {3}flagged: 2$/m);
    const rows = stdout.split('\n').filter((row) => /^m\d\s/.test(row));
    expect(rows.some((row) => /^m3\s+supplier\s+off-platform-payment\s+".+"/.test(row))).toBe(true);
    expect(rows.some((row) => /^m4\s+supplier\s+off-platform-contact\s+".+"/.test(row))).toBe(true);
    expect(rows.every((row) => /^m[34]\s/.test(row))).toBe(true);
  });

  it('names each malformed line and still checks the others', async () => {
    const { code, stdout, stderr } = await audit(join(CHAT, 'transcript-malformed.jsonl'), '--json');
    expect(code).toBe(0);
    expect(stderr).toContain('read in part');
    const report = JSON.parse(stdout);
    expect(report.health).toBe('partial');
    expect(report.problems).toEqual([
      expect.stringMatching(/^line 3: not valid JSON/),
      'line 4: missing "text"',
      'line 5: "from" must be "supplier" or "buyer"',
      'line 7: not a message: expected a JSON object {"id","from","text"}',
      'line 9: cut short: the file ends in the middle of this line',
    ]);
    expect(report.messages.map((m: { id: string }) => m.id)).toEqual(['a1', 'a6']);
    expect(rules(report.messages[0])).toContain('off-platform-payment');
  });

  it('exits 3 and says so when the file is empty: no findings is not an all clear', async () => {
    const { code, stdout, stderr } = await audit(join(CHAT, 'transcript-empty.jsonl'), '--json');
    expect(code).toBe(3);
    expect(stderr.trim().split('\n')).toEqual([
      `audit: nothing checked in ${join(CHAT, 'transcript-empty.jsonl')}: the file is empty: no messages to check`,
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ health: 'empty', messages: [], counts: { messages: 0 } });
  });

  it('exits 3 when no line is a message, and the table says nothing was checked', async () => {
    const file = join(scratch, 'not-a-transcript.jsonl');
    await writeFile(file, '<html><body>saved page</body></html>\n{"id": 1}\n');
    const { code, stdout, stderr } = await audit(file);
    expect(code).toBe(3);
    expect(stderr).toContain("none of the file's 2 lines could be read as a message");
    expect(stdout).toContain('health: unreadable');
    expect(stdout).toContain('Nothing was checked');
    expect(stdout).not.toContain('No warning signs');
  });

  it('reads the development corpus: one entry per line, in order, extra fields ignored', async () => {
    const { code, stdout } = await audit(CORPUS, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.health).toBe('ok');
    expect(report.problems).toEqual([]);
    expect(report.messages).toHaveLength(200);
    expect(report.messages.map((m: { id: string }) => m.id)).toEqual(
      Array.from({ length: 200 }, (_, i) => `d${String(i + 1).padStart(3, '0')}`),
    );
    expect(report.messages.map((m: { line: number }) => m.line)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    expect(Object.keys(report.messages[0]).sort()).toEqual(['findings', 'from', 'id', 'line', 'text']);
    expect(report.counts.messages).toBe(200);
  });

  it('refuses --url with a transcript', async () => {
    const { code, stderr } = await audit(
      join(CHAT, 'transcript-basic.jsonl'),
      '--url',
      'https://message.alibaba.com/message/messenger.htm',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--url is for saved pages');
  });
});

describe('audit command on a saved chat page', { timeout: 60_000 }, () => {
  it('prints the flagged rows of a saved chat page without --json', async () => {
    const { code, stdout } = await audit(join(PAGES, 'chat-risky-messenger.html'), '--url', MESSENGER);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^saved chat page {3}health: ok {3}messages: 9 {3}flagged: \d+$/m);
    expect(stdout).toContain('supplier: Shenzhen Lianyu Electronics Co., Ltd.');
    expect(stdout).toMatch(/^h:a76877466fa8beee\s+supplier\s+off-platform-payment\s+"western union"/im);
  });

  it('says a robot-check page could not be read, and exits 3', async () => {
    const { code, stdout, stderr } = await audit(
      join(PAGES, 'anti-bot-challenge.html'),
      '--url',
      MESSENGER,
      '--json',
    );
    expect(code).toBe(3);
    expect(stderr).toContain('robot check');
    expect(JSON.parse(stdout)).toMatchObject({ page: 'chat', health: 'blocked', messages: [] });
  });

  it('says a chat URL on a page without message rows found nothing, and exits 3', async () => {
    const { code, stdout } = await audit(join(PAGES, 'product-detaildata-2026.html'), '--url', MESSENGER);
    expect(code).toBe(3);
    expect(stdout).toContain('health: empty');
    expect(stdout).toContain('Nothing was checked');
  });
});
