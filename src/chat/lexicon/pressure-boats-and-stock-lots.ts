import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay or confirm soon, in the wordings of probe 65: space or stock that "will
 * go to other client", a lot "reserved until 10pm only", "will be gone today", "you will lose your chance", "must pay …
 * today, … can not wait"; fees by the day in Tagalog and French, French "sinon je ne garantis rien", Turkish "Iraklı
 * müşteriye veriyoruz", Arabic "زبون … ينتظر" and Levantine Arabizi "zboun tani" (another customer). Part of
 * MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_BOATS_AND_STOCK_LOTS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    '\\b(?:space|slot|stock|goods|lot)\\s+(?:\\S+\\s+){0,4}?will\\s+go\\s+to\\s+(?:an?\\s+)?(?:other|another)\\s+(?:client|buyer|customer)s?\\b' +
      '|(?<![\\p{L}])(?:müşteriye|musteriye)\\s+(?:veriyoruz|vereceğiz|verecegiz|satıyoruz|satiyoruz)(?![\\p{L}])' +
      '|زبون\\s+(?:\\S+\\s+){0,3}?ينتظر|\\bzboun\\s+(?:tani|tany|ta2ni|tasni)\\b',
    { anchors: ['will go to', 'müşteriye', 'musteriye', 'زبون', 'zboun'] },
  ),
  cue(
    'a deadline with a penalty',
    '\\b(?:reserved\\s+until|reserved\\s+till)\\s+\\d{1,2}\\s*(?:[ap]\\.?m\\b|:\\d\\d)?\\s*only\\b|\\bwill\\s+be\\s+gone\\s+(?:today|tonight|tomorrow)\\b' +
      '|\\b(?:you\\s+will\\s+lose\\s+your\\s+chance|you\\s+lose\\s+your\\s+chance)\\b' +
      "|\\bmust\\s+pay\\s+(?:\\S+\\s+){0,8}?today\\b(?=[^.!?]{0,40}?\\b(?:can\\s*not\\s+wait|cannot\\s+wait|can't\\s+wait)\\b)" +
      '|\\b(?:sinon\\s+je|sinon\\s+on|sinon\\s+nous)\\s+ne\\s+(?:garantis|garantit|garantissons|peux|peut|pouvons)\\s+(?:rien|plus)\\b' +
      '|\\bsinon\\s+(?:la\\s+marchandise|le\\s+conteneur|les\\s+marchandises)\\b',
    { anchors: ['reserved until', 'reserved till', 'will be gone', 'lose your chance', 'must pay', 'sinon'] },
  ),
  cue(
    'a fine by the day',
    // Tagalog "storage fee … 3,200 pesos kada araw"; French "stockage au port de Dakar: 25 000 FCFA par jour".
    '\\b\\d[\\d,.]*\\s*(?:pesos|php|₱)\\s+kada\\s+araw\\b' +
      '|\\b(?:stockage|magasinage|surestaries?|p[ée]nalit[ée]s?)\\b[^.!?]{0,40}?\\d[\\d\\s,.]*\\s?(?:fcfa|cfa|xaf|xof|€|eur|euros?|\\$|usd|dollars?)\\s+par\\s+jour\\b',
    { anchors: ['kada araw', 'par jour'] },
  ),
];
