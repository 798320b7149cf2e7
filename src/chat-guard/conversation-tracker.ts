import {
  contactName,
  conversationInUrl,
  conversationOf,
  supplierNameOf,
} from '../sites/alibaba/chat/conversation';

/** The conversation on show: its identity (null when the page names none) and the supplier's company. */
export interface Conversation {
  id: string | null;
  supplierName: string | null;
}

/**
 * Which conversation the page shows now. The adapter's identity (the URL's
 * account id, else the header's contact name), with one guard: the
 * messenger is a single-page app, and when the header names someone else
 * under the same URL, the URL's id is stale and the contact name is used.
 * Otherwise "I know this sender" for one chat would hide another's warnings.
 */
export class ConversationTracker {
  /** The header's name first seen under each URL id. */
  private readonly nameAtUrlId = new Map<string, string | null>();
  private last: { href: string; name: string | null; conversation: Conversation } | null = null;

  current(doc: Document, url: URL): Conversation {
    const name = contactName(doc);
    if (this.last && this.last.href === url.href && this.last.name === name) return this.last.conversation;
    const conversation = { id: this.identify(doc, url, name), supplierName: supplierNameOf(doc) };
    this.last = { href: url.href, name, conversation };
    return conversation;
  }

  private identify(doc: Document, url: URL, name: string | null): string | null {
    const urlId = conversationInUrl(url);
    if (!urlId) return conversationOf(doc, url);
    const first = this.nameAtUrlId.get(urlId) ?? null;
    if (first === null) this.nameAtUrlId.set(urlId, name);
    return first !== null && name !== null && name !== first ? `contact:${name}` : urlId;
  }
}
