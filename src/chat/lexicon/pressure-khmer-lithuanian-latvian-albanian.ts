import { cue, inMessageWith, type Cue } from './cue';

/**
 * What is lost if the buyer waits. Khmer "ឡើងថ្លៃ" / "តម្លៃឡើង" (the price goes up), "បាត់ប្រាក់" (the money is
 * lost), "ត្រឡប់ទៅចិនវិញ" (sent back to China), "ភ្ញៀវផ្សេង" (another customer), "រង់ចាំ container ក្រោយ" (wait for the
 * next container); Lithuanian "kaina nebegalios / kils", "kitas pirkėjas", "kitaip"; Latvian "citādi", "cena
 * pieaugs", "nākamais kuģis"; Albanian "përndryshe", "humbasim vendin", "çmimi rritet", "tarifë magazinimi".
 */
const STAKES =
  'ឡើងថ្លៃ|តម្លៃឡើង|ថ្លៃឡើង|បាត់ប្រាក់|ត្រឡប់ទៅ|ភ្ញៀវផ្សេង|អ្នកទិញផ្សេង|container\\s*ក្រោយ|ថ្លៃឃ្លាំង|បើមិនអញ្ចឹង' +
  '|(?<![\\p{L}])(?:kaina\\s+(?:\\S+\\s+)?(?:nebegalios|kils|pakils|i[šs]augs|pasikeis|kyla)|kit\\p{L}{0,2}\\s+(?:pirk[ėe]j\\p{L}*|klient\\p{L}*)|kitaip|prie[šs]ingu\\s+atveju|prarasite|sand[ėe]liavim\\p{L}*' +
  '|cit[āa]di|pret[ēe]j[āa]\\s+gad[īi]jum[āa]|cena\\s+(?:\\S+\\s+)?(?:pieaugs|celsies|main[īi]sies)|n[āa]kam\\p{L}*\\s+ku[ģg]is|cits\\s+klients|cits\\s+pirc[ēe]js|zaud[ēe]siet|uzglab[āa]šan\\p{L}*|uzglabasan\\p{L}*' +
  '|p[ëe]rndryshe|humbas\\p{L}*|humbisni|[çc]mimi\\s+(?:\\S+\\s+)?(?:rritet|ngrihet|do\\s+rritet)|klient\\s+tjet[ëe]r|magazinim\\p{L}*)(?![\\p{L}])';

/** Pressure to pay in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const PRESSURE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [
  cue(
    'a deadline to pay, or the price or the slot is lost',
    // Khmer "សូមផ្ទេរថ្ងៃនេះមុនម៉ោង 5" (transfer today before 5), "ត្រូវបង់ក្នុង 24 ម៉ោង" (pay within 24 hours),
    // "បើមិនបង់" (if it isn't paid) beside a day; Lithuanian "Prašau šiandien", "sumokėkite iki penktadienio"; Latvian
    // "Ja samaksāsiet šodien", "pārskaitiet līdz piektdienai"; Albanian "paguani deri nesër", "paguani sot": with what
    // is lost in the message, not an order's own payment window.
    '(?:(?:ផ្ទេរ|បង់)(?:ប្រាក់)?\\s*(?:ថ្ងៃនេះ|ក្នុង\\s*\\d+\\s*ម៉ោង|មុនម៉ោង|យប់នេះ|ល្ងាចនេះ)|បើមិន(?:ទាន់)?(?:បង់|ផ្ទេរ)' +
      '|(?<![\\p{L}])(?:pra[šs]au|pra[šs]ome|sumok[ėe]kite|sumokek|pervesk\\p{L}*|apmok[ėe]kite)\\s+(?:\\S+\\s+)?(?:[šs]iandien|iki\\s+\\S+|per\\s+\\d+\\s+val\\p{L}*)' +
      '|(?<![\\p{L}])(?:samaks[āa]siet|samaks[āa]jiet|p[āa]rskaitiet|apmaks[āa]jiet|l[ūu]dzu\\s+samaks\\p{L}*)\\s+(?:\\S+\\s+)?(?:[šs]odien|l[īi]dz\\s+\\S+|(?:\\d+\\s+)?stundu\\s+laik[āa])' +
      '|(?<![\\p{L}])(?:paguani|paguaj|p[ëe]rfundoni\\s+pages[ëe]n|d[ëe]rgoni|transferoni)\\s+(?:\\S+\\s+){0,2}?(?:sot|deri\\s+(?:nes[ëe]r|n[ëe]|ne|t[ëe])|brenda))' +
      inMessageWith(STAKES, 160),
    {
      anchors: [
        'ផ្ទេរ',
        'បង់',
        'បើមិន',
        'prašau',
        'prasau',
        'prašome',
        'prasome',
        'sumokėkite',
        'sumokek',
        'pervesk',
        'apmokėkite',
        'apmokekite',
        'samaksāsiet',
        'samaksasiet',
        'samaksājiet',
        'samaksajiet',
        'pārskaitiet',
        'parskaitiet',
        'apmaksājiet',
        'apmaksajiet',
        'lūdzu samaks',
        'ludzu samaks',
        'pagua',
        'pagesën',
        'pagesen',
        'dërgoni',
        'dergoni',
        'transferoni',
      ],
    },
  ),
];
