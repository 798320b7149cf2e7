import { GERMAN_TO_JAPANESE_REPLIES } from './thread-words-german-to-japanese';
import { KOREAN_REPLIES } from './thread-words-korean';
import { HEBREW_GREEK_REPLIES } from './thread-words-hebrew-greek';
import { UKRAINIAN_ROMANIAN_REPLIES } from './thread-words-ukrainian-romanian';
import { PERSIAN_BENGALI_TAGALOG_REPLIES } from './thread-words-persian-bengali-tagalog';
import { NIGERIAN_PIDGIN_REPLIES } from './thread-words-nigerian-pidgin';
import { SERBIAN_CROATIAN_AMHARIC_NEPALI_REPLIES } from './thread-words-serbian-croatian-amharic-nepali';
import { CZECH_HUNGARIAN_REPLIES } from './thread-words-czech-hungarian';
import { SWEDISH_REPLIES } from './thread-words-swedish';
import { FINNISH_DANISH_NORWEGIAN_REPLIES } from './thread-words-finnish-danish-norwegian';
import { SWAHILI_DUTCH_MALAY_REPLIES } from './thread-words-swahili-dutch-malay';
import { THAI_ARABIC_URDU_REPLIES } from './thread-words-thai-arabic-urdu';
import { KAZAKH_MONGOLIAN_REPLIES } from './thread-words-kazakh-mongolian';
import { UZBEK_AZERBAIJANI_TAMIL_REPLIES } from './thread-words-uzbek-azerbaijani-tamil';
import { SOMALI_HAUSA_BULGARIAN_SLOVAK_REPLIES } from './thread-words-somali-hausa-bulgarian-slovak';
import { GUJARATI_MARATHI_PUNJABI_TELUGU_REPLIES } from './thread-words-gujarati-marathi-punjabi-telugu';
import { KHMER_LITHUANIAN_LATVIAN_ALBANIAN_REPLIES } from './thread-words-khmer-lithuanian-latvian-albanian';
import { SINHALA_MALAYALAM_KANNADA_BURMESE_REPLIES } from './thread-words-sinhala-malayalam-kannada-burmese';
import { GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_REPLIES } from './thread-words-georgian-armenian-estonian-slovenian';
import { AFRIKAANS_MACEDONIAN_LAO_PASHTO_REPLIES } from './thread-words-afrikaans-macedonian-lao-pashto';
import { joinedWords, type ReplyWords } from './thread-words';

// The threads' words in the languages probes 82 to 89 added (German to Japanese; Korean; Thai, Arabic, Urdu; Swahili,
// Dutch, Malay; Ukrainian, Romanian, Hebrew, Greek; Persian, Bengali, Tagalog; Czech, Hungarian, Swedish; Serbian,
// Croatian, Amharic, Nepali; Nigerian Pidgin; Kazakh, Mongolian; Uzbek, Azerbaijani, Tamil; Finnish, Danish,
// Norwegian; Gujarati, Marathi, Punjabi, Telugu; Somali, Hausa, Bulgarian, Slovak; Khmer, Lithuanian, Latvian,
// Albanian; Sinhala, Malayalam, Kannada, Burmese; Georgian, Armenian, Estonian, Slovenian; Afrikaans, Macedonian, Lao,
// Pashto), one pack per file, each with every kind of reply the threads read. The threads join them to the lists they
// hold for the languages before (Spanish, Portuguese, French, Italian, Russian, Chinese, Arabic).

/** Every kind of reply the threads of src/chat/request-thread.ts read, in one pack's languages. */
export interface ThreadLanguagePack {
  /** Paying outside (payment-thread.ts): money sent or about to be. */
  paid: ReplyWords;
  /** Asking where or how to pay, or for the details. */
  asksWhere: ReplyWords;
  /** Pointing at the account already named ("the same one"), or at the proof of paying. */
  pointsAt: ReplyWords;
  /** A word of paying that makes an amount in a short reply a payment. */
  toPay: ReplyWords;
  /** Back to the protected order, or no: closes the thread. */
  backToTheOrder: ReplyWords;
  /** The supplier vouching for the way it asked ("all our customers pay like this"). */
  vouches: ReplyWords;
  /** A question that doubts the request (asked with "?"). */
  doubts: ReplyWords;
  /** Naming the platform or the order: the reply is about the order. */
  namesTheOrder: ReplyWords;
  /** Talking elsewhere (contact-thread.ts): added, written there, the ID asked again. */
  moved: ReplyWords;
  /** Back to the marketplace's chat, or no: closes the thread. */
  backToTheChat: ReplyWords;
  /** Naming the marketplace's chat ("here"). */
  namesTheChat: ReplyWords;
  /** A suspicious link (link-thread.ts): what the page takes (login, card, code) and its being given. */
  pageTakes: ReplyWords;
  /** Refusing what the page asks. */
  refusesThePage: ReplyWords;
  /** The buyer asking why (buyers-own-message.ts): a why-question is doubt, not a request. */
  asksWhy: ReplyWords;
}

/** The talk moved, a suspicious link and the buyer's why: the kinds a pack's second file may hold. */
export type ContactAndLinkReplies = Pick<
  ThreadLanguagePack,
  'moved' | 'backToTheChat' | 'namesTheChat' | 'pageTakes' | 'refusesThePage' | 'asksWhy'
>;

const PACKS: readonly ThreadLanguagePack[] = [
  GERMAN_TO_JAPANESE_REPLIES,
  KOREAN_REPLIES,
  THAI_ARABIC_URDU_REPLIES,
  SWAHILI_DUTCH_MALAY_REPLIES,
  UKRAINIAN_ROMANIAN_REPLIES,
  HEBREW_GREEK_REPLIES,
  PERSIAN_BENGALI_TAGALOG_REPLIES,
  NIGERIAN_PIDGIN_REPLIES,
  SERBIAN_CROATIAN_AMHARIC_NEPALI_REPLIES,
  CZECH_HUNGARIAN_REPLIES,
  SWEDISH_REPLIES,
  KAZAKH_MONGOLIAN_REPLIES,
  UZBEK_AZERBAIJANI_TAMIL_REPLIES,
  FINNISH_DANISH_NORWEGIAN_REPLIES,
  GUJARATI_MARATHI_PUNJABI_TELUGU_REPLIES,
  SOMALI_HAUSA_BULGARIAN_SLOVAK_REPLIES,
  KHMER_LITHUANIAN_LATVIAN_ALBANIAN_REPLIES,
  SINHALA_MALAYALAM_KANNADA_BURMESE_REPLIES,
  GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_REPLIES,
  AFRIKAANS_MACEDONIAN_LAO_PASHTO_REPLIES,
];

/** One kind of reply, from every pack. */
export function packed(kind: keyof ThreadLanguagePack): Required<ReplyWords> {
  return joinedWords(PACKS.map((pack) => pack[kind]));
}
