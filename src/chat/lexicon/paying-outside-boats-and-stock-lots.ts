import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 65 (fishing gear and boat parts for cooperatives and marine shops in
 * Southeast Asia, West Africa, the Andes and the Nordics; used goods and stock lots for small importers in Africa, the
 * Middle East, South Asia and Latin America): cash to an agent in Indonesian, a hawaladar, a friend's exchange office in
 * Arabic, a brother's account in Levantine Arabizi, "no need for Trade Assurance" and "our bank" in Swahili. Part of
 * MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_BOATS_AND_STOCK_LOTS: readonly Cue[] = [
  cue(
    'cash',
    // Indonesian "sisa 70% bayar ke saya tunai aja pas barang datang" (pay me the rest in cash when the goods come).
    '\\bbayar\\s+(?:ke\\s+saya\\s+)?tunai\\b|\\btunai\\s+(?:aja|saja)\\b',
    { anchors: ['tunai'] },
  ),
  cue(
    'a money transfer service',
    // "For Afghanistan we use hawaladar in Kabul, you give afghani to him"; Arabic "عن طريق الحوالة لمكتب صاحبي في دبي" (by
    // transfer to my friend's office in Dubai).
    '\\bhawaladars?\\b|لمكتب\\s+صاحبي|لحساب\\s+صاحبي',
    { anchors: ['hawaladar', 'لمكتب صاحبي', 'لحساب صاحبي'] },
  ),
  cue(
    'a personal account',
    // Levantine Arabizi "lazem tdfa3 el 30% el yom 3a account a5oui" (to my brother's account; "a5oui" is read "asoui").
    '\\b(?:account\\s+asoui|account\\s+akhoui|account\\s+akhouya|account\\s+asouya|account\\s+akhi)\\b',
    { anchors: ['account asoui', 'account akhoui', 'account akhouya', 'account asouya', 'account akhi'] },
  ),
  cue(
    'paying directly, outside the order',
    // Swahili "hakuna haja ya kutumia Trade Assurance rafiki, tuma tu kwenye benki yetu moja kwa moja" (no need to use Trade
    // Assurance, just send to our bank directly).
    '\\bhakuna\\s+haja\\s+ya\\s+(?:kutumia\\s+)?(?:trade\\s+assurance|alibaba)\\b|\\bkwenye\\s+benki\\s+yetu\\b',
    { anchors: ['hakuna haja', 'benki yetu'], instruction: true },
  ),
];
