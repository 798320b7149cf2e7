import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runChatGuard } from '../../src/chat-guard/run-chat-guard';
import { CHAT_MATCHES } from '../../src/sites/alibaba/chat/pages';

// Alibaba Messenger and the chat widget's frame (all frames): the chat guard.
// No zod and no detector here: the background checks the messages.
export default defineContentScript({
  matches: CHAT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // WXT's older way to stop a previous copy of this script: a postMessage every page script sees (and that
  // tells it the extension is there). Its custom event on the document does the job alone.
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    runChatGuard(ctx);
  },
});
