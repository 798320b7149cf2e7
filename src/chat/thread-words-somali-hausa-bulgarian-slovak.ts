import type { ThreadLanguagePack } from './thread-language-packs';
import { SOMALI_HAUSA_BULGARIAN_SLOVAK_CONTACT_AND_LINK } from './thread-words-somali-hausa-bulgarian-slovak-2';

// The threads' replies in Somali, Hausa (with the Nigerian English its chats mix in), Bulgarian (Cyrillic, and Latin
// "shlyokavitsa") and Slovak (with and without its marks), as probe 87's chats wrote them (thread-language-packs.ts).
// Somali joins "-ka" to English words ("details-ka", "WhatsApp-ka"); each Slovak word is read with and without accents.
// The talk moved elsewhere and the links are in thread-words-somali-hausa-bulgarian-slovak-2.ts.

/** What else is sent in an order's talk, in Somali, Hausa, Bulgarian and Slovak: the catalogue, photos, the address. */
const THINGS =
  '(?:catalog\\p{L}*|katalog\\p{L}*|sawir(?!ka\\s+transfer)\\p{L}*|hoto\\p{L}*|list\\p{L}*|adireshi|address\\p{L}*|sako|saƙo|samfur\\p{L}*|каталог\\p{L}*|снимк\\p{L}*|мостр\\p{L}*|проформ\\p{L}*|snimk\\p{L}*|fotk\\p{L}*|vzork\\p{L}*|v[ýy]kres\\p{L}*|logo|s[úu]bor\\p{L}*)';

