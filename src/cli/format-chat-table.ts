import { CHAT_RULE_IDS } from '../signals/chat';
import type { ChatAuditReport } from './chat-report';

const SOURCE_NAME: Record<ChatAuditReport['source'], string> = {
  transcript: 'chat transcript',
  'saved-page': 'saved chat page',
};

/** A terminal view of a chat report: the flagged messages, one row per finding, with the words that matched. */
export function formatChatTable(report: ChatAuditReport): string {
  const { counts } = report;
  const lines = [
    `${SOURCE_NAME[report.source]}   health: ${report.health}   messages: ${counts.messages}   flagged: ${counts.flagged}`,
  ];
  if (report.supplierName || report.conversation) {
    lines.push(
      `supplier: ${clean(report.supplierName ?? '-')}   conversation: ${clean(report.conversation ?? '-')}`,
    );
  }
  for (const problem of report.problems) lines.push(`  ! ${clean(problem)}`);
  if (counts.messages === 0) {
    lines.push('', 'Nothing was checked: no message could be read. This is not an all clear.');
    return lines.join('\n');
  }
  if (counts.flagged === 0) {
    lines.push(
      '',
      `No warning signs found in ${counts.messages} ${counts.messages === 1 ? 'message' : 'messages'}.`,
    );
    return lines.join('\n');
  }
  lines.push(
    CHAT_RULE_IDS.filter((rule) => counts.byRule[rule] > 0)
      .map((rule) => `${rule} ${counts.byRule[rule]}`)
      .join('   '),
  );
  // Transcript ids are short ("d002"); a saved page's are hashes ("h:fc86e508d3cdf3a5").
  const idWidth = Math.min(24, Math.max(4, ...report.messages.map((m) => m.id.length)) + 2);
  lines.push('', pad('id', idWidth) + pad('from', 10) + pad('rule', 24) + 'evidence');
  for (const message of report.messages) {
    for (const finding of message.findings) {
      lines.push(
        pad(message.id, idWidth) +
          pad(message.from, 10) +
          pad(finding.rule, 24) +
          cut(`"${finding.evidence}"`, 70),
      );
    }
  }
  return lines.join('\n');
}

/** File and page text reach a terminal: control characters (escape sequences) are shown, not obeyed. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function cut(text: string, width: number): string {
  const cleaned = clean(text);
  return cleaned.length > width ? `${cleaned.slice(0, width - 1)}…` : cleaned;
}

function pad(text: string, width: number): string {
  return cut(text, width - 2).padEnd(width);
}
