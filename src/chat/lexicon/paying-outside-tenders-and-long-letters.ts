import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 72 (tenders, donors' deadlines and "facilitation fees" for NGOs,
 * hospitals and contractors in East, Central and West Africa, Madagascar, Sudan and Haiti): the region's mobile money
 * (MVola, Mixx by Yas and Tigo Pesa, Sudan's بنكك), cash in French ("en espèces") and through a money changer,
 * "pas besoin de passer par Alibaba", Sudanese "الدفع برا علي بابا" (paying outside Alibaba), a manager's Airtel Money
 * in Kinyarwanda. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_TENDERS_AND_LONG_LETTERS: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    '\\bmvola\\b|\\bmixx\\s+by\\s+yas\\b|\\btigo\\s+pesa\\b|بنكك|\\bbankak\\b|\\bairtel\\s+money\\s+ya\\s+(?:manager|umuyobozi|boss)\\b',
    { needsPaymentTalk: true, anchors: ['mvola', 'mixx', 'tigo pesa', 'بنكك', 'bankak', 'airtel money ya'] },
  ),
  cue('cash', '\\ben\\s+esp[èe]ces\\b|\\bmoney\\s+changer\\b|\\bin\\s+cash\\s+through\\b', {
    anchors: ['en esp', 'money changer', 'in cash through'],
  }),
  cue(
    'paying directly, outside the order',
    '\\bpas\\s+besoin\\s+de\\s+passer\\s+par\\s+alibaba\\b|برا\\s+علي\\s?بابا',
    { instruction: true, anchors: ['pas besoin de passer', 'برا علي'] },
  ),
];
