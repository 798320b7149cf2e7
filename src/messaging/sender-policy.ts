import { CONTENT_SCRIPT_MESSAGES, type BackgroundRequest } from './protocol';

/** The parts of a runtime.MessageSender the policy looks at. */
export interface SenderFacts {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Who sent a message: our own extension pages, our content script on a
 * marketplace page, or anyone else (refused). A content script runs inside
 * pages we don't control, so it is the least trusted sender.
 */
export function classifySender(
  sender: SenderFacts,
  ownId: string,
  /** runtime.getURL('/'), e.g. chrome-extension://<id>/ */
  ownBaseUrl: string,
  isMarketplaceUrl: (url: URL) => boolean,
): SenderKind {
  if (sender.id !== ownId || !sender.url) return 'foreign';
  // Compared as text: extension-scheme URLs have an opaque origin in some runtimes.
  if (sender.url.startsWith(ownBaseUrl)) return 'extension-page';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return 'foreign';
  }
  if (sender.tab && isMarketplaceUrl(url)) return 'content-script';
  return 'foreign';
}

export function mayAsk(kind: SenderKind, type: BackgroundRequest['type']): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'content-script') return CONTENT_SCRIPT_MESSAGES.has(type);
  return false;
}
