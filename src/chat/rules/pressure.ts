import { DEADLINE_IN_HOURS, DEADLINE_STAKES, PRESSURE, PROMISE_BEFORE } from '../lexicon/pressure';
import { firstHit, type Hit, type MessageView } from '../message-view';

/** Urgency, scarcity, threats or secrecy used to rush the buyer. Refusals don't apply: "don't tell Alibaba" is the cue. */
export function pressure(view: MessageView): Hit | null {
  let stakes: boolean | undefined; // looked for only once a deadline in hours matched: most messages have none
  return firstHit(
    view,
    PRESSURE,
    (start, _end, cue) =>
      cue !== DEADLINE_IN_HOURS ||
      ((stakes ??= DEADLINE_STAKES.test(view.letters)) &&
        !PROMISE_BEFORE.test(view.letters.slice(Math.max(0, start - 60), start))),
  );
}
