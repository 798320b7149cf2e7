import { APP, APP_ANCHORS } from './apps';
import { cue, inMessageWith, type Cue } from './cue';
import { ALIBABA, END, START, spellings, typed, typedAll } from './kazakh-mongolian-spelling';

/** WeChat as Kazakhs and Mongolians spell it in Cyrillic: "вичат", "вэйчат". */
const WECHAT_IN_CYRILLIC = ['вичат', 'вийчат', 'вэйчат', 'вейчат', 'вэчат'];

/** An app's name with its Kazakh or Mongolian ending: "WhatsApp-қа" (to WhatsApp), "WeChat-аар" (by WeChat), "WeChat-д". */
const ON_AN_APP = `(?:${APP}|${typedAll(WECHAT_IN_CYRILLIC)})(?:-?\\p{L}{1,5})?`;
/** Every way of writing an app there holds one of these. */
const ON_AN_APP_ANCHORS = [...APP_ANCHORS, ...spellings(...WECHAT_IN_CYRILLIC)];

/** Kazakh: write, send, talk, add, get in touch, move; said as an offer or an ask ("жазыңыз", "жіберейін", "сөйлесейік"). */
const KAZAKH_MOVE = typedAll([
  'жазыңыз\\p{L}*',
  'жазыңдар',
  'жаз',
  'жазайық',
  'жазамын',
  'жазам',
  'жіберейін',
  'жіберемін',
  'жіберем',
  'жібереміз',
  'жіберіңіз\\p{L}*',
  'сөйлесейік',
  'сөйлесеміз',
  'сөйлескен дұрыс',
  'қосыңыз\\p{L}*',
  'қосылыңыз',
  'қосамын',
  'қосам',
  'хабарласыңыз',
  'хабарласайық',
  'ауысайық',
  'өтейік',
  'сәлем жаздым',
  'сәлем жібердім',
]);

/** Mongolian: send, add, write, get in touch, talk, move ("явуулъя", "нэмээрэй", "бичээрэй", "холбогдоорой", "ярья"). */
const MONGOLIAN_MOVE = typedAll([
  'явуулъя',
  'явуулья',
  'явуулна',
  'явуулах уу',
  'явуулаарай',
  'явуулъя',
  'илгээе',
  'илгээнэ',
  'нэмээрэй',
  'нэмнэ үү',
  'нэмэх үү',
  'нэмье',
  'бичээрэй',
  'бичнэ үү',
  'бичье',
  'холбогдоорой',
  'холбогдоно',
  'холбогдъё',
  'холбогдмоор',
  'холбогдох уу',
  'ярья',
  'ярилцъя',
  'ярилцая',
  'шилжье',
]);

/** A number for the delivery: the courier, the driver, the address. */
const FOR_DELIVERY = `(?:${typedAll(['жеткіз', 'курьер', 'жүргізуші', 'хүргэлт', 'хүргэх хаяг', 'жолооч', 'шуудан'])})`;

/** Moving the talk off the platform in Kazakh and Mongolian, as probe 86's chats said it. Part of contact-more-wordings.ts's list. */
export const CONTACT_IN_KAZAKH_MONGOLIAN: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Kazakh "прайсты WhatsApp-қа жіберейін" (let me send the price list to WhatsApp), "WhatsApp-та сөйлесейік" (let's
    // talk on WhatsApp), "мені WeChat-қа қосыңыз" (add me on WeChat); Mongolian "WeChat-аар явуулъя" (let me send it by
    // WeChat), "WeChat-аар тантай шууд холбогдмоор байна" (wants to get in touch with you on WeChat directly). Not "WhatsApp-қа
    // сілтеме келсе сенбеңіз" (if a link comes on WhatsApp, don't trust it), nor "жазбаңыз" (don't write).
    `${ON_AN_APP}\\s+(?:[^\\s,.!?]+\\s+){0,2}?(?:${KAZAKH_MOVE}|${MONGOLIAN_MOVE})${END}`,
    { anchors: ON_AN_APP_ANCHORS },
  ),
  cue(
    'a messaging app number asked for or given',
    // Kazakh "WhatsApp нөміріңізді бересіз бе?" (will you give your WhatsApp number?), "WhatsApp нөмірім" (my WhatsApp
    // number); Mongolian "WeChat дугаараа өгөх үү?", "WhatsApp дугаар минь" (my WhatsApp number). Not "WhatsApp нөмір
    // жоқ" (no WhatsApp number), "WeChat дугаар хэрэггүй".
    `${ON_AN_APP}\\s+(?:${typedAll(['нөміріңіз', 'нөмірім', 'нөміріміз', 'нөмір', 'дугаар', 'дугаараа', 'дугаарыг', 'дугаарыг тань'])})\\p{L}*(?!\\s+(?:${typedAll(['жоқ', 'жок', 'байхгүй', 'хэрэггүй', 'керек емес'])}))`,
    { anchors: ON_AN_APP_ANCHORS },
  ),
  cue(
    'the phone number asked for',
    // Kazakh "Нөміріңізді жазыңызшы" (write your number, please), "нөміріңізді беріңіз"; Mongolian "дугаараа өгөх үү?"
    // (will you give your number?), "утасны дугаараа үлдээгээрэй". Not one for the courier or the delivery address.
    `${START}(?<!${FOR_DELIVERY}[^.!?\\n]{0,60})(?:` +
      `(?:${typedAll(['нөміріңізді', 'нөміріңіз', 'телефоныңызды'])})\\s+(?:${typedAll(['жазыңыз', 'жаз', 'беріңіз', 'бересіз бе', 'жіберіңіз', 'қалдырыңыз'])})\\p{L}*` +
      `|(?:${typedAll(['дугаараа', 'утсаа'])})\\s+(?:${typedAll(['өгөх үү', 'өгөөч', 'өгөөрэй', 'явуулаарай', 'бичээрэй', 'үлдээгээрэй', 'өгнө үү'])})${END}` +
      `)(?![^.!?\\n]{0,60}${FOR_DELIVERY})`,
    { anchors: spellings('нөмір', 'телефон', 'дугаараа', 'утсаа') },
  ),
  cue(
    'the talk moved off Alibaba.com',
    // Mongolian "Alibaba-д дахиж бичих хэрэггүй, тэнд л ярья" (no need to write on Alibaba any more, let's talk there);
    // Kazakh "Alibaba-да жазудың қажеті жоқ" (no need to write on Alibaba).
    `${ALIBABA}\\S*\\s+(?:${typed('дахиж')}\\s+)?(?:${typedAll(['бичих хэрэггүй', 'бичих шаардлагагүй', 'бичихгүй'])})${END}` +
      `|${ALIBABA}\\S*\\s+(?:${typedAll(['жазудың қажеті жоқ', 'жазудың керегі жоқ', 'жазбай'])})${END}` +
      `|${START}${typed('тэнд ')}(?:л\\s+)?(?:${typedAll(['ярья', 'ярилцъя', 'бичье', 'бичээрэй', 'үргэлжлүүлье'])})${END}` +
      `|${START}(?:${typedAll(['сол жерде ', 'сонда '])})(?:${typedAll(['сөйлесейік', 'жазысайық', 'жалғастырайық'])})${END}`,
    {
      near: [inMessageWith(APP, 200)],
      anchors: [...spellings('бичих', 'жазудың', 'жазбай', 'тэнд '), ...spellings('сол жерде ', 'сонда ')],
    },
  ),
];
