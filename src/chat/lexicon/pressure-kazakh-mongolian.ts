import { cue, inMessageWith, inSentenceWith, type Cue } from './cue';
import { END, FILLER, START, spellings, typed, typedAll } from './kazakh-mongolian-spelling';

/** A price, an offer or a discount, or paying: what "only today" or "only until Friday" hurries. */
const PRICE_OR_PAYING = `(?:${typedAll(['баға', 'жеңілдік', 'ұсыныс', 'акция', 'төле', 'аудар', 'үнэ', 'хямдрал', 'урамшуулал', 'төл', 'шилжүүл'])})`;

/**
 * What is lost when the deadline passes: the price rises, the order is cancelled, the goods go to the warehouse or
 * another buyer, a fine by the day, the container or the next ship missed. Kazakh: қымбаттайды, өседі, жойылады,
 * кетіп қалады (leaves without you), складқа (to the warehouse), штраф, айыппұл, келесі кеме, басқа клиент; Mongolian:
 * өснө, цуцлагдана, агуулах, торгууль, дараагийн ачилт, өөр худалдан авагч.
 */
const A_LOSS = `(?:${typedAll([
  'қымбаттайды',
  'қымбаттай',
  'өседі',
  'көтеріледі',
  'жойылады',
  'жойылад',
  'бұғатталады',
  'тоқтатылады',
  'кетіп қалады',
  'складқа',
  'қоймаға',
  'штраф',
  'айыппұл',
  'келесі кеме',
  'басқа клиент',
  'басқа сатып',
  'сатып жібер',
  'өснө',
  'нэмэгдэнэ',
  'цуцлагдана',
  'цуцална',
  'хаагдана',
  'агуулах',
  'торгууль',
  'дараагийн ачилт',
  'дараагийн усан онгоц',
  'өөр худалдан авагч',
  'өөр үйлчлүүлэгч',
  'зарагдана',
  'явчихна',
])})`;

/** Kazakh days and times a deadline names: today, tomorrow, the weekdays, an hour ("18:00-ге дейін"). */
const KAZAKH_DAY = `(?:${typedAll(['бүгін', 'ертең', 'жұма', 'сенбі', 'жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'ай соңы'])})\\p{L}*|\\d{1,2}[:.]\\d\\d\\S*`;
/** Mongolian days a deadline names: today, tomorrow, Friday, the weekend. */
const MONGOLIAN_DAY = `(?:${typedAll(['өнөөдөр', 'маргааш', 'баасан', 'бямба', 'ням', 'даваа', 'мягмар', 'лхагва', 'пүрэв', 'амралтын өдөр'])})\\p{L}*`;

