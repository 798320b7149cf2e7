import { describe, expect, it } from 'vitest';
import type { ChatAuditReport } from '../../src/cli/chat-report';
import { formatChatTable } from '../../src/cli/format-chat-table';
import type { ChatFinding } from '../../src/signals/chat';

const finding = (rule: ChatFinding['rule'], evidence: string): ChatFinding => ({
  rule,
  severity: 'danger',
  message: 'm',
  evidence,
  advice: 'a',
});

const report = (over: Partial<ChatAuditReport>): ChatAuditReport => ({
  site: null,
  page: 'chat',
  source: 'transcript',
  health: 'ok',
  problems: [],
  conversation: null,
  supplierName: null,
  supplier: null,
  listings: [],
  benchmarks: [],
  counts: {
    messages: 2,
    flagged: 1,
    byRule: {
      'off-platform-payment': 1,
      'payment-details-change': 0,
      'off-platform-contact': 1,
      'suspicious-link': 0,
      pressure: 0,
    },
  },
  messages: [
    { id: 'd1', from: 'buyer', text: 'hi', findings: [] },
    {
      id: 'd2',
      from: 'supplier',
      text: 't',
      findings: [
        finding('off-platform-payment', 'western union'),
        finding('off-platform-contact', 'whatsapp'),
      ],
    },
  ],
  ...over,
});

describe('formatChatTable', () => {
  it('prints one row per finding of each flagged message, with the counts by rule', () => {
    const lines = formatChatTable(report({})).split('\n');
    expect(lines[0]).toBe('chat transcript   health: ok   messages: 2   flagged: 1');
    expect(lines).toContain('off-platform-payment 1   off-platform-contact 1');
    expect(lines.filter((line) => line.startsWith('d'))).toEqual([
      'd2    supplier  off-platform-payment    "western union"',
      'd2    supplier  off-platform-contact    "whatsapp"',
    ]);
  });

  it('shows control characters from the file instead of sending them to the terminal', () => {
    const table = formatChatTable(
      report({
        problems: ['line 3: id "\u001b[2J" is used again'],
        messages: [
          { id: 'x\u001b[31m', from: 'supplier', text: '', findings: [finding('pressure', 'now\u0007')] },
        ],
      }),
    );
    // eslint-disable-next-line no-control-regex
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(table).toContain('\uFFFD[2J');
  });

  it('says no warning signs were found only when messages were checked', () => {
    const clean = report({
      counts: { ...report({}).counts, flagged: 0 },
      messages: [{ id: 'd1', from: 'buyer', text: 'hi', findings: [] }],
    });
    expect(formatChatTable(clean)).toContain('No warning signs found in 2 messages.');
    const nothing = report({
      health: 'unreadable',
      problems: ["none of the file's 1 line could be read as a message"],
      counts: { ...report({}).counts, messages: 0, flagged: 0 },
      messages: [],
    });
    const table = formatChatTable(nothing);
    expect(table).toContain('Nothing was checked');
    expect(table).not.toContain('No warning signs');
  });
});
