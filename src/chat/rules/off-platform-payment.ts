import { looksLikePerson } from '../beneficiary';
import { IN_THE_ORDER, PAYMENT_CHANNELS } from '../lexicon/payment';
import { firstHit, hitAt, type Hit, type MessageView } from '../message-view';
import { isRefused, sentenceAround } from '../negation';
import { isPaymentLink } from './suspicious-link';

/**
 * Paying outside the protected order: a channel with no buyer protection, a
 * personal account, "pay us directly", bank details or a payment page given
 * in the chat. A refusal ("we never accept Western Union") is not a request.
 */
export function offPlatformPayment(view: MessageView): Hit | null {
  const channel = firstHit(
    view,
    PAYMENT_CHANNELS,
    (start, _end, cue) =>
      !isRefused(view.letters, start) && !(cue.offeredInOrder && paidInTheOrder(view, start)),
  );
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

/** The sentence says the app is used in the Alibaba order ("PayPal through Alibaba checkout"), and not "not through Alibaba". */
function paidInTheOrder(view: MessageView, start: number): boolean {
  const sentence = sentenceAround(view.letters, start);
  const inOrder = IN_THE_ORDER.exec(sentence.text);
  return inOrder !== null && !isRefused(view.letters, sentence.start + inOrder.index);
}
