import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSavedPage } from '../../src/cli/audit-page';
import { isChatReport, type ChatAuditReport } from '../../src/cli/chat-report';
import { checkConversation } from '../../src/chat/conversation';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import type { ChatMessage } from '../../src/signals/chat';

// Which saved pages go to the chat guard, in process (the command's output and exit codes: chat-audit.test.ts).
const PAGES = join(import.meta.dirname, '../fixtures/alibaba');
const MESSENGER =
  'https://message.alibaba.com/message/messenger.htm?activeAccountId=2210987654&chatToken=abc#/';
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');

function chatReport(html: string, url: string | null): ChatAuditReport {
  const report = auditSavedPage(html, url, DEFAULT_JUDGE_SETTINGS);
  if (!isChatReport(report)) throw new Error(`not routed as a chat: ${JSON.stringify(report.problems)}`);
  return report;
}

describe('a saved chat page', () => {
  it('is read by the chat adapter and checked as one conversation with its supplier name, as in the extension', () => {
    const report = chatReport(page('chat-risky-messenger.html'), MESSENGER);
    const expected = JSON.parse(page('chat-risky-messenger.expected.json')) as {
      supplierName: string;
      messages: ChatMessage[];
    };
    expect(report).toMatchObject({
      site: 'alibaba',
      page: 'chat',
      source: 'saved-page',
      health: 'ok',
      conversation: 'activeAccountId:2210987654',
      supplierName: 'Shenzhen Lianyu Electronics Co., Ltd.',
    });
    expect(report.messages.map(({ id, from, text }) => ({ id, from, text }))).toEqual(expected.messages);
    const inBrowser = checkConversation(expected.messages, { supplierName: expected.supplierName });
    expect(report.messages.map((m) => m.findings)).toEqual(inBrowser.map((m) => m.findings));
    expect(report.messages[2]?.findings.map((f) => f.rule)).toContain('off-platform-payment');
    expect(report.counts.flagged).toBe(report.messages.filter((m) => m.findings.length > 0).length);
  });

  it('takes its URL from the "saved from url=" comment a browser writes', () => {
    const saved = page('chat-risky-messenger.html').replace(
      /^<!doctype html>/i,
      `$&\n<!-- saved from url=(0${MESSENGER.length})${MESSENGER} -->`,
    );
    expect(chatReport(saved, null)).toMatchObject({
      health: 'ok',
      conversation: 'activeAccountId:2210987654',
    });
  });

  it('asks for --url when it carries no URL, instead of checking nothing quietly', () => {
    const report = auditSavedPage(page('chat-risky-messenger.html'), null, DEFAULT_JUDGE_SETTINGS);
    expect(isChatReport(report)).toBe(false);
    expect(report).toMatchObject({ health: 'unsupported' });
    expect(report.problems).toContain(
      'this looks like a saved chat page: pass --url https://message.alibaba.com/message/messenger.htm',
    );
  });

  it('leaves other saved pages to their adapter and the judge', () => {
    const report = auditSavedPage(
      page('anti-bot-challenge.html'),
      'https://www.alibaba.com/trade/search?SearchText=sofa',
      DEFAULT_JUDGE_SETTINGS,
    );
    expect(isChatReport(report)).toBe(false);
    expect(report).toMatchObject({ page: 'search', health: 'blocked' });
  });
});