/** Urgency to rush a payment in Kazakh and Mongolian, as probe 86's chats said it. Part of pressure-offers-ending-more.ts's list. */
export const PRESSURE_IN_KAZAKH_MONGOLIAN: readonly Cue[] = [
  cue(
    'a deadline today',
    // Kazakh "Бұл баға тек бүгінге ғана!!" (this price is for today only), "тек бүгін ғана"; Mongolian "Энэ үнэ зөвхөн
    // өнөөдөр!!" (this price only today). Only with a price, an offer or paying named: not "I only arrived today".
    `${START}(?:тек\\s+)?${typed('бүгін')}(?:ге|де)?\\s+${typed('ғана')}${END}|${START}тек\\s+${typed('бүгін')}(?:ге|де)?${END}` +
      `|${START}${typed('зөвхөн өнөөдөр')}(?:${typed('ийн')})?${END}`,
    {
      near: [inSentenceWith(PRICE_OR_PAYING, 60)],
      anchors: spellings('бүгін', 'зөвх'),
    },
  ),
  cue(
    'a price said to hold only until a day, then rise',
    // Kazakh "Баға жұмаға дейін ғана, кейін металл қымбаттайды +12%" (the price only until Friday, then metal goes up);
    // Mongolian "Үнэ зөвхөн баасан гараг хүртэл, дараа нь панелийн үнэ 10% өснө". Not "баға 30 күнге жарамды" (the price
    // holds for 30 days): a day named, and a loss after it.
    `${START}(?:${typedAll(['баға', 'жеңілдік', 'ұсыныс'])})\\p{L}*\\s+${FILLER(2)}(?:${KAZAKH_DAY})\\s+${typed('дейін')}${END}` +
      `|${START}(?:${typedAll(['үнэ', 'хямдрал', 'урамшуулал'])})\\p{L}*\\s+(?:${typed('зөвхөн')}\\s+)?${FILLER(2)}(?:${MONGOLIAN_DAY})\\s+(?:гараг\\s+|${typed('өдөр')}\\s+)?${typed('хүртэл')}${END}`,
    {
      near: [inMessageWith(A_LOSS, 120)],
      anchors: spellings('дейін', 'хүртэл'),
    },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // Kazakh "Бүгін төлемесеңіз контейнер кетіп қалады" (if you don't pay today the container leaves), "Бүгін 18:00-ге
    // дейін төлемесеңіз, жүк складқа кетеді, күніне 50$ штраф"; Mongolian "өнөөдөр төлөхгүй бол дараагийн ачилт 3 долоо
    // хоногийн дараа" (if not paid today, the next shipment is in three weeks).
    `${START}(?:${KAZAKH_DAY})\\s+${FILLER(3)}(?:${typedAll(['төлемесеңіз', 'төлемесең', 'аудармасаңыз', 'аудармасаңдар', 'жібермесеңіз', 'төленбесе', 'түспесе', 'төлемесеңіздер'])})${END}` +
      `|${START}(?:${MONGOLIAN_DAY}|\\d{1,2}[:.]\\d\\d)\\s+${FILLER(4)}(?:${typedAll(['төлөхгүй', 'шилжүүлэхгүй', 'төлөөгүй', 'шилжүүлээгүй', 'баталгаажуулахгүй', 'орохгүй', 'ирэхгүй'])})\\s+бол${END}`,
    {
      near: [inMessageWith(A_LOSS, 120)],
      anchors: spellings('төлемесе', 'аудармаса', 'жібермесе', 'төленбесе', 'түспесе', 'гүй'),
    },
  ),
  cue(
    'a deadline in hours',
    // Kazakh "24 сағат ішінде растамасаңыз тапсырыс автоматты түрде жойылады" (confirm within 24 hours or the order is
    // cancelled); Mongolian "12 цагийн дотор баталгаажуулахгүй бол захиалга автоматаар цуцлагдана".
    `\\d+\\s*${typed('сағат')}\\p{L}*\\s+(?:${typedAll(['ішінде', 'ішіне', 'қалды', 'ғана'])})${END}` +
      `|\\d+\\s*${typed('цаг')}(?:${typedAll(['ийн', 'ын'])})?\\s+(?:${typedAll(['дотор', 'үлдлээ', 'л үлдсэн'])})${END}`,
    {
      near: [inMessageWith(A_LOSS, 120)],
      anchors: spellings('сағат', 'цаг'),
    },
  ),
  cue(
    'another buyer waiting',
    // Kazakh "басқа клиент күтіп тұр" (another client is waiting), "басқа сатып алушы алғысы келеді"; Mongolian "өөр
    // худалдан авагч хүлээж байна" (another buyer is waiting), "өөр үйлчлүүлэгч авах гэж байна".
    `${START}${typed('басқа ')}(?:клиент|${typedAll(['сатып алушы', 'тұтынушы'])})\\p{L}*\\s+${FILLER(2)}(?:${typedAll(['күтіп', 'алғысы', 'алады', 'дайын', 'сұрап'])})` +
      `|${START}${typed('өөр ')}(?:${typedAll(['худалдан авагч', 'үйлчлүүлэгч', 'харилцагч'])})\\p{L}*\\s+${FILLER(2)}(?:${typedAll(['хүлээж', 'авах', 'авна', 'бэлэн', 'сонирхож'])})`,
    { anchors: spellings('басқа ', 'өөр ') },
  ),
  cue(
    'a hurry to pay',
    // Kazakh "шұғыл аударыңыз" (transfer urgently), "тез төлеңіз", "соңғы мүмкіндік" (the last chance); Mongolian
    // "яаралтай шилжүүлээрэй" (transfer urgently), "сүүлийн боломж".
    `${START}(?:${typedAll(['шұғыл ', 'тез ', 'жедел ', 'тезірек '])})${FILLER(1)}(?:${typedAll(['төлеңіз', 'аударыңыз', 'төлеу керек', 'аудару керек', 'төлем керек'])})` +
      `|${START}(?:${typedAll(['яаралтай ', 'яаралтайгаар ', 'хурдан '])})${FILLER(1)}(?:${typedAll(['шилжүүлээрэй', 'төлөөрэй', 'шилжүүлнэ үү', 'төлнө үү', 'төлөх хэрэгтэй', 'шилжүүлэх хэрэгтэй'])})` +
      `|${START}(?:${typedAll(['соңғы мүмкіндік', 'сүүлийн боломж', 'сүүлчийн боломж'])})`,
    {
      near: [inMessageWith(PRICE_OR_PAYING, 80)],
      anchors: spellings('шұғыл ', 'тез ', 'жедел ', 'тезірек ', 'яаралтай', 'хурдан ', 'мкінд', 'боломж'),
    },
  ),
];
