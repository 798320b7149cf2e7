import { looksLikePerson } from '../beneficiary';
import { PAYMENT_CHANNELS } from '../lexicon/payment';
import { firstHit, hitAt, type Hit, type MessageView } from '../message-view';
import { isRefused } from '../negation';
import { isPaymentLink } from './suspicious-link';

/**
 * Paying outside the protected order: a channel with no buyer protection, a
 * personal account, "pay us directly", bank details or a payment page given
 * in the chat. A refusal ("we never accept Western Union") is not a request.
 */
export function offPlatformPayment(view: MessageView): Hit | null {
  const channel = firstHit(view, PAYMENT_CHANNELS, (start) => !isRefused(view.letters, start));
  if (channel) return channel;
  const account = view.accounts.find((a) => !isRefused(view.text, a.index));
  if (account) return hitAt('bank account details given in the chat', account.index, account.text);
  const beneficiary = view.beneficiary;
  if (beneficiary && !isRefused(view.text, beneficiary.index)) {
    const label = looksLikePerson(beneficiary.name)
      ? "a person's account"
      : 'a beneficiary given in the chat';
    return { label, start: beneficiary.index, end: beneficiary.end };
  }
  const link = view.links.find((l) => isPaymentLink(view, l));
  return link ? hitAt('a payment page outside Alibaba.com', link.index, link.text) : null;
}
