import { browser } from 'wxt/browser';
import type { JudgeRequest, JudgeResponse, PageSummary, PageSummaryRequest } from './protocol';

/** Typed senders. No zod here: this module is bundled into content scripts. */

export async function askBackgroundToJudge(request: JudgeRequest): Promise<JudgeResponse> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!answer || typeof answer !== 'object' || 'error' in answer) {
    throw new Error(`background refused: ${JSON.stringify(answer)}`);
  }
  return answer as JudgeResponse;
}

export async function askTabForSummary(tabId: number): Promise<unknown> {
  const request: PageSummaryRequest = { type: 'page-summary' };
  return browser.tabs.sendMessage(tabId, request);
}

export type { PageSummary };
