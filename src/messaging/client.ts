import { browser } from 'wxt/browser';
import type { JudgeRequest, JudgeResponse } from './protocol';

/** Typed sender for content scripts. No zod here: this module is bundled into them. */
export async function askBackgroundToJudge(request: JudgeRequest): Promise<JudgeResponse> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!answer || typeof answer !== 'object' || 'error' in answer) {
    throw new Error(`background refused: ${JSON.stringify(answer)}`);
  }
  return answer as JudgeResponse;
}
