import type { browser } from 'wxt/browser';
import type { ShortlistSaveResponse } from '../messaging/protocol';
import type { PageSummary } from '../messaging/page-protocol';
import { BADGE_TAG } from './badge-host';

interface Lifetime {
  onInvalidated(callback: () => void): () => void;
}

/** What the content script can tell and do for the popup. */
export interface PageAnswers {
  summary(): PageSummary | null;
  /** Puts the page's supplier on the shortlist; throws when it can't. */
  savePageSupplier(): Promise<ShortlistSaveResponse>;
}

type SendResponse = (answer: unknown) => void;

/**
 * Answers the popup: "what did you read here?", "show me that card" and
 * "save this page's supplier". Only our own extension may ask; pages and
 * other extensions can't reach runtime.onMessage, but check anyway.
 */
export function answerSummaryRequests(
  lifetime: Lifetime,
  api: { runtime: Pick<typeof browser.runtime, 'id' | 'onMessage'> },
  page: PageAnswers,
  doc: Document = document,
): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: SendResponse) => {
    if (sender.id !== api.runtime.id) return false;
    if (!message || typeof message !== 'object') return false;
    const { type, key } = message as { type?: unknown; key?: unknown };
    if (type === 'page-summary') {
      sendResponse(page.summary());
      return false;
    }
    if (type === 'scroll-to-card' && typeof key === 'string') {
      sendResponse({ ok: scrollToCard(doc, key) });
      return false;
    }
    if (type === 'save-page-supplier') {
      page
        .savePageSupplier()
        .then(sendResponse, (error: unknown) =>
          sendResponse({ error: error instanceof Error ? error.message : String(error) }),
        );
      // The answer comes later: keep the channel open.
      return true;
    }
    return false;
  };
  api.runtime.onMessage.addListener(listener);
  lifetime.onInvalidated(() => api.runtime.onMessage.removeListener(listener));
}

/**
 * Brings the badge of the card `key` into view and focuses its button, so
 * Enter opens its findings. False when no such badge is on the page (any
 * more). Smooth scrolling only for those who haven't asked for less motion.
 */
export function scrollToCard(doc: Document, key: string): boolean {
  // Compared as a string, not put in a selector: a key is page data.
  const host = Array.from(doc.querySelectorAll(BADGE_TAG)).find(
    (badge) => badge.getAttribute('data-key') === key,
  );
  if (!host) return false;
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  host.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
  // preventScroll: focusing would jump straight there and cut the smooth scroll short.
  host.shadowRoot?.querySelector<HTMLButtonElement>('button.sr-badge')?.focus({ preventScroll: true });
  return true;
}
