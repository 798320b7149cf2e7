import type { JudgeSettings } from '../judge/rule-settings';
import { isChatPage, readChat, ROW, type ChatReading } from '../sites/alibaba/chat';
import { buildChatReport, type ChatAuditReport } from './chat-report';
import { readDocument, safeUrl, savedPageUrl, withSavedPage } from './read-page';
import { buildReport, type AuditReport } from './report';

const CHAT_URL_HINT = 'https://message.alibaba.com/message/messenger.htm';

/**
 * A saved page's report: a chat page goes through the chat adapter and the chat
 * guard, any other page through its site adapter and the judge.
 */
export function auditSavedPage(
  html: string,
  givenUrl: string | null,
  settings: JudgeSettings,
): AuditReport | ChatAuditReport {
  return withSavedPage(html, (doc) => {
    const url = safeUrl(givenUrl ?? savedPageUrl(html, doc));
    if (url && isChatPage(url)) return chatReport(readChat(doc, url));
    const report = buildReport(readDocument(doc, url), settings);
    // A chat page saved without its URL would otherwise only say "no adapter".
    if (!url && doc.querySelector(ROW)) {
      report.problems.push(`this looks like a saved chat page: pass --url ${CHAT_URL_HINT}`);
    }
    return report;
  });
}

function chatReport(reading: ChatReading): ChatAuditReport {
  const health = reading.health === 'ok' && reading.problems.length > 0 ? 'partial' : reading.health;
  return buildChatReport({
    site: 'alibaba',
    source: 'saved-page',
    health,
    problems: reading.problems,
    conversation: reading.conversation,
    supplierName: reading.supplierName,
    messages: reading.messages,
  });
}
