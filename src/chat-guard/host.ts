import { styleAdopter } from '../ui/shadow-styles';
import CHAT_CSS from './chat-guard.css?inline';

/** The element that carries each of the guard's shadow roots; also how we find our own UI again. */
export const GUARD_TAG = 'supplier-radar-chat';

/** What a host holds: a note beside a message, the draft warning, or the "warnings hidden" control. */
export type HostRole = 'message' | 'draft' | 'undo';

/** Hosts this script made; a copy of one (a page cloning a row) has no shadow root and is not ours. */
const ours = new WeakSet<Element>();

export function isOurs(host: Element): boolean {
  return ours.has(host);
}

/** Clicks and key presses in our UI must not reach the page's row handlers (selecting a message, say). */
const ISOLATED_EVENTS = ['click', 'mousedown', 'pointerdown', 'keydown'] as const;
function keepToHost(event: Event): void {
  event.stopPropagation();
}

/** A host with an open shadow root, styled and isolated; `content` goes inside. */
export function createHost(doc: Document, role: HostRole, content: Element): HTMLElement {
  const host = doc.createElement(GUARD_TAG);
  host.setAttribute('data-role', role);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow);
  shadow.append(content);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, keepToHost);
  ours.add(host);
  return host;
}

const adoptStyles = styleAdopter(CHAT_CSS);

/** Every host of `role` in the document. */
export function hostsOf(doc: Document, role: HostRole): Element[] {
  return Array.from(doc.querySelectorAll(`${GUARD_TAG}[data-role="${role}"]`));
}

/** Removes all of the guard's UI (extension updated or disabled). */
export function removeAllHosts(doc: Document): void {
  for (const host of Array.from(doc.querySelectorAll(GUARD_TAG))) host.remove();
}
