import { cue, type Cue } from './cue';
import { END, FILLER, START, spellings, typed, typedAll } from './kazakh-mongolian-spelling';

/** Kazakh account words: шот, есепшот (an account), карта (a card), реквизит (bank details). */
const KAZAKH_ACCOUNT = '(?:есепшот|шот|реквизит)';
/** What happened to it: under audit or a tax check, blocked, closed, frozen, stopped, changed. */
const KAZAKH_STOPPED = typedAll([
  'аудитте',
  'аудитке',
  'тексеруде',
  'тексерісте',
  'бұғатта\\p{L}*',
  'бұғаттал\\p{L}*',
  'жабылды',
  'жабылған',
  'жабылады',
  'қатырылды',
  'қатырылған',
  'тоқтатылды',
  'тоқтатылған',
  'өзгерді',
  'өзгертілді',
  'өзгерттік',
  'ауысты',
  'ауыстырдық',
  'ауыстырылды',
  'жаңартылды',
]);
/** The same in Mongolian: шалгалтад (under a check), хаагдсан (closed), түгжигдсэн (locked), өөрчлөгдсөн (changed). */
const MONGOLIAN_STOPPED = typedAll([
  'шалгалтад',
  'аудитад',
  'аудит',
  'хаагдсан',
  'хаагдлаа',
  'хаагдана',
  'хаагдах',
  'түгжигдсэн',
  'түгжигдлээ',
  'блоклогд\\p{L}*',
  'битүүмжлэгд\\p{L}*',
  'царцаагд\\p{L}*',
  'өөрчлөгдсөн',
  'өөрчлөгдлөө',
  'солигдсон',
  'солигдлоо',
  'шинэчлэгдсэн',
  'шинэчлэгдлээ',
]);

/** A changed or other receiving account in Kazakh and Mongolian, as probe 86's chats said it. Part of details-change-receiving-bank.ts's list. */
export const CHANGES_IN_KAZAKH_MONGOLIAN: readonly Cue[] = [
  cue(
    'a receiving account said to be under audit, blocked or changed',
    // Kazakh "біздің компания есепшоты қазір аудитте" (our company account is under audit now), "шотымыз бұғатталды"
    // (our account is blocked); not "есепшот өзгерген жоқ" (the account has not changed) nor "бұғатталған жоқ".
    `${START}${KAZAKH_ACCOUNT}\\p{L}*\\s+${FILLER(3)}(?:${KAZAKH_STOPPED})${END}(?!\\s+(?:${typedAll(['жоқ', 'емес'])}))` +
      // Mongolian "манай компанийн данс одоо татварын шалгалтад орсон" (our company account is now under a tax check),
      // "данс хаагдсан" (the account is closed); not "данс өөрчлөгдөөгүй" (has not changed).
      `|${START}данс\\p{L}*\\s+${FILLER(3)}(?:${MONGOLIAN_STOPPED})${END}`,
    { deniable: true, anchors: ['шот', 'реквизит', 'данс'] },
  ),
  cue(
    'a new or another receiving account',
    // Kazakh "Гонконгтағы жаңа есепшотқа төлеңіз" (pay to the new account in Hong Kong), "басқа шотқа" (to another
    // account), "екінші есепшот"; Mongolian "өөр данс руу" (to another account), "шинэ Хонконг данс" (the new Hong
    // Kong account); Kazakh "ескі шотқа төлемеңіз" (don't pay to the old account). Not "басқа картамен" (with another card),
    // the buyer's own.
    `${START}(?:${typedAll(['жаңа ', 'басқа ', 'екінші ', 'ескі ', 'бұрынғы '])})(?:[^\\s,.!?]+\\s+)?(?:есепшот\\p{L}*|шот(?:қа|ка|ы|ымыз\\p{L}*)?${END}|реквизит\\p{L}*|карта(?:ға|га|сына|мызға|мызга)${END})` +
      `|${START}(?:${typedAll(['өөр ', 'шинэ '])})${FILLER(2)}данс\\p{L}*`,
    { anchors: [...spellings('жаңа ', 'басқа ', 'екінші ', 'ескі ', 'бұрынғы ', 'өөр ', 'шинэ ')] },
  ),
  cue(
    'payments from now on to another account',
    // Kazakh "Келесі төлемдерді де осы HK есепшотқа жасаңыз" (make the next payments to this HK account too), "бұдан былай
    // … шотқа"; Mongolian "Цаашид бүх төлбөрийг энэ Дубай данс руу хийнэ үү" (from now on make every payment to this Dubai
    // account).
    `${START}(?:${typedAll(['келесі ', 'алдағы '])})(?:${typed('барлық')}\\s+)?(?:${typedAll(['төлем', 'аударым'])})\\p{L}*\\s+(?:де\\s+|да\\s+)?${FILLER(3)}${KAZAKH_ACCOUNT}\\p{L}*` +
      `|${START}${typed('бұдан ')}(?:былай|${typed('кейін')})\\s+${FILLER(4)}${KAZAKH_ACCOUNT}\\p{L}*` +
      `|${START}(?:${typedAll(['цаашид ', 'дараагийн ', 'одооноос '])})(?:${typed('бүх')}\\s+)?(?:${typedAll(['төлбөр', 'шилжүүлэг'])})\\p{L}*\\s+${FILLER(3)}данс\\p{L}*`,
    {
      anchors: spellings('келесі ', 'алдағы ', 'бұдан ', 'цаашид ', 'дараагийн ', 'одооноос '),
    },
  ),
  cue(
    'another company of the group to pay',
    // Kazakh "филиал компаниямыздың есепшоты" (our branch company's account), "серіктес компания төлемді қабылдайды" (our
    // partner company takes the payment); Mongolian "салбар компанийн данс" (the branch company's account). Not a company
    // the buyer pays through, to the supplier's own account ("… сіздің банк шотыңызға аударады").
    `${START}(?:${typedAll(['филиал ', 'еншілес ', 'серіктес ', 'бауырлас '])})компания\\p{L}*\\s+[^.!?\\n]{0,40}?(?:${KAZAKH_ACCOUNT}(?!\\p{L}*(?:ңыз|ңіз|ныз|ніз))|${typedAll(['қабылдай', 'алады'])})` +
      `|${START}(?:${typedAll(['салбар ', 'охин ', 'түнш '])})компани\\p{L}*\\s+[^.!?\\n]{0,40}?(?:данс|${typedAll(['хүлээн авна', 'хүлээж авна'])})`,
    {
      anchors: [...spellings('филиал ', 'еншілес ', 'серіктес ', 'бауырлас ', 'салбар ', 'охин ', 'түнш ')],
    },
  ),
];
