import { DEADLINE_AT_AN_HOUR, DEADLINE_IN_HOURS, PRESSURE } from '../lexicon/pressure';
import {
  DEADLINE_STAKES,
  DONE_IN_THAT_TIME,
  PROMISE_BEFORE,
  THE_ORDER_EXPIRES,
} from '../lexicon/pressure-context';
import { firstHit, type Hit, type MessageView } from '../message-view';

/** Urgency, scarcity, threats or secrecy used to rush the buyer. Refusals don't apply: "don't tell Alibaba" is the cue. */
export function pressure(view: MessageView): Hit | null {
  let stakes: boolean | undefined; // looked for only once a deadline in hours matched: most messages have none
  return firstHit(view, PRESSURE, (start, _end, cue) => {
    if (cue !== DEADLINE_IN_HOURS && cue !== DEADLINE_AT_AN_HOUR) return true;
    const before = view.letters.slice(Math.max(0, start - 80), start);
    // "We will send the price list by 5pm": the supplier's own timing.
    if (cue === DEADLINE_AT_AN_HOUR) return !PROMISE_BEFORE.test(before);
    if (!(stakes ??= DEADLINE_STAKES.test(view.letters))) return false;
    return !PROMISE_BEFORE.test(before) && !DONE_IN_THAT_TIME.test(before) && !THE_ORDER_EXPIRES.test(before);
  });
}
