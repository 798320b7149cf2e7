import type { ChatContext } from '../context';
import { differsFromSupplier, looksLikePerson } from '../beneficiary';
import { DETAILS_CHANGE } from '../lexicon/details-change';
import { BANK_HOLIDAY, CLOSED } from '../lexicon/details-change-context';
import { firstHit, type Hit, type MessageView } from '../message-view';
import { isRefused, sentenceAround } from '../negation';

/** Someone else's account, a buyer's, or the platform's, never counts as the supplier's receiving account. */
const NOT_THE_SUPPLIERS = /\b(?:your|buyer|alibaba|login|e-?mail|whats\s?app|wechat|paypal)\s+(?:\w+\s+)?$/u;
const SAID_NOT = /\bnot\b|n't\b|\bnever\b/u;

/** A new or changed receiving account, beneficiary, bank or bank country, and the pretexts for one. */
export function paymentDetailsChange(view: MessageView, context: ChatContext): Hit | null {
  const said = firstHit(view, DETAILS_CHANGE, (start, end, cue) => {
    const before = view.letters.slice(Math.max(0, start - 24), start);
    if (NOT_THE_SUPPLIERS.test(before) || isRefused(view.letters, start)) return false;
    if (cue.deniable && SAID_NOT.test(view.letters.slice(start, end))) return false;
    const closedForHoliday =
      CLOSED.test(view.letters.slice(start, end)) &&
      BANK_HOLIDAY.test(sentenceAround(view.letters, start).text);
    return !closedForHoliday;
  });
  if (said) return said;
  const beneficiary = view.beneficiary;
  if (!beneficiary || isRefused(view.text, beneficiary.index)) return null;
  const { name, index, end } = beneficiary;
  if (beneficiary.announcedAsNew) return { label: 'a new beneficiary', start: index, end };
  if (looksLikePerson(name)) return { label: 'a person as the beneficiary', start: index, end };
  if (differsFromSupplier(name, context))
    return { label: "a beneficiary that isn't the supplier", start: index, end };
  return null;
}