export const SOMALI_HAUSA_BULGARIAN_SLOVAK_REPLIES: ThreadLanguagePack = {
  ...SOMALI_HAUSA_BULGARIAN_SLOVAK_CONTACT_AND_LINK,
  paid: {
    words: [
      // Somali "Waan diray, risiidka waa kan" (I sent it, here is the receipt), "Waan diray Wise-ka", "maanta ayaan
      // Emirates NBD ka dirayaa" (today I send from …), "sawirka eeg" (see the picture); not "waan diray catalog-ga".
      `(?:waan|waxaan|ayaan)\\s+(?:soo\\s+)?(?:diray|bixiyay|wareejiyay)(?!\\s+${THINGS})|lacagta\\s+(?:waan|waxaan|ayaan)\\s+(?:soo\\s+)?(?:diray|bixiyay)` +
        '|(?:risiidka|rasiidka|sawirka|screenshot-ka|warqadda)\\s+(?:transfer-ka\\s+)?(?:waa\\s+kan|eeg|ayaan\\s+kuu\\s+soo\\s+diri)' +
        '|(?:maanta|berri|hadda|hadaba)\\s+(?:ayaan\\s+)?(?:\\S+\\s+){0,3}?(?:ka\\s+|u\\s+)?(?:dirayaa|diri\\s+doonaa|bixinayaa|bixin\\s+doonaa)',
      // Hausa "Na tura 50% daga Ecobank, ga swift copy" (I sent …, here is the copy), "Na je na biya shi yau", "zan
      // tura yau ta Grey app", "zai kai kudin Xiaobei gobe" (he takes the money there tomorrow); not "na tura maka
      // hoto".
      `na\\s+(?:tura|biya|aika)(?!\\s+(?:maka|miki|muku)?\\s*${THINGS})|na\\s+je\\s+na\\s+biya|(?:ga|gashi|ga\\s+shi)\\s+(?:\\S+\\s+)?(?:rasit|risit|screenshot|shaida|swift|hash|takarda)` +
        '|(?:zan|za\\s+mu|zamu)\\s+(?:tura|biya|aika)\\s+(?:\\S+\\s+)?(?:yau|gobe|yanzu|jibi)|(?:zai|za\\s+ta|zata)\\s+kai\\s+(?:kudin|kuɗin|kudi)',
      // Bulgarian "Преведох от ДСК, ето платежното", "Пуснах превода", "Pratih 2337 dolara, eto screenshot", "Shte
      // pratya 1700 evro utre"; not "изпратих каталога".
      `(?:преведох|преведохме|платих|платихме|пратих|изпратих|пуснах\\s+превода|пуснахме\\s+превода)(?!\\s+(?:ви\\s+|ти\\s+)?${THINGS})|ето\\s+(?:копие\\s+на\\s+)?(?:платежното|разписката|скрийншот\\p{L}*|хеша|превода)` +
        '|(?:ще|shte)\\s+(?:преведа|платя|пратя|изпратя|prevedа|preveda|platya|pratya|izpratya)\\s+(?:\\S+\\s+){0,2}?(?:\\d[\\d\\s.,]*\\s*(?:евро|лв|долара|evro|lv|dolara|usd|eur)|днес|утре|dnes|utre|sega|сега)' +
        `|(?:prevedoh|platih|pratih|izpratih|pusnah\\s+prevoda)(?!\\s+(?:vi\\s+|ti\\s+)?(?:${THINGS}|e-?mail|imeil|meil))|eto\\s+(?:kopie\\s+na\\s+)?(?:platezhnoto|razpiskata|screenshot\\p{L}*|skriinshot\\p{L}*|hesha)`,
      // Slovak "Poslané 3 760 EUR, screenshot v prílohe", "Už som to včera poslal na starý účet", "zajtra posielam z
      // VÚB", "potvrdenie v prílohe"; not "zásielka bola odoslaná" nor "poslal som vám katalóg".
      '(?<!(?:tovar|bol|bola|bolo|je|vzorka|vzorky|z[áa]sielka)\\s)(?:poslané|poslane|zaplatené|zaplatene|odoslané|odoslane|prevedené|prevedene|uhradené|uhradene)' +
        `|(?:poslal|poslala|poslali|zaplatil|zaplatila|zaplatili|previedol|previedla|uhradil|uhradila)\\s+(?:som|sme)(?!\\s+(?:v[áa]m\\s+|ti\\s+)?${THINGS})|(?:som|sme)\\s+(?:to\\s+)?(?:\\S+\\s+)?(?:poslal|poslala|zaplatil|zaplatila|previedol|previedla)\\s+na` +
        '|(?:potvrdenie|screenshot|doklad|v[ýy]pis)\\s+(?:je\\s+)?v\\s+(?:prílohe|prilohe)|(?:dnes|zajtra|hneď|hned|teraz)\\s+(?:to\\s+)?(?:posielam|pošlem|poslem|zaplatím|zaplatim|prevediem)',
    ],
  },
  asksWhere: {
    words: [
      // Somali "magaca iyo lambarka ii soo dir" (send me the name and the number), "account details-ka mar kale ii soo
      // dir", "Lambarka EVC-ga mar kale qor" (write the EVC number again), "imisa ayaan diraa?" (how much do I send?).
      '(?:magac\\p{L}*|lambar\\p{L}*|details?|faahfaahin\\p{L}*|account\\p{L}*|xisaab\\p{L}*|wallet\\p{L}*|iban\\p{L}*)(?:-\\p{L}+)?\\s+(?:\\S+\\s+){0,4}?(?:ii\\s+|noo\\s+)?(?:soo\\s+dir|qor)(?![\\p{L}])' +
        '|imisa\\s+(?:ayaan\\s+)?(?:u\\s+)?(?:diraa|bixiyaa)|(?:xagee|halkee|meeqa)\\s+(?:ayaan\\s+)?(?:u\\s+)?(?:diraa|bixiyaa)|magacee\\s+(?:ayaan\\s+)?(?:u\\s+)?diraa',
      // Hausa "Ka turo account din", "turo min bank details", "Ka turo suna da adireshi", "ka turo min lambar wayarsa",
      // "Ina agent din yake?", "nawa zan tura?".
      '(?:ka\\s+|ki\\s+|ku\\s+)?turo\\s+(?:min\\s+|mana\\s+|mani\\s+)?(?:\\S+\\s+)?(?:account|akant|bank\\s+details|details|lambar|suna|wallet|iban)\\p{L}*' +
        '|ina\\s+(?:agent|wakili)\\p{L}*\\s+(?:din\\s+)?(?:yake|take)|nawa\\s+(?:zan|za\\s+mu)\\s+(?:tura|biya)|(?:ina|wane|wace)\\s+(?:account|akant)\\p{L}*\\s+zan\\s+(?:tura|biya)',
      // Bulgarian "пратете ми IBAN-а", "Дайте адрес", "по коя сметка?", "колко да преведа?"; Latin "kak da te namerya"
      // (how do I find you, to pay), "chakam detailite" (waiting for the details).
      '(?:пратете|изпратете|дайте|прати|дай)\\s+(?:ми\\s+)?(?:\\S+\\s+)?(?:iban|сметка|сметката|адрес|адреса|данни|данните|реквизити|реквизитите|детайли|детайлите|портфейл|портфейла)(?:-\\p{L}+)?' +
        '|(?:по|на)\\s+коя\\s+сметка|колко\\s+да\\s+(?:преведа|платя|пратя)|на\\s+какво\\s+име|какво\\s+да\\s+пиша\\s+в\\s+основанието|чакам\\s+(?:данните|детайлите|реквизитите)' +
        '|(?:pratete|izpratete|daite|dayte|prati|dai)\\s+(?:mi\\s+)?(?:\\S+\\s+)?(?:iban|smetka|smetkata|adres|adresa|danni|dannite|detaili|detailite)(?:-\\p{L}+)?' +
        '|(?:po|na)\\s+koya\\s+smetka|kolko\\s+da\\s+(?:preveda|platya|pratya)|kak\\s+da\\s+(?:te|vi)\\s+(?:namerya|namerim)|chakam\\s+(?:dannite|detailite|rekviziti\\p{L}*)',
      // Slovak "pošli IBAN", "pošli svoj tag", "Aké sú údaje?", "na aký účet?", "koľko mám poslať?".
      '(?:pošli|posli|pošlite|poslite|dajte|daj)\\s+(?:mi\\s+)?(?:svoj\\s+|váš\\s+|vas\\s+)?(?:iban|tag|údaje|udaje|číslo\\s+účtu|cislo\\s+uctu|účet|ucet|wallet|adresu\\s+peňaženky|adresu\\s+penazenky)' +
        '|(?:aké|ake)\\s+(?:sú|su)\\s+(?:tie\\s+)?(?:údaje|udaje)|na\\s+(?:aký|aky|ktorý|ktory)\\s+(?:účet|ucet)|(?:koľko|kolko)\\s+(?:mám\\s+|mam\\s+)?(?:poslať|poslat|zaplatiť|zaplatit)|na\\s+(?:aké|ake|čie|cie)\\s+meno',
    ],
  },
  pointsAt: {
    words: [
      // Somali "isla account-kii hore" (the same account as before), "kii aad ii soo dirtay" (the one you sent me); and
      // the English Somali chats mix in: "After send, screenshot here", "many Somali customer … use him, very trusted".
      'isla\\s+(?:account|xisaab|lambar)\\p{L}*(?:-\\p{L}+)?\\s+(?:hore|kii\\s+hore)|kii\\s+aad\\s+(?:ii\\s+)?(?:soo\\s+)?(?:dirtay|siisay)' +
        '|after\\s+(?:send|sending|pay|paying)\\W+(?:\\S+\\s+)?(?:screenshot|ss|slip|receipt)',
      // Hausa "da sunan Li Na" (in Li Na's name), "a account din da na turo"; Nigerian English "Balance also pay him",
      // "His number 0803 …".
      'da\\s+sunan|account\\s+din\\s+da\\s+(?:ka|na)\\s+turo|(?:also\\s+)?pay\\s+(?:him|her|them)(?![\\p{L}])|(?:his|her)\\s+(?:number|no\\.?|line)\\s+\\+?\\d[\\d\\s-]{5,}\\d',
      '(?:същата|същия|същата\\s+като)\\s+(?:сметка|като\\s+миналия\\s+път)|пишете\\s+(?:само\\s+)?в\\s+основанието|(?:sashtata|sashtiya)\\s+smetka',
      '(?:ten\\s+istý|ten\\s+isty|rovnaký|rovnaky)\\s+(?:účet|ucet)|(?:ako|jako)\\s+(?:minule|naposledy)',
    ],
  },
  toPay: {
    words: [
      'lacag\\p{L}*|bixi\\p{L}*|diray|dirayaa',
      'kudi|kuɗi|kudin|biya|tura|naira',
      'превод\\p{L}*|плат\\p{L}*|сума(?:та)?|капаро|аванс\\p{L}*|получател\\p{L}*|prevod\\p{L}*|plat\\p{L}*|suma(?:ta)?|kaparo|poluchatel\\p{L}*',
      'doplatok|sum[au]|pr[íi]jemc\\p{L}*|zaplati\\p{L}*|posla\\p{L}*',
    ],
  },
  backToTheOrder: {
    words: [
      // Somali "T/T-ga waxaan u diri doonaa accountka ku qoran bogga order-ka" (to the account on the order page),
      // "order-ka dhexdiisa ku bixin" (pay inside the order), "kaliya Trade Assurance".
      '(?:bogga|boga)\\s+order(?:-ka)?|order-ka\\s+dhexdiisa|(?:kaliya|keliya)\\s+(?:alibaba|trade\\s+assurance|order)\\p{L}*|ma\\s+(?:bixinayo|dirayo)',
      '(?:ta|a\\s+cikin)\\s+(?:order\\s+din|trade\\s+assurance)|sai\\s+ta\\s+(?:alibaba|trade\\s+assurance)|ba\\s+zan\\s+(?:biya|tura)\\s+ba',
      '(?:само|по-добре|po-dobre|samo)\\s+(?:през|чрез|в|prez|chrez|v)\\s+(?:alibaba|алибаба|поръчката|porachkata|trade\\s+assurance)|(?:няма|nyama)\\s+да\\s+(?:платя|превеждам)|nyama\\s+da\\s+(?:platya|prevezhdam)',
      '(?:len|iba|jedine)\\s+(?:cez\\s+|v\\s+)?(?:alibab\\p{L}*|trade\\s+assurance|objednávk\\p{L}*|objednavk\\p{L}*)|nebudem\\s+(?:platiť|platit|posielať|posielat)|nezaplatím|nezaplatim',
    ],
  },
  vouches: {
    words: [
      '(?:waa|waa\\s+mid)\\s+(?:ammaan|aamin|la\\s+isku\\s+halleyn\\s+karo)(?!\\s*\\?)|macaamiil\\s+(?:\\S+\\s+)?(?:badan|dhan)|ha\\s+(?:ka\\s+)?welwelin' +
        '|very\\s+trusted|(?:customers?|clients?)\\s+(?:\\S+\\s+){0,3}?use\\s+(?:him|her|them)(?![\\p{L}])',
      'amintacc\\p{L}*|(?:abokan\\s+ciniki|kwastomomi)\\s+(?:\\S+\\s+){0,3}?(?:suna\\s+)?biya\\s+haka',
      '(?:същата|същият)\\s+(?:фирма|собственик)|(?:безопасно|сигурно)\\s+е(?!\\s*\\?)|всички\\s+(?:наши\\s+)?клиенти\\s+(?:плащат|така)|не\\s+се\\s+притеснявайте|bezopasno\\s+e(?!\\s*\\?)|ne\\s+se\\s+pritesnyavaite',
      'je\\s+to\\s+(?:úplne\\s+|uplne\\s+)?(?:bezpečné|bezpecne)(?!\\s*\\?)|(?:všetci|vsetci)\\s+(?:naši\\s+|nasi\\s+)?(?:zákazníci|zakaznici)\\s+(?:tak\\s+)?(?:platia)|(?:rovnaký|rovnaky)\\s+(?:majiteľ|majitel)|(?:žiadny|ziadny)\\s+(?:problém|problem)',
    ],
  },
  doubts: {
    words: [
      'maxaa|maxay|sababta|ammaan\\p{L}*|khiyaano\\p{L}*|been\\s+abuur|run\\s+ma|ma\\s+hubtaa',
      'gaskiya|me\\s+yasa|meyasa|don\\s+me|damfara|zamba|amintacce\\s+ne',
      'защо|zashto|безопасно|bezopasno|сигурно|sigurno|измам\\p{L}*|izmam\\p{L}*|нормално|normalno|наистина|naistina|странно|stranno',
      'prečo|preco|bezpečn\\p{L}*|bezpecn\\p{L}*|čudn\\p{L}*|cudn\\p{L}*|zvláštn\\p{L}*|zvlastn\\p{L}*|naozaj|normáln\\p{L}*|normaln\\p{L}*',
    ],
  },
  namesTheOrder: {
    // Somali "order-ka" (the order), Hausa "a cikin order", Bulgarian "поръчката", Slovak "objednávka" is Czech's word
    // too.
    words: [
      'order-ka\\p{L}*|order-kan|bogga\\s+order',
      'cikin\\s+order|order\\s+din|ta\\s+alibaba',
      'поръчка\\p{L}*|porachk\\p{L}*',
      'objedn[áa]vk\\p{L}*',
    ],
  },
};
