import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Ukrainian and Romanian (thread-language-packs.ts), as probe 84's chats wrote them; Hebrew
// and Greek are in thread-words-hebrew-greek.ts.
// Ukrainian shares much with Russian, whose words the threads already read ("оплатил", "куда переводить"): these are
// the words it spells its own way ("переказав", "на яке ім'я"). Its "й" and "ї" lose their marks when typed without
// them ("останнии"), and Romanian is often typed without its diacritics ("platit", "sansa"): both spellings are read.

/** Romanian letters with and without their marks: ă, â, î, ș (or ş), ț (or ţ). */
const A = '[ăa]';
const AI = '[âa]';
const I = '[îi]';
const S = '[șşs]';
const T = '[țţt]';

export const UKRAINIAN_ROMANIAN_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // "Переказав, ось квитанція", "Оплатив з рахунку ФОП", "TxID надіслав у чат", "завтра перекажу"; not "не оплатив".
      '(?<!не\\s)(?:переказав|переказала|переказали|перерахував|перерахувала|перерахували|оплатив|оплатила|оплатили|сплатив|сплатила|сплатили)' +
        '|(?:надіслав|надіслала|надіслали|відправив|відправила|відправили|скинув|скинула|скинули)\\s+(?:вам\\s+)?(?:гроші|кошти|квитанці\\p{L}*|чек|скрін\\p{L}*|підтвердженн\\p{L}*|txid|хеш)' +
        '|(?:txid|хеш|квитанці\\p{L}*|чек)\\s+(?:вже\\s+|уже\\s+)?(?:надіслав|надіслала|скинув|скинула|відправив|відправила)|(?:ось|от)\\s+(?:квитанці\\p{L}*|чек|підтвердженн\\p{L}*|скрін\\p{L}*)' +
        '|(?:сьогодні|завтра|зараз)\\s+(?:оплачу|перекажу|сплачу)|(?:оплачу|перекажу|сплачу)\\s+(?:сьогодні|завтра|зараз)',
      // "Trimis din Revolut", "Am plătit", "Am făcut transferul din BT", "uite dovada"; not "am trimis comanda" (the order).
      `(?<!nu\\s)(?<!n-)(?:am\\s+)?(?:trimis|pl${A}tit|transferat|virat|depus)(?!\\s+(?:comanda|mostr|fi${S}ier|logo|poz|design|mesaj|e-?mail|adresa|desen|factur|proform|oferta|catalog|fotografi|coletul|marfa))` +
        `|am\\s+f${A}cut\\s+(?:transferul|plata|viramentul|depunerea|transfer)|(?:uite|iat${A}|ata${S}ez|v-?am\\s+trimis)\\s+(?:${S}i\\s+)?(?:dovada|chitan${T}a|confirmarea|screenshot|captura|ordinul\\s+de\\s+plat${A})` +
        `|(?:pl${A}tesc|transfer|trimit)\\s+(?:banii\\s+)?(?:azi|ast${A}zi|m${AI}ine|acum)`,
    ],
  },
  asksWhere: {
    words: [
      // "На яке ім'я точно?", "на який рахунок?", "куди переказувати?", "скільки переказати?", "номер картки?".
      "(?:на\\s+)?(?:яке|чиє)\\s+ім['ʼ]?я|(?:на\\s+)?(?:який|яку)\\s+(?:рахунок|картку|гаманець)|куди\\s+(?:переказувати|переказати|платити|оплачувати|надсилати|відправляти|скинути)" +
        '|скільки\\s+(?:переказувати|переказати|платити|надсилати|відправляти|скидати)|^\\W*скільки\\s+(?:саме|точно)(?=\\W*$)|(?:номер|реквізити)\\s+(?:рахунку|картки)',
      // "Pe ce nume exact?", "Care e numărul de cont nou?", "Cât face exact 30%?", "cât trimit?", "unde plătesc?".
      `pe\\s+ce\\s+(?:nume|cont|iban|card)|pe\\s+numele\\s+cui|${I}n\\s+ce\\s+cont|num${A}rul\\s+de\\s+cont|care\\s+(?:e|este)\\s+(?:contul|iban-?ul)` +
        `|c${AI}t\\s+(?:face\\s+)?(?:exact\\s+)?(?:\\d+\\s?%|avansul|soldul|suma)|c${AI}t\\s+(?:s${A}\\s+)?(?:trimit|pl${A}tesc|transfer|virez)|unde\\s+(?:pl${A}tesc|trimit|transfer)` +
        `|(?:trimite${T}i|da${T}i)-?mi\\s+(?:datele|iban-?ul|contul)`,
    ],
  },
  pointsAt: {
    words: [
      // "Це той самий банк, що й раніше?", "на цей рахунок", "надішліть квитанцію".
      '(?:той\\s+самий|той\\s+же|та\\s+сама|та\\s+ж)\\s+(?:рахунок|банк|картка|картку|гаманець|iban)|на\\s+(?:цей|цю)\\s+(?:рахунок|картку|гаманець)|що\\s+й\\s+раніше|(?:надішліть|скиньте)\\s+(?:квитанцію|чек|скрін|підтвердження)',
      // "Același cont", "același ca data trecută", "pe acest cont", "trimiteți-mi dovada".
      `acela${S}i\\s+(?:cont|iban)|acela${S}i\\s+(?:ca|de)\\s+(?:data\\s+trecut${A}|${I}nainte)|(?:${I}n|pe)\\s+(?:acest|acela)\\s+cont|(?:trimite${T}i|trimite)-?mi\\s+(?:dovada|chitan${T}a|confirmarea)`,
    ],
  },
  toPay: {
    words: [
      'сума|суму|оплата|оплату|переказ|залишок|передоплат\\p{L}*|аванс|отримувач',
      `suma|sum${A}|plata|plat${A}|avans\\p{L}*|soldul|sold|beneficiar\\p{L}*|transferul`,
    ],
  },
  backToTheOrder: {
    words: [
      // "тільки через Alibaba", "оплачу в замовленні", "не буду переказувати".
      '(?:тільки|лише)\\s+(?:через\\s+)?(?:alibaba|алібаба|trade\\s+assurance|замовлення)|оплачу\\s+(?:\\S+\\s+)?(?:в|у|через)\\s+(?:замовленн\\p{L}*|alibaba|trade\\s+assurance)|не\\s+буду\\s+(?:платити|переказувати|оплачувати)',
      // "doar prin Trade Assurance", "Folosim Trade Assurance", "Nu vreau să plătesc pe Revolut", "plătesc în comandă".
      `(?:doar|numai)\\s+(?:prin\\s+|${I}n\\s+)?(?:alibaba|trade\\s+assurance|comand${A})|folosim\\s+trade\\s+assurance|nu\\s+(?:vreau|mai\\s+vreau)\\s+s${A}\\s+pl${A}tesc|pl${A}tesc\\s+(?:\\S+\\s+)?${I}n\\s+comand${A}|nu\\s+pl${A}tesc`,
    ],
  },
  vouches: {
    words: [
      // "Так, це наш менеджер, все офіційно", "усі клієнти так платять".
      '(?:все|усе)\\s+(?:офіційно|легально|безпечно|надійно)|(?<!не\\s)це\\s+(?:безпечно|надійно|офіційно)(?!\\s*\\?)|це\\s+наш\\s+(?:менеджер|бухгалтер|співробітник|представник)|(?:всі|усі)\\s+(?:наші\\s+)?клієнти\\s+(?:так\\s+)?(?:платять|оплачують)|можете\\s+(?:нам\\s+)?довіряти',
      // "Da, e managerul nostru. … e sigur" (not "nu e sigur", "e sigur?"), "toți clienții plătesc așa".
      `(?<!nu\\s)(?:e|este)\\s+sigur(?!\\s*\\?)|(?:e|este)\\s+(?:managerul|colega|colegul|contabila)\\s+(?:nostru|noastr${A})|to${T}i\\s+clien${T}ii\\s+(?:no${S}tri\\s+)?pl${A}tesc\\s+a${S}a|ave${T}i\\s+${I}ncredere`,
    ],
  },
  doubts: {
    words: [
      'безпечно|чому|навіщо|дивно|шахра\\p{L}*|впевнені',
      `sigur|de\\s+ce|ciudat|${T}eap${A}|escrocherie|${I}n${S}el${A}torie`,
    ],
  },
  namesTheOrder: {
    // "Оплатив у замовленні" (not "поза замовленням", outside it), "алібаба"; "Plătit în comandă", "platforma".
    words: [
      '(?<!поза\\s)(?<!крім\\s)замовлен\\p{L}*|алібаб\\p{L}*',
      `(?<!afar${A}\\s)(?<!afara\\s)(?<!f${A}r${A}\\s)(?:comand${A}|comanda|comenzii|comenzi)|platform${A}|platformei`,
    ],
  },
  moved: {
    words: [
      // "Написав у Telegram", "додав вас", "Не знаходить нік, надішліть ще раз", "Далі спілкуємось там", "з нижнім
      // підкресленням"; "Так, цей." (the whole reply).
      '(?:додав|додала|додали|написав|написала|написали)(?:\\s+(?:вас|тебе|вам|тобі))?|не\\s+(?:знаходить|можу\\s+знайти|знайшов|знайшла)|(?:спілкуємось|спілкуємося|пишіть|напишу|продовжимо|продовжуємо|поговоримо)\\s+там' +
        '|(?:надішліть|скиньте|дайте)\\s+(?:ще\\s+раз\\s+)?(?:нік|номер|контакт)|(?:з|із)\\s+нижн\\p{L}*\\s+підкресленн\\p{L}*|^\\W*(?:так\\W+)?(?:цей|оцей|саме\\s+цей)\\W*$',
      // "Te-am adăugat, ți-am scris", "continuăm acolo", "Care număr?", "Da, acesta." (the whole reply).
      `(?:te|v)-?am\\s+ad${A}ugat|(?:${T}i|v)-?am\\s+scris|(?:continu${A}m|vorbim|discut${A}m|scrie-?mi|scrie${T}i-?mi|r${A}spund)\\s+acolo|care\\s+num${A}r|nu\\s+(?:te|v${A})\\s+g${A}sesc` +
        `|^\\W*(?:da\\W+)?(?:acesta|${A}sta|acela|cel\\s+de\\s+mai\\s+sus)\\W*$`,
    ],
  },
  backToTheChat: {
    words: [
      '(?:давайте|краще|залишимось|спілкуймось|пишіть)\\s+(?:тут|на\\s+alibaba)|не\\s+(?:маю|користуюсь|користуюся)\\s+(?:whatsapp|telegram|viber|вайбер|телеграм\\p{L}*)',
      `(?:r${A}m${AI}nem|continu${A}m|vorbim|discut${A}m)\\s+aici|nu\\s+(?:am|folosesc)\\s+(?:whatsapp|telegram|viber)`,
    ],
  },
  namesTheChat: { words: ['aici'] },
  pageTakes: {
    words: [
      // "Увійшов, просить код", "ввів пароль", "дані картки".
      'пароль|логін|увійшов|увійшла|ввів|ввела|(?:дані|номер)\\s+картки',
      // "M-am logat, îmi cere codul primit prin SMS", "Codul e 7316", "datele cardului".
      `parol${A}|parola|m-?am\\s+(?:logat|conectat|autentificat)|am\\s+introdus|datele\\s+cardului|codul|cod\\s+(?:din|primit|prin)\\s+sms`,
    ],
  },
  refusesThePage: {
    words: [
      'не\\s+(?:введу|дам|надішлю|скажу)|ніколи',
      `nu\\s+(?:dau|introduc|scriu|trimit|v${A}\\s+dau)|niciodat${A}`,
    ],
  },
  asksWhy: { words: ['чому|навіщо', 'de\\s+ce'] },
};
