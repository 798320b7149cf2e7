import type { Cue } from './cue';
import { PAYING_OUTSIDE_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK } from './paying-outside-ukrainian-romanian-hebrew-greek';
import { PAYING_OUTSIDE_IN_PERSIAN_BENGALI_TAGALOG } from './paying-outside-persian-bengali-tagalog';
import { PAYING_OUTSIDE_IN_NIGERIAN_PIDGIN } from './paying-outside-nigerian-pidgin';
import { PAYING_OUTSIDE_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI } from './paying-outside-serbian-croatian-amharic-nepali';
import { PAYING_OUTSIDE_IN_CZECH_HUNGARIAN_SWEDISH } from './paying-outside-czech-hungarian-swedish';
import { PAYING_OUTSIDE_IN_THAI_ARABIC_URDU } from './paying-outside-thai-arabic-urdu';
import { PAYING_OUTSIDE_IN_SWAHILI_DUTCH_MALAY } from './paying-outside-swahili-dutch-malay';
import { PAYING_OUTSIDE_IN_KAZAKH_MONGOLIAN } from './paying-outside-kazakh-mongolian';
import { PAYING_OUTSIDE_IN_UZBEK_AZERBAIJANI_TAMIL } from './paying-outside-uzbek-azerbaijani-tamil';
import { PAYING_OUTSIDE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU } from './paying-outside-gujarati-marathi-punjabi-telugu';
import { PAYING_OUTSIDE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK } from './paying-outside-somali-hausa-bulgarian-slovak';
import { PAYING_OUTSIDE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE } from './paying-outside-sinhala-malayalam-kannada-burmese';
import { PAYING_OUTSIDE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN } from './paying-outside-khmer-lithuanian-latvian-albanian';
import { PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN } from './paying-outside-georgian-armenian-estonian-slovenian';
import { PAYING_OUTSIDE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO } from './paying-outside-afrikaans-macedonian-lao-pashto';
import { PAYING_OUTSIDE_IN_FINNISH_DANISH_NORWEGIAN } from './paying-outside-finnish-danish-norwegian';

/**
 * Asking to pay outside the order in the language groups each probe since probe 84 added, a file per group, in the
 * order they were added (Finnish, Danish and Norwegian last, as they always were). Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_IN_LANGUAGE_GROUPS: readonly Cue[] = [
  ...PAYING_OUTSIDE_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK,
  ...PAYING_OUTSIDE_IN_PERSIAN_BENGALI_TAGALOG,
  ...PAYING_OUTSIDE_IN_NIGERIAN_PIDGIN,
  ...PAYING_OUTSIDE_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI,
  ...PAYING_OUTSIDE_IN_CZECH_HUNGARIAN_SWEDISH,
  ...PAYING_OUTSIDE_IN_THAI_ARABIC_URDU,
  ...PAYING_OUTSIDE_IN_SWAHILI_DUTCH_MALAY,
  ...PAYING_OUTSIDE_IN_KAZAKH_MONGOLIAN,
  ...PAYING_OUTSIDE_IN_UZBEK_AZERBAIJANI_TAMIL,
  ...PAYING_OUTSIDE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU,
  ...PAYING_OUTSIDE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK,
  ...PAYING_OUTSIDE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE,
  ...PAYING_OUTSIDE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN,
  ...PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN,
  ...PAYING_OUTSIDE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO,
  ...PAYING_OUTSIDE_IN_FINNISH_DANISH_NORWEGIAN,
];
