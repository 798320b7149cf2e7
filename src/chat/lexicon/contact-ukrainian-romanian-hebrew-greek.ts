import { APP } from './apps';
import { cue, type Cue } from './cue';

/** The talk moved off the marketplace in Ukrainian, Romanian, Hebrew and Greek, as probe 84's chats said it. Part of ASKS_IN_MORE_WORDINGS. */
export const CONTACT_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Ukrainian "Додайте мене у Вайбер" (add me on Viber), "давайте перейдемо в Телеграм" (let's move to Telegram); not "не
    // переходимо" (we don't), nor a driver who uses WhatsApp with the warehouse.
    `(?:дода[йи]те|дода[йи])\\s+(?:мене|нас)\\s+(?:у|в|на)\\s+${APP}` +
      `|(?<!не\\s)(?:пере[йи]демо|переходимо|пере[йи]дімо|переходьте|спишемось|спишемося|спілку[йи]мось|поговоримо)\\s+(?:у|в|на)\\s+${APP}`,
    {
      anchors: [
        'додайте',
        'додаите',
        'додай',
        'додаи',
        'перейдемо',
        'переидемо',
        'переходимо',
        'перейдімо',
        'переидімо',
        'переходьте',
        'спишемось',
        'спишемося',
        'спілкуймось',
        'спілкуимось',
        'поговоримо',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    // Romanian "Adăugați-mă pe Telegram", "mai bine vorbim pe WhatsApp" (better we talk on WhatsApp), "trecem pe Viber"; not
    // "nu vorbim pe WhatsApp".
    `(?:ad[ăa]uga[țţt]i-?m[ăa]|adaug[ăa]-?m[ăa])\\s+pe\\s+${APP}` +
      `|(?<!nu\\s)(?:trecem\\s+pe|vorbim\\s+pe|discut[ăa]m\\s+pe|continu[ăa]m\\s+pe|comunic[ăa]m\\s+pe)\\s+${APP}`,
    {
      anchors: [
        'adăuga',
        'adauga',
        'adaugă',
        'trecem pe',
        'vorbim pe',
        'discutăm pe',
        'discutam pe',
        'continuăm pe',
        'continuam pe',
        'comunicăm pe',
        'comunicam pe',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    // Hebrew "תוסיף אותי בוואטסאפ" (add me on WhatsApp), "בוא נעבור לטלגרם" (let's move to Telegram); the app joined to
    // its prefix ("בוואטסאפ", "לטלגרם"). Not "לא נעבור לוואטסאפ".
    `(?:תוסיף|תוסיפי|תוסיפו|הוסף|הוסיפו)\\s+אותי\\s+(?:ב|ל|דרך\\s+)-?\\s?${APP}` +
      `|(?<!לא\\s)(?:נעבור|נדבר|נמשיך|נתכתב)\\s+(?:ב|ל|דרך\\s+)-?\\s?${APP}`,
    { anchors: ['תוסיף', 'תוסיפי', 'תוסיפו', 'הוסף', 'הוסיפו', 'נעבור', 'נדבר', 'נמשיך', 'נתכתב'] },
  ),
  cue(
    'a request to talk on a messaging app',
    // Greek "Προσθέστε με στο WhatsApp" (add me on WhatsApp), Greeklish "prosthese me sto viber", "ας συνεχίσουμε στο Viber"
    // (let's go on on Viber).
    `(?:προσθ[έε]στε|πρ[όο]σθεσ[έε]|προσθ[έε]σ[έε])\\s*-?\\s*(?:με|μας)\\s+(?:στο|σε)\\s+${APP}|(?:prosthese|prosthes|prosthiste)\\s+me\\s+(?:sto|se)\\s+${APP}` +
      `|(?:ας|να)\\s+(?:συνεχ[ίι]σουμε|μιλ[ήη]σουμε|τα\\s+πο[ύυ]με|επικοινων[ήη]σουμε|περ[άα]σουμε)\\s+(?:\\S+\\s+)?(?:στο|σε|μ[έε]σω)\\s+${APP}`,
    {
      anchors: [
        'προσθ',
        'πρόσθ',
        'prosth',
        'συνεχίσουμε',
        'συνεχισουμε',
        'μιλήσουμε',
        'μιλησουμε',
        'τα πούμε',
        'τα πουμε',
        'επικοινωνήσουμε',
        'επικοινωνησουμε',
        'περάσουμε',
        'περασουμε',
      ],
    },
  ),
];
