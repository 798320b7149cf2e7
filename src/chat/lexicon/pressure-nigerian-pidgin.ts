import { cue, type Cue } from './cue';

/** A loss in Pidgin's future ("go" is "will"): the price rises, the goods are sold or auctioned, the order is cancelled. */
const LOSSES: readonly string[] = [
  'go increase',
  'go rise',
  'go cancel',
  'go sell',
  'go carry',
  'go collect',
  'go buy',
  'go book',
  'go start',
  'go enter auction',
  'go auction',
  'go waste',
  'go lost',
  'go lose',
  'go forfeit',
  'go expire',
  'go comot',
  'go return',
];
const A_LOSS = `(?<!\\bno\\s)(?<!\\bnor\\s)(?:${LOSSES.map((loss) => loss.replaceAll(' ', '\\s+')).join('|')})\\b`;
/** Not paying, as Pidgin says it: "if you no pay", "if una no send the balance", "if money no enter". */
const IF_NOT_PAID =
  '\\bif\\s+(?:the\\s+|di\\s+)?(?:you|u|una|money|payment|balance)\\s+no\\s+(?:pay|send|transfer|enter|land|clear|balance|make\\s+payment)\\b';

/**
 * Pressure to pay in Nigerian Pidgin, as probe 85's chats put it: "if you no pay before Friday, another customer go carry
 * the goods", "price go increase if you no pay this week", "pay sharp sharp or container go enter auction", "na your
 * last chance be this". Part of pressure-offers-ending-more.ts's list.
 */
export const PRESSURE_IN_NIGERIAN_PIDGIN: readonly Cue[] = [
  cue(
    'a deadline to pay, and a loss if it is missed',
    // The condition, then the loss; or the loss, then the condition. Not told as what someone else says ("tell you say
    // if you no pay …"), nor "if you no pay before Friday, no wahala, we go hold am".
    `(?<!\\bsay\\s)${IF_NOT_PAID}[^.!?\\n]{0,80}?${A_LOSS}|${A_LOSS}[^.!?\\n]{0,60}?${IF_NOT_PAID}`,
    { anchors: LOSSES },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // "Pay sharp sharp, or container go enter auction", "send the balance today or else we go sell am".
    `\\b(?:pay|send|transfer|balance)\\b[^.!?\\n]{0,60}?\\b(?:or|otherwise)\\s+(?:\\S+\\s+){0,4}?${A_LOSS}`,
    { anchors: LOSSES },
  ),
  cue(
    'a last chance',
    // "Na your last chance be this o", "this na last chance"; not "no be last chance", "na last chance wey I get".
    '\\blast\\s+chance\\s+be\\s+(?:this|dis|am|today)\\b|(?<!\\bno\\s)\\bna\\s+(?:your\\s+|una\\s+|the\\s+)?last\\s+chance\\b(?!\\s+(?:i|we|wey)\\b)',
    { anchors: ['last chance'] },
  ),
];
