/** Our own chat cases by rule (see case.ts); each export is a list of cases. */
export type { ChatCase } from './case';
export { PAYMENT_CASES } from './payment';
export { CHANGE_CASES } from './change';
export { CONTACT_CASES } from './contact';
export { LINK_CASES } from './link';
export { PRESSURE_CASES } from './pressure';
export { KOREAN_CASES } from './languages-korean';
export { THAI_ARABIC_URDU_CASES } from './languages-thai-arabic-urdu';
export { SWAHILI_DUTCH_MALAY_CASES } from './languages-swahili-dutch-malay';
export { UKRAINIAN_ROMANIAN_HEBREW_GREEK_CASES } from './languages-ukrainian-romanian-hebrew-greek';
export { PERSIAN_BENGALI_TAGALOG_CASES } from './languages-persian-bengali-tagalog';
export { CZECH_HUNGARIAN_SWEDISH_CASES } from './languages-czech-hungarian-swedish';
export { SERBIAN_CROATIAN_AMHARIC_NEPALI_CASES } from './languages-serbian-croatian-amharic-nepali';
export { NIGERIAN_PIDGIN_CASES } from './languages-nigerian-pidgin';
export { KAZAKH_MONGOLIAN_CASES } from './languages-kazakh-mongolian';
export { UZBEK_AZERBAIJANI_TAMIL_CASES } from './languages-uzbek-azerbaijani-tamil';
export { FINNISH_DANISH_NORWEGIAN_CASES } from './languages-finnish-danish-norwegian';
