import { PAGE_SUPPLIER_KEY, type CardSlot } from '../sites/types';
import { badgeIn, isPending, mountBadge, mountPendingBadge, pendingBadges, settleBadge } from './badge-host';
import type { Assessment } from '../signals/assessment';
import type { SaveToShortlist } from '../ui/ShortlistControl';

/** A verdict the page session holds, with what it is about. */
export interface Judged {
  assessment: Assessment;
  /** Who the badge is about (the supplier's name). */
  subject: string | null;
  /** The offer's title, when the verdict is an offer's. */
  title: string | null;
  /** Saves the card's supplier (and offer) to the shortlist; absent when the page can't say who it is. */
  save?: SaveToShortlist | undefined;
}

/** Re-renders put a badge back; more than this many for one card means the page is fighting us. */
const MAX_MOUNTS_PER_CARD = 20;

/** What the page session knows of a card's key: its verdict, or that one is on its way. */
export interface Verdicts {
  get(key: string): Judged | undefined;
  isPending(key: string): boolean;
}

/**
 * The badges on one page's cards: a verdict badge where there is a verdict, a
 * "Checking…" mark where one is on its way, each card at most once, and a
 * bounded number of re-mounts when the page keeps re-rendering a card.
 */
export class CardBadges {
  /** How often each card's badge was mounted (re-renders remove it). */
  private readonly mounts = new Map<string, number>();

  constructor(
    private readonly doc: Document,
    private readonly verdicts: Verdicts,
  ) {}

  /** Badges every card in `slots` whose verdict is known or on its way; returns the cards nobody has asked about. */
  place(slots: CardSlot[]): CardSlot[] {
    const unknown: CardSlot[] = [];
    for (const slot of slots) {
      const host = badgeIn(slot.anchor);
      const judged = this.verdicts.get(slot.key);
      if (host) {
        if (judged && isPending(host)) settleBadge(host, judged.assessment, judged.subject, judged.save);
      } else if (judged) this.mountOnce(slot, judged);
      else if (this.verdicts.isPending(slot.key)) this.mountOnce(slot, null);
      else if (slot.key !== PAGE_SUPPLIER_KEY) unknown.push(slot);
    }
    return unknown;
  }

  /** A "Checking…" mark on a card whose verdict has just been asked for. */
  mark(slot: CardSlot): void {
    this.mountOnce(slot, null);
  }

  /** Marks get their verdict; those without one (the background failed) go, to be tried again. */
  settle(): void {
    for (const host of pendingBadges(this.doc)) {
      const key = host.getAttribute('data-key') ?? '';
      if (this.verdicts.isPending(key)) continue;
      const judged = this.verdicts.get(key);
      if (judged) settleBadge(host, judged.assessment, judged.subject, judged.save);
      else host.remove();
    }
  }

  /**
   * Mounts a card's badge (a mark when there is no verdict yet), and again when
   * the page re-renders the card; but a page that removes every badge as soon as
   * it appears would have us re-adding forever, so each card gets a bounded number of mounts.
   */
  private mountOnce(slot: CardSlot, judged: Judged | null): void {
    const mounts = this.mounts.get(slot.key) ?? 0;
    if (mounts >= MAX_MOUNTS_PER_CARD) return;
    this.mounts.set(slot.key, mounts + 1);
    if (judged) mountBadge(slot.anchor, slot.key, judged.assessment, judged.subject, undefined, judged.save);
    else mountPendingBadge(slot.anchor, slot.key);
  }
}
