import { cue, type Cue } from './cue';

/** The spans a reservation is said to hold for: "until 5pm only", "only until tonight". */
const FOR_YOU_UNTIL = [
  'for you until',
  'for u until',
  'for you till',
  'for u till',
  'for you only until',
  'for u only until',
];

/**
 * A loss said to follow if the buyer doesn't pay or confirm soon, in the wordings of probe 64: stock "reserved for you
 * only until tonight", an answer wanted "in 30 min … or no stock", an offer closed "within today", paying today "because
 * bank close for holiday", storage charged by the day from tomorrow, and deadlines in Afrikaans, French, Swedish and
 * Vietnamese. Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_FURNITURE_AND_CHIPS: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    // "Reel of 3000 pcs reserved for u until 5pm only", "the 20 chairs reserved for you only until tonight".
    `\\b(?:reserved|held|hold|holding|keep|keeping)\\s+(?:\\S+\\s+){0,2}?(?:${FOR_YOU_UNTIL.map((words) => words.replaceAll(' ', '\\s+')).join('|')})\\s+(?:tonight|today|\\d{1,2}\\s*(?:[ap]\\.?m\\b|:\\d\\d)\\s*only)` +
      // "The broker who hold the stock want answer in 30 min, 4.2 USD only now, later 6.5 or no stock."
      '|\\b(?:answer\\s+in|answer\\s+within|reply\\s+in|reply\\s+within|decision\\s+in|decision\\s+within)\\s+\\d+\\s*(?:min(?:ute)?s?|hours?|hrs?)\\b(?=[^]{0,80}?\\bor\\s+no\\s+stock\\b)' +
      // "Must pay today because bank close for holiday tomorrow."
      '|\\bmust\\s+pay\\s+(?:\\S+\\s+){0,2}?today\\s+because\\b',
    {
      anchors: [
        ...FOR_YOU_UNTIL,
        'answer in',
        'answer within',
        'reply in',
        'reply within',
        'decision in',
        'decision within',
        'today because',
      ],
    },
  ),
  cue(
    'an offer that ends today',
    // "Reply on telegram within today or my manager close this offer"; French "Dernier jour pour le prix promo … demain le prix
    // remonte".
    '\\bwithin\\s+today\\s+or\\b[^.!?]{0,40}?\\bclose\\w*\\s+(?:this|the)\\s+(?:offer|deal|price)\\b|\\bdernier\\s+jour\\s+pour\\b|\\bdemain\\s+le\\s+prix\\s+(?:remonte|augmente)\\b',
    { anchors: ['within today or', 'dernier jour pour', 'demain le prix'] },
  ),
  cue(
    'a fine by the day',
    // "We will charge warehouse storage USD 30 per day from tomorrow if you don't arrange pickup."
    '\\b(?:charge\\s+warehouse|charge\\s+storage|charge\\s+demurrage)\\b[^.!?]{0,40}?\\b(?:per|a|each)\\s+day\\s+from\\s+(?:tomorrow|today)\\b',
    { anchors: ['charge warehouse', 'charge storage', 'charge demurrage'] },
  ),
  cue(
    'another buyer waiting',
    // Swedish "om ni inte bekräftar ordern idag säljer vi de 2 rullarna till en annan kund" (we sell them to another customer).
    '\\bs[äa]ljer\\s+vi\\s+(?:\\S+\\s+){0,4}?till\\s+en\\s+annan\\s+kund\\b',
    { anchors: ['en annan kund'] },
  ),
  cue(
    'a deadline to pay',
    // Afrikaans "die doeanegeld moet vandag betaal word … anders word die houer teruggestuur" (today, otherwise the container is
    // sent back); Vietnamese "thanh toán … trong hôm nay để kịp tàu" (within today to catch the ship).
    '\\bvandag\\s+betaal\\b(?:[^.!?]|[.?](?=\\S)){0,60}?\\banders\\b|(?:trong\\s+hôm\\s+nay|trong\\s+hom\\s+nay)\\s+(?:để|de)\\s+(?:kịp|kip)\\b',
    { anchors: ['vandag betaal', 'trong hôm nay', 'trong hom nay'] },
  ),
];
