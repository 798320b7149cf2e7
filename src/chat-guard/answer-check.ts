import type { CheckChatResponse } from '../messaging/chat-protocol';
import type { ChatFinding, ChatMessage } from '../signals/chat';

const SEVERITIES: ReadonlySet<string> = new Set(['info', 'warning', 'danger']);

/**
 * The background's findings for a batch, by message id, or null when the
 * answer is not one finding list per message sent, in order. The background
 * validated everything with zod; this is the content script's cheap check
 * (no zod here) that a wrong or partial answer draws nothing at all.
 */
export function findingsById(
  answer: CheckChatResponse | null | undefined,
  sent: readonly ChatMessage[],
): Map<string, ChatFinding[]> | null {
  const messages: unknown = answer?.messages;
  if (!Array.isArray(messages) || messages.length !== sent.length) return null;
  const byId = new Map<string, ChatFinding[]>();
  for (const [index, message] of sent.entries()) {
    const checked = messages[index] as { id?: unknown; findings?: unknown } | null;
    if (!checked || checked.id !== message.id || !Array.isArray(checked.findings)) return null;
    if (!checked.findings.every(isFinding)) return null;
    byId.set(message.id, checked.findings as ChatFinding[]);
  }
  return byId;
}

function isFinding(value: unknown): value is ChatFinding {
  if (!value || typeof value !== 'object') return false;
  const finding = value as Record<string, unknown>;
  return (
    typeof finding.rule === 'string' &&
    typeof finding.severity === 'string' &&
    SEVERITIES.has(finding.severity) &&
    typeof finding.message === 'string' &&
    typeof finding.evidence === 'string' &&
    typeof finding.advice === 'string'
  );
}
