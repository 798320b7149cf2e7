import type { ChatContext } from '../chat/context';
import { checkConversation } from '../chat/conversation';
import { CHAT_RULE_IDS, type ChatFinding, type ChatMessage, type ChatRuleId } from '../signals/chat';
import type { SiteId } from '../signals/reading';

/**
 * ok / partial: messages were checked (partial: some lines or parts could not be read).
 * empty, unreadable, blocked: nothing was checked, so no finding is not an all clear.
 */
export type ChatHealth = 'ok' | 'partial' | 'empty' | 'unreadable' | 'blocked';

/** The audit report for a chat: each message with the chat guard's findings. */
export interface ChatAuditReport {
  site: SiteId | null;
  page: 'chat';
  /** A .jsonl transcript, or a chat page saved from the marketplace. */
  source: 'transcript' | 'saved-page';
  health: ChatHealth;
  problems: string[];
  conversation: string | null;
  supplierName: string | null;
  /** Always null and empty: a chat judges messages, not suppliers or offers (same keys as a page report). */
  supplier: null;
  listings: [];
  benchmarks: [];
  counts: {
    messages: number;
    /** Messages with at least one finding. */
    flagged: number;
    /** Messages with at least one finding of each rule. */
    byRule: Record<ChatRuleId, number>;
  };
  messages: ReportMessage[];
}

export interface ReportMessage extends ChatMessage {
  /** Line in the transcript (transcripts only). */
  line?: number;
  findings: ChatFinding[];
}

export interface ChatInput {
  site: SiteId | null;
  source: ChatAuditReport['source'];
  health: ChatHealth;
  problems: string[];
  conversation?: string | null;
  supplierName?: string | null;
  messages: Array<ChatMessage & { line?: number }>;
}

/** Checks the messages as one conversation, exactly as the chat guard does in the browser. */
export function buildChatReport(input: ChatInput): ChatAuditReport {
  const supplierName = input.supplierName ?? null;
  const context: ChatContext = { supplierName };
  const plain = input.messages.map(({ id, from, text }) => ({ id, from, text }));
  const checked = checkConversation(plain, context);
  const messages = input.messages.map(({ line, id, from, text }, index) => ({
    ...(line === undefined ? {} : { line }),
    id,
    from,
    text,
    findings: checked[index]?.findings ?? [],
  }));
  return {
    site: input.site,
    page: 'chat',
    source: input.source,
    health: input.health,
    problems: input.problems,
    conversation: input.conversation ?? null,
    supplierName,
    supplier: null,
    listings: [],
    benchmarks: [],
    counts: countFindings(messages),
    messages,
  };
}

function countFindings(messages: ReportMessage[]): ChatAuditReport['counts'] {
  const byRule = Object.fromEntries(CHAT_RULE_IDS.map((rule) => [rule, 0])) as Record<ChatRuleId, number>;
  for (const message of messages) {
    for (const rule of new Set(message.findings.map((finding) => finding.rule))) byRule[rule]++;
  }
  return {
    messages: messages.length,
    flagged: messages.filter((message) => message.findings.length > 0).length,
    byRule,
  };
}

export function isChatReport(report: object): report is ChatAuditReport {
  return 'counts' in report && 'page' in report && report.page === 'chat';
}

/** True when the report checked nothing: the command must not look like an all clear. */
export function checkedNothing(report: ChatAuditReport): boolean {
  return report.messages.length === 0;
}
