import type { Cue } from './cue';
import { CHANGES_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK } from './details-change-ukrainian-romanian-hebrew-greek';
import { CHANGES_IN_PERSIAN_BENGALI_TAGALOG } from './details-change-persian-bengali-tagalog';
import { CHANGES_IN_NIGERIAN_PIDGIN } from './details-change-nigerian-pidgin';
import { CHANGES_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI } from './details-change-serbian-croatian-amharic-nepali';
import { CHANGES_IN_CZECH_HUNGARIAN_SWEDISH } from './details-change-czech-hungarian-swedish';
import { CHANGES_IN_THAI_ARABIC_URDU } from './details-change-thai-arabic-urdu';
import { CHANGES_IN_SWAHILI_DUTCH_MALAY } from './details-change-swahili-dutch-malay';
import { CHANGES_IN_KAZAKH_MONGOLIAN } from './details-change-kazakh-mongolian';
import { CHANGES_IN_UZBEK_AZERBAIJANI_TAMIL } from './details-change-uzbek-azerbaijani-tamil';
import { CHANGES_IN_GUJARATI_MARATHI_PUNJABI_TELUGU } from './details-change-gujarati-marathi-punjabi-telugu';
import { CHANGES_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK } from './details-change-somali-hausa-bulgarian-slovak';
import { CHANGES_IN_SINHALA_MALAYALAM_KANNADA_BURMESE } from './details-change-sinhala-malayalam-kannada-burmese';
import { CHANGES_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN } from './details-change-khmer-lithuanian-latvian-albanian';
import { CHANGES_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN } from './details-change-georgian-armenian-estonian-slovenian';
import { CHANGES_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO } from './details-change-afrikaans-macedonian-lao-pashto';
import { CHANGES_IN_FINNISH_DANISH_NORWEGIAN } from './details-change-finnish-danish-norwegian';

/**
 * A new or changed receiving account in the language groups each probe since probe 84 added, a file per group, in the
 * order they were added (Finnish, Danish and Norwegian last, as they always were). Part of OTHER_ACCOUNTS.
 */
export const CHANGES_IN_LANGUAGE_GROUPS: readonly Cue[] = [
  ...CHANGES_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK,
  ...CHANGES_IN_PERSIAN_BENGALI_TAGALOG,
  ...CHANGES_IN_NIGERIAN_PIDGIN,
  ...CHANGES_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI,
  ...CHANGES_IN_CZECH_HUNGARIAN_SWEDISH,
  ...CHANGES_IN_THAI_ARABIC_URDU,
  ...CHANGES_IN_SWAHILI_DUTCH_MALAY,
  ...CHANGES_IN_KAZAKH_MONGOLIAN,
  ...CHANGES_IN_UZBEK_AZERBAIJANI_TAMIL,
  ...CHANGES_IN_GUJARATI_MARATHI_PUNJABI_TELUGU,
  ...CHANGES_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK,
  ...CHANGES_IN_SINHALA_MALAYALAM_KANNADA_BURMESE,
  ...CHANGES_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN,
  ...CHANGES_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN,
  ...CHANGES_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO,
  ...CHANGES_IN_FINNISH_DANISH_NORWEGIAN,
];
