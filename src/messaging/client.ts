import { browser } from 'wxt/browser';
import type { JudgeRequest, JudgeResponse, ShortlistSaveRequest, ShortlistSaveResponse } from './protocol';
import type { ChatDismissal, CheckChatRequest, CheckChatResponse } from './chat-protocol';

/** Typed sender for content scripts. No zod here: this module is bundled into them. */
export async function askBackgroundToJudge(request: JudgeRequest): Promise<JudgeResponse> {
  return (await ask(request)) as JudgeResponse;
}

/** Chat guard: check messages of one conversation. */
export async function askBackgroundToCheckChat(
  request: Omit<CheckChatRequest, 'type'>,
): Promise<CheckChatResponse> {
  return (await ask({ type: 'check-chat', ...request })) as CheckChatResponse;
}

/** Chat guard: read "I know this sender" for a conversation, or set it when `dismissed` is given. */
export async function askChatDismissal(conversation: string, dismissed?: boolean): Promise<ChatDismissal> {
  const request = dismissed === undefined ? { conversation } : { conversation, dismissed };
  return (await ask({ type: 'chat-dismissal', ...request })) as ChatDismissal;
}

/** Puts the supplier a page or card shows on the shortlist (or refreshes it there). */
export async function askToShortlist(
  request: Omit<ShortlistSaveRequest, 'type'>,
): Promise<ShortlistSaveResponse> {
  return (await ask({ type: 'shortlist-save', ...request })) as ShortlistSaveResponse;
}

async function ask(request: object): Promise<object> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!answer || typeof answer !== 'object' || 'error' in answer) {
    // The background's own words (they reach the buyer, e.g. in the badge panel), or what came back.
    const words = (answer as { error?: unknown } | null)?.error;
    throw new Error(
      typeof words === 'string' ? words : `no usable answer from the background: ${JSON.stringify(answer)}`,
    );
  }
  return answer;
}
