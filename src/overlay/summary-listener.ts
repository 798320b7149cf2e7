import type { browser } from 'wxt/browser';
import type { PageSummary } from '../messaging/protocol';

interface Lifetime {
  onInvalidated(callback: () => void): () => void;
}

/**
 * Answers the popup's "what did you read here?" Only our own extension may
 * ask; pages and other extensions can't reach runtime.onMessage, but check anyway.
 */
export function answerSummaryRequests(
  lifetime: Lifetime,
  api: { runtime: Pick<typeof browser.runtime, 'id' | 'onMessage'> },
  currentSummary: () => PageSummary | null,
): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== api.runtime.id) return false;
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== 'page-summary') {
      return false;
    }
    sendResponse(currentSummary());
    return false;
  };
  api.runtime.onMessage.addListener(listener);
  lifetime.onInvalidated(() => api.runtime.onMessage.removeListener(listener));
}
