import { describe, expect, it } from 'vitest';
import { buildChatReport } from '../../src/cli/chat-report';
import { readTranscript } from '../../src/cli/read-transcript';

describe('a transcript report', () => {
  it('keeps each message line and counts flagged messages by rule, once per message', () => {
    const text = [
      { id: 'a', from: 'supplier', text: 'Please pay by Western Union to my personal account' },
      { id: 'b', from: 'buyer', text: 'When do the samples ship?' },
      { id: 'c', from: 'supplier', text: 'add me on WhatsApp +86 138 0000 0000' },
    ]
      .map((m) => JSON.stringify(m))
      .join('\n');
    const report = buildChatReport({ site: null, source: 'transcript', ...readTranscript(text) });
    expect(report.messages.map((m) => [m.line, m.id, m.findings.length > 0])).toEqual([
      [1, 'a', true],
      [2, 'b', false],
      [3, 'c', true],
    ]);
    expect(report.counts.messages).toBe(3);
    expect(report.counts.flagged).toBe(2);
    expect(report.counts.byRule['off-platform-payment']).toBe(1);
    expect(report.counts.byRule['off-platform-contact']).toBe(1);
  });
});
