import { DEADLINE_STAKES, PRESSURE } from '../lexicon/pressure';
import { firstHit, type Hit, type MessageView } from '../message-view';

/** Urgency, scarcity, threats or secrecy used to rush the buyer. Refusals don't apply: "don't tell Alibaba" is the cue. */
export function pressure(view: MessageView): Hit | null {
  const stakes = DEADLINE_STAKES.test(view.letters);
  return firstHit(view, PRESSURE, (_start, _end, cue) => stakes || cue.label !== 'a deadline in hours');
}
