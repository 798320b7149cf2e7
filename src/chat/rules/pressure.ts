import { PAY_IN_THE_ORDER } from '../lexicon/payment';
import { DEADLINE_AT_AN_HOUR, DEADLINE_IN_HOURS, PRESSURE } from '../lexicon/pressure';
import {
  DEADLINE_STAKES,
  DONE_IN_THAT_TIME,
  NO_RUSH_TO_PAY,
  PROMISE_BEFORE,
  THE_ORDER_EXPIRES,
} from '../lexicon/pressure-context';
import { DEADLINES_WITH_A_LOSS } from '../lexicon/pressure-deadline-loss';
import { ACCOUNT_THREATS } from '../lexicon/pressure-account-threats';
import { firstHit, type Hit, type MessageView } from '../message-view';
import { isCueRefused } from '../negation';
import { isInAWarning } from '../warning';

/** Paying in the order (PAY_IN_THE_ORDER) right before a cut-off time: "if the order is paid in Alibaba before 4pm". */
const PAID_IN_THE_ORDER_BEFORE = new RegExp(`(?:${PAY_IN_THE_ORDER.source})(?:\\s+order)?\\s+$`, 'u');

/** An opening quote right before the words: they are someone else's, quoted. */
const QUOTE_BEFORE = /["“‘'「«]\s?$/u;

/**
 * Urgency, scarcity, threats or secrecy used to rush the buyer. Refusals don't apply: "don't tell Alibaba" is the cue.
 * Except to the threats of ACCOUNT_THREATS (the buyer's account or order, the chat, contact lost, a link's "or it is
 * cancelled"), which a warning names: "Alibaba ne dit jamais que votre compte sera suspendu".
 */
export function pressure(view: MessageView): Hit | null {
  let stakes: boolean | undefined; // looked for only once a deadline in hours matched: most messages have none
  let noRush: boolean | undefined; // looked for once, at the first cue that matched
  return firstHit(view, PRESSURE, (start, _end, cue) => {
    if (ACCOUNT_THREATS.includes(cue)) return !isCueRefused(view.letters, start, cue);
    // Words quoted back in a warning: 'the "urgent payment" email you got is phishing'.
    if (
      QUOTE_BEFORE.test(view.letters.slice(Math.max(0, start - 2), start)) &&
      isInAWarning(view.letters, start)
    )
      return false;
    // A message that says paying can wait isn't rushing a payment, wherever its deadline sits ("today is the last day
    // of the promotion, but if you miss it I keep the price"); a deadline with a loss needs nothing more.
    if ((noRush ??= NO_RUSH_TO_PAY.test(view.letters))) return false;
    const isDeadlineWithALoss = DEADLINES_WITH_A_LOSS.includes(cue);
    if (!isDeadlineWithALoss && cue !== DEADLINE_IN_HOURS && cue !== DEADLINE_AT_AN_HOUR) return true;
    const before = view.letters.slice(Math.max(0, start - 80), start);
    // "We will send a quotation in this chat within 24h": the supplier's own timing, whatever else the message holds.
    if (isDeadlineWithALoss) return !PROMISE_BEFORE.test(before);
    // "We will send the price list by 5pm": the supplier's own timing; "if the order is paid in Alibaba before 4pm": the
    // order's own cut-off.
    if (cue === DEADLINE_AT_AN_HOUR)
      return !PROMISE_BEFORE.test(before) && !PAID_IN_THE_ORDER_BEFORE.test(before);
    if (!(stakes ??= DEADLINE_STAKES.test(view.letters))) return false;
    return !PROMISE_BEFORE.test(before) && !DONE_IN_THAT_TIME.test(before) && !THE_ORDER_EXPIRES.test(before);
  });
}
