import type { Assessment } from '../signals/assessment';
import type { SaveToShortlist } from '../ui/ShortlistControl';
import { styleAdopter } from '../ui/shadow-styles';
import BADGE_CSS from '../ui/badge.css?inline';
import { appendBadgeButton } from './badge-button';
import { loadPanelRenderer } from './load-panel';

/** The element that carries a badge's shadow root; also how we find our own badges again. */
export const BADGE_TAG = 'supplier-radar-badge';

let nextPanelId = 0;

/** Clicks on a badge must not reach the card's handlers, nor follow a link the badge sits in. */
const ISOLATED_EVENTS = ['click', 'mousedown', 'pointerdown', 'touchstart'] as const;
function keepToBadge(event: Event): void {
  event.stopPropagation();
  if (event.type === 'click') event.preventDefault();
}

/** The badge `anchor` holds, if any: a card is badged once. */
export function badgeIn(anchor: Element): Element | null {
  return anchor.querySelector(`:scope > ${BADGE_TAG}`);
}

/** True for a badge still waiting for its verdict (see mountPendingBadge). */
export function isPending(host: Element): boolean {
  return host.hasAttribute(PENDING_ATTR);
}

const PENDING_ATTR = 'data-pending';

/**
 * Appends a badge to `anchor`, isolated in a shadow root so the page's CSS
 * can't reach it and it can't restyle the page.
 */
export function mountBadge(
  anchor: Element,
  key: string,
  assessment: Assessment,
  subject: string | null,
  /** Pinned to the viewport's corner, with these words before the level: for a verdict with no card to sit in. */
  floatingCaption?: string,
  save?: SaveToShortlist,
): Element {
  const host = createHost(anchor.ownerDocument, key);
  if (floatingCaption) host.setAttribute('data-floating', '');
  fill(host, assessment, subject, floatingCaption, save);
  anchor.append(host);
  return host;
}

/**
 * A card the page just added gets this "Checking…" mark in the same task, so
 * it is first drawn with its badge's room taken (no jump when the verdict
 * lands); settleBadge swaps in the verdict.
 */
export function mountPendingBadge(anchor: Element, key: string): Element {
  const host = createHost(anchor.ownerDocument, key);
  host.setAttribute(PENDING_ATTR, '');
  const shadow = host.shadowRoot as ShadowRoot;
  const mark = anchor.ownerDocument.createElement('span');
  mark.className = 'sr-badge sr-badge--pending';
  mark.textContent = 'Checking…';
  shadow.append(mark);
  anchor.append(host);
  return host;
}

/** Puts the verdict in a pending badge. */
export function settleBadge(
  host: Element,
  assessment: Assessment,
  subject: string | null,
  save?: SaveToShortlist,
): void {
  host.shadowRoot?.querySelector('.sr-badge--pending')?.remove();
  host.removeAttribute(PENDING_ATTR);
  fill(host, assessment, subject, undefined, save);
}

/** Every pending badge on the page. */
export function pendingBadges(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(`${BADGE_TAG}[${PENDING_ATTR}]`));
}

function createHost(doc: Document, key: string): Element {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-key', key);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptBadgeStyles(shadow);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, keepToBadge);
  return host;
}

function fill(
  host: Element,
  assessment: Assessment,
  subject: string | null,
  caption?: string,
  save?: SaveToShortlist,
): void {
  host.setAttribute('data-level', assessment.level);
  if (assessment.buyer?.status) host.setAttribute('data-shortlisted', assessment.buyer.status);
  if (assessment.buyer?.verifiedAt != null) host.setAttribute('data-verified', '');
  appendBadgeButton(host.shadowRoot as ShadowRoot, {
    assessment,
    subject,
    caption,
    id: `sr-panel-${nextPanelId++}`,
    save,
  });
}

const adoptBadgeStyles = styleAdopter(BADGE_CSS);

/** Removes every badge we added (extension updated or disabled, or the page navigated). */
export function removeAllBadges(doc: Document): void {
  for (const host of Array.from(doc.querySelectorAll(BADGE_TAG))) {
    // An open panel is a Preact tree: unmount it so its listeners go too.
    const popover = host.shadowRoot?.querySelector('.sr-popover');
    if (popover) void loadPanelRenderer().then((renderPanel) => renderPanel(popover, null));
    host.remove();
  }
}
