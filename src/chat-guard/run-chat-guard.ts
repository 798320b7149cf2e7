import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackgroundToCheckChat, askChatDismissal } from '../messaging/client';
import { isChatPage } from '../sites/alibaba/chat/pages';
import { ChatGuard } from './chat-guard';
import { withTimeout, type Timers } from './timeout';
import { yieldToPage } from './yield-to-page';

/** A background that hasn't answered by then won't: the page is left as it was. */
const ANSWER_WITHIN_MS = 10_000;

/**
 * The chat guard's life in one frame (the messenger page, or the chat
 * widget's frame inside a product page): started on chat pages only, and
 * stopped, with its notes taken away, when the extension is updated or
 * turned off (WXT's ctx.signal / onInvalidated).
 */
export function runChatGuard(ctx: ContentScriptContext): void {
  if (!isChatPage(new URL(location.href))) return;
  const timers: Timers = {
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
    clearTimeout: (id) => clearTimeout(id),
  };
  const guard = new ChatGuard(document, {
    check: (request) => withTimeout(askBackgroundToCheckChat(request), ANSWER_WITHIN_MS, timers),
    dismissal: (conversation, dismissed) =>
      withTimeout(askChatDismissal(conversation, dismissed), ANSWER_WITHIN_MS, timers),
    url: () => new URL(location.href),
    now: () => performance.now(),
    yieldToPage,
    timers,
  });
  guard.start(ctx.signal);
  ctx.onInvalidated(() => guard.dispose());
}
