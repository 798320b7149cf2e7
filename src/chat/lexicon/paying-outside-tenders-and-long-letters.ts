import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 72 (tenders, donors' deadlines and "facilitation fees" for NGOs,
 * hospitals and contractors in East, Central and West Africa, Madagascar, Sudan and Haiti): the region's mobile money
 * (MVola, Mixx by Yas and Tigo Pesa, Sudan's بنكك), cash in French ("en espèces") and through a money changer,
 * "pas besoin de passer par Alibaba", Sudanese "الدفع برا علي بابا" (paying outside Alibaba), a manager's Airtel Money
 * in Kinyarwanda; and in long letters that turn risky in one sentence, "thru Wise to our Hong Kong office", "the Alibaba
 * order we can close later", Hinglish "Alibaba pe mat karna", "agent … ke account mein". Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_TENDERS_AND_LONG_LETTERS: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    '\\bmvola\\b|\\bmixx\\s+by\\s+yas\\b|\\btigo\\s+pesa\\b|بنكك(?![\\p{L}])|\\bbankak\\b|\\bairtel\\s+money\\s+ya\\s+(?:manager|umuyobozi|boss)\\b',
    { needsPaymentTalk: true, anchors: ['mvola', 'mixx', 'tigo pesa', 'بنكك', 'bankak', 'airtel money ya'] },
  ),
  cue(
    "someone else's account",
    // Hinglish "hamare Mumbai agent Mr. Suresh ke account mein" (into our Mumbai agent's account).
    '\\b(?:agent|manager|boss|bhai|bhaiya)\\s+(?:\\S+\\s+){0,3}?ke\\s+account\\s+(?:mein|me|mai)\\b',
    { anchors: ['ke account'] },
  ),
  cue('cash', '\\ben\\s+esp[èe]ces\\b|\\bmoney\\s+changer\\b|\\bin\\s+cash\\s+through\\b', {
    anchors: ['en esp', 'money changer', 'in cash through'],
  }),
  cue(
    'paying directly, outside the order',
    '\\bpas\\s+besoin\\s+de\\s+passer\\s+par\\s+alibaba\\b|برا\\s+علي\\s?بابا|\\b(?:thru|through|via|by)\\s+wise\\s+to\\s+(?:our|my)\\b' +
      '|\\balibaba\\s+order\\s+(?:we\\s+|you\\s+)?can\\s+(?:close|cancel)\\s+later\\b|\\balibaba\\s+pe\\s+mat\\s+(?:karna|karo|kijiye|bhejna)\\b',
    {
      instruction: true,
      anchors: ['pas besoin de passer', 'برا علي', 'wise to', 'alibaba order', 'alibaba pe mat'],
    },
  ),
];
