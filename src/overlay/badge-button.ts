import type { Assessment } from '../signals/assessment';
import type { BuyerMark } from '../signals/buyer';
import type { SaveToShortlist } from '../ui/ShortlistControl';
import { LEVEL_LABEL } from '../ui/level-text';
import { followAnchor } from '../ui/follow-anchor';
import { placePanel } from '../ui/place-panel';
import { loadPanelRenderer } from './load-panel';

/** Browsers with the popover API show the panel in the top layer, where card overflow can't clip it. */
const SUPPORTS_POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

export interface BadgeContent {
  assessment: Assessment;
  /** Who the badge is about (supplier name), shown in the details. */
  subject: string | null;
  /** Words before the level, e.g. "Supplier" on a badge that isn't inside the supplier's card. */
  caption?: string | undefined;
  /** Unique within the page: ties the button to its panel. */
  id: string;
  /** Saves this card's supplier to the shortlist; absent when it can't be. */
  save?: SaveToShortlist | undefined;
}

/**
 * The badge: a button showing the level, which opens the findings panel.
 * The closed button is three plain nodes (a page may carry a hundred badges,
 * and Preact's first render of each costs more than the rest of a badge); the
 * panel is Preact, loaded with its own script the first time any badge is
 * opened (the content scripts don't carry it), rendered when opened and
 * removed when closed. In a popover,
 * Escape and clicking elsewhere close it; without popover support it opens
 * inline under the badge.
 */
export function appendBadgeButton(shadow: ShadowRoot, content: BadgeContent): void {
  const doc = shadow.ownerDocument;
  const level = LEVEL_LABEL[content.assessment.level];
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `sr-badge sr-level--${content.assessment.level}`;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', `${content.id}-popover`);
  button.setAttribute(
    'aria-label',
    `Supplier Radar: ${content.caption ? `${content.caption} ` : ''}${level}. Show why`,
  );
  const dot = doc.createElement('span');
  dot.className = 'sr-badge__dot';
  dot.setAttribute('aria-hidden', 'true');
  button.append(dot, content.caption ? `${content.caption}: ${level}` : level);
  const mark = buyerMarkText(content.assessment.buyer);
  if (mark) {
    const tag = doc.createElement('span');
    tag.className = 'sr-badge__mine';
    tag.textContent = mark;
    button.append(tag);
    button.setAttribute('aria-label', `${button.getAttribute('aria-label') ?? ''}. ${mark}`);
  }
  shadow.append(button);
  wirePanel(shadow, button, content);
}

/** What the buyer said of this supplier, in a word on the badge: verified by them, or shortlisted. */
function buyerMarkText(mark: BuyerMark | undefined): string | null {
  if (mark?.verifiedAt != null) return '✓ Verified by you';
  if (mark?.status) return '★ Shortlisted';
  return null;
}

/** The panel's container, made on first open: most badges are never opened. */
function createPopover(shadow: ShadowRoot, id: string): HTMLElement {
  const popover = shadow.ownerDocument.createElement('div');
  popover.id = id;
  popover.className = SUPPORTS_POPOVER ? 'sr-popover' : 'sr-popover sr-popover--inline';
  if (SUPPORTS_POPOVER) popover.setAttribute('popover', 'auto');
  shadow.append(popover);
  return popover;
}

function wirePanel(shadow: ShadowRoot, button: HTMLButtonElement, content: BadgeContent): void {
  let popover: HTMLElement | null = null;
  let open = false;
  let stopFollowing = () => {};
  // Light dismiss closes the popover on pointerdown, before the click: remember whether it was open.
  let openAtPointerDown: boolean | null = null;

  const show = async () => {
    const renderPanel = await loadPanelRenderer();
    if (!popover) {
      popover = createPopover(shadow, `${content.id}-popover`);
      popover.addEventListener('toggle', (event) => {
        if ((event as ToggleEvent).newState === 'closed') closed();
      });
    }
    open = true;
    button.setAttribute('aria-expanded', 'true');
    renderPanel(popover, {
      id: content.id,
      assessment: content.assessment,
      subject: content.subject,
      onClose: () => hide(true),
      onSave: content.save,
    });
    if (SUPPORTS_POPOVER) popover.showPopover();
    else popover.hidden = false;
    // Placed after rendering, so the panel's real height decides above or below.
    placePanel(popover, button.getBoundingClientRect());
    stopFollowing();
    if (SUPPORTS_POPOVER) stopFollowing = followAnchor(popover, button);
  };
  const hide = (refocus: boolean) => {
    if (SUPPORTS_POPOVER && popover?.matches(':popover-open')) popover.hidePopover();
    closed();
    if (refocus) button.focus();
  };
  const closed = () => {
    if (!open || !popover) return;
    open = false;
    stopFollowing();
    popover.hidden = !SUPPORTS_POPOVER;
    button.setAttribute('aria-expanded', 'false');
    void loadPanelRenderer().then((renderPanel) => popover && renderPanel(popover, null));
  };

  button.addEventListener('pointerdown', () => (openAtPointerDown = open));
  button.addEventListener('click', () => {
    const wasOpen = openAtPointerDown ?? open;
    openAtPointerDown = null;
    if (wasOpen) hide(false);
    else show().catch((error: unknown) => console.warn('[Supplier Radar]', error));
  });
}
