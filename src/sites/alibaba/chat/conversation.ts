import { cleanText } from '../../../signals/parse/clean-text';
import { COMPANY_NAME, CONTACT_NAME, CONVERSATION_PARAMS } from './selectors';

/**
 * The conversation's identity: the same text on every visit to the same
 * chat. The counterpart's account or member id from the URL (its query, or
 * the query of its hash route) when present, else the header's contact name.
 */
export function conversationOf(root: ParentNode, url: URL): string | null {
  const fromUrl = conversationInUrl(url);
  if (fromUrl) return fromUrl;
  const name = contactName(root);
  return name ? `contact:${name}` : null;
}

export function conversationInUrl(url: URL): string | null {
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  for (const params of [url.searchParams, new URLSearchParams(hashQuery)]) {
    for (const name of CONVERSATION_PARAMS) {
      const value = params.get(name)?.trim();
      if (value) return `${name}:${value.slice(0, 200)}`;
    }
  }
  return null;
}

/** The header's counterpart name ("Lily Chen"), or null. */
export function contactName(root: ParentNode): string | null {
  return textIn(root, CONTACT_NAME);
}

/** The supplier's company as the header shows it, or null where it doesn't. */
export function supplierNameOf(root: ParentNode): string | null {
  return textIn(root, COMPANY_NAME);
}

function textIn(root: ParentNode, selector: string): string | null {
  const text = cleanText(root.querySelector(selector)?.textContent ?? '').slice(0, 200);
  return text === '' ? null : text;
}
