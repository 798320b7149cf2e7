import type { ThreadLanguagePack } from './thread-language-packs';
import { joinedWords, type ReplyWords } from './thread-words';
import { TAMIL_REPLIES } from './thread-words-uzbek-azerbaijani-tamil-2';

// The threads' replies in Uzbek and Azerbaijani (thread-language-packs.ts), as probe 86's chats wrote them; Tamil, in its
// script and in Latin letters, is in thread-words-uzbek-azerbaijani-tamil-2.ts, joined here. Uzbek writes its o' and g'
// with an apostrophe, a backquote, a turned comma or none ("o'tkazdim", "o`tkazdim", "otkazdim"); Azerbaijani is often
// typed without its marks ("kocurdum" for "köçürdüm", "qebz" for "qəbz"): both are read.

/** The apostrophe of Uzbek o' and g', or none. */
const AP = "['`ʻʼ]?";
/** What else is sent in an order's talk, in Uzbek and Azerbaijani: the order, photos, files, samples. */
const THINGS =
  '(?:buyurtma|zakaz|rasm|foto|fayl|katalog|namuna|invoys|invoice|pi|sifari[şs]|[şs][əe]kil|nümun[əe]|numune|video|logo|müqavil[əe]|muqavile)';
/** Nothing but an amount, as the reply to "how much?": "4 580 $", "3767$", "17 700 manat", "12 750 so'm". */
const AN_AMOUNT_ALONE = `^[\\s\\p{P}]*(?:(?:usd|\\$)\\s?\\d[\\d\\s.,]*|\\d[\\d\\s.,]*\\s?(?:usd|\\$|manat|azn|so${AP}m|sum|usdt|dollar\\p{L}*))[\\s\\p{P}]*$`;

const PACK: ThreadLanguagePack = {
  paid: {
    words: [
      // Uzbek "o'tkazdik, SWIFT nusxasini shu yerga tashladim" (transferred, dropped the SWIFT copy here), "SWIFT qildim",
      // "yubordim", "Payme'dan tashladim", "Buxgalterimiz bugun o'tkazadi" (our accountant transfers today), "ertaga
      // Kapitalbank orqali SWIFT qilaman"; not "yubordim, buyurtma raqami …" (sent the order), "rasmlarni yubordim".
      `o${AP}tkazdi[mk]|to${AP}ladi[mk]|(?:swift|pul|to${AP}lov|o${AP}tkazma|perevod)\\s+qil(?:di[mk]|aman|amiz)|(?<!${THINGS}\\p{L}*\\s+(?:\\S+\\s+)?)(?:yubordi[mk]|tashladi[mk])(?!\\s*,?\\s+${THINGS})` +
        `|(?:bugun|ertaga|hozir|kechqurun|indin)\\s+(?:\\S+\\s+){0,3}?(?:o${AP}tkaz(?:aman|amiz|adi|ib\\s+beraman)|to${AP}la(?:yman|ymiz|ydi)|yuboraman|qilaman|tashlayman)`,
      // Azerbaijani "Köçürdük", "göndərdim, qəbzi atıram", "muhasib bu gun kocurecek" (the accountant transfers today),
      // "sabah köçürürəm", "indi köçürürəm"; not "Göndərdim: 2218…" (the order), "şəkilləri göndərdim".
      `k[öo][çc][üu]rd[üu][mk]|[öo]d[əe]di[mk]|(?<!${THINGS}\\p{L}*\\s+(?:\\S+\\s+)?)g[öo]nd[əe]rdi[mk](?!\\s*[:,]?\\s+(?:\\d|${THINGS}))` +
        '|(?:bu\\s+g[üu]n|bug[üu]n|sabah|indi|ax[şs]am)\\s+(?:\\S+\\s+){0,2}?(?:k[öo][çc][üu]r[üu]r[əe]m|k[öo][çc][üu]r[əe]c[əe](?:k|m|yik)|[öo]d[əe]yir[əe]m|[öo]d[əe]y[əe]c[əe](?:k|m|yik)|g[öo]nd[əe]rir[əe]m|g[öo]nd[əe]r[əe]c[əe]m|atacam|at[ıi]ram)' +
        '|k[öo][çc][üu]r[üu]r[əe]m|k[öo][çc][üu]r[əe]c[əe]m',
    ],
  },
  asksWhere: {
    words: [
      // Uzbek "Qanaqa hisob? Rekvizitlarni yuboring" (what account? send the details), "qaysi raqamga?" (to which number?),
      // "qayerga o'tkazay?", "kimning nomiga?" (in whose name?); "shu raqamga" (to this number) here, not in pointsAt, which
      // also reads the replies after a move to another app, where a phone number is given.
      `(?:qaysi|qanaqa|qanday)\\s+(?:hisob|raqam|karta|bank|hamyon|koshelek)\\p{L}*|rekvizit\\p{L}*\\s+(?:yuboring|bering|tashlang|yozing)|hisob\\s+raqam\\p{L}*\\s*\\?|qayerga\\s+(?:o${AP}tkaz|to${AP}la|yubor)\\p{L}*|qancha\\s+(?:o${AP}tkaz|to${AP}la|yubor)\\p{L}*|kimning\\s+nomiga|shu\\s+(?:karta\\s+)?raqam\\p{L}*`,
      // Azerbaijani "hansı hesaba ilk hissəni atım?" (to which account the first part?), "hansı şəbəkə, TRC20?" (which
      // network?), "hara köçürüm?", "kimin adına?".
      '(?:hans[ıi])\\s+(?:hesab|kart|[şs][əe]b[əe]k[əe]|bank|n[öo]mr[əe]|[üu]nvan|c[üu]zdan)\\p{L}*|hara\\s+(?:k[öo][çc][üu]r|[öo]d[əe]|g[öo]nd[əe]r|at)\\p{L}*|n[əe]\\s+q[əe]d[əe]r\\s+(?:k[öo][çc][üu]r|[öo]d[əe]|g[öo]nd[əe]r)\\p{L}*|kimin\\s+ad[ıi]na|rekvizit\\p{L}*\\s+(?:g[öo]nd[əe]rin|yaz[ıi]n|at[ıi]n)',
    ],
    phrases: [AN_AMOUNT_ALONE],
  },
  pointsAt: {
    words: [
      // Uzbek "shu Dubay hisobiga" (to this Dubai account), "shu kartaga", "mana chek" (here's the receipt), "chekni
      // yuboring", "SWIFT nusxasi" (the SWIFT copy), "ha to'g'ri" (yes, right).
      `(?:shu|o${AP}sha)\\s+(?:\\S+\\s+)?(?:hisob|karta)\\p{L}*|chek(?:ni|i|ingizni)?|kvitansiya\\p{L}*|skrin\\p{L}*|swift\\s+nusxa\\p{L}*|(?:ha|xa|xo${AP}p)\\s*,?\\s+to${AP}g${AP}ri`,
      // Azerbaijani "bu hesaba" (to this account), "həmin kart", "karta atın" (throw it on the card), "qəbzi bura göndərin"
      // (send the receipt here), "SWIFT kopyası", "TxID", TRC20 (the network named).
      '(?:bu|h[əe]min|eyni)\\s+(?:\\S+\\s+)?(?:hesab|kart)\\p{L}*|karta\\s+at\\p{L}*|q[əe]bz\\p{L}*|swift\\s+kopya\\p{L}*|tx\\s?id|hash|trc-?20|erc-?20|bep-?20',
    ],
  },
  toPay: {
    words: [
      `to${AP}lov\\p{L}*|o${AP}tkaz\\p{L}*|pul\\p{L}*|so${AP}m\\p{L}*|summa\\p{L}*|avans\\p{L}*|[öo]d[əe]ni[şs]\\p{L}*|k[öo][çc][üu]r\\p{L}*|manat\\p{L}*|m[əe]bl[əe][ğg]\\p{L}*|kurs`,
    ],
  },
  backToTheOrder: {
    words: [
      // Uzbek "faqat Alibaba orqali to'layman" (only through Alibaba), "Alibaba'dan tashqari to'lamayman" (I won't pay outside
      // Alibaba), "buxgalter rozi bo'lmaydi" (the accountant won't agree), "shu yerda buyurtma qiling" (order here).
      `faqat\\s+(?:alibaba|trade\\s+assurance|buyurtma)|(?:alibaba|trade\\s+assurance)\\s+orqali\\s+(?:to${AP}la(?:yman|ymiz)|qilamiz|o${AP}tkazaman)|to${AP}lamay(?:man|miz)|o${AP}tkazmay(?:man|miz)|yubormay(?:man|miz)|rozi\\s+(?:emas\\p{L}*|bo${AP}lmay\\p{L}*)|shu\\s+yerda\\s+buyurtma`,
      // Azerbaijani "yalnız Trade Assurance", "Alibaba üzərindən ödəyirəm", "ödəməyəcəm", "Sifarişi burada yaradın".
      'yaln[ıi]z\\s+(?:alibaba|trade\\s+assurance|sifari[şs])|(?:alibaba|trade\\s+assurance)\\s+(?:il[əe]|[üu]z[əe]rind[əe]n)\\s+(?:[öo]d[əe]yir[əe]m|[öo]d[əe]y[əe]c[əe]m|[öo]d[əe]y[əe]c[əe]yik)|[öo]d[əe]m[əe]y[əe]c[əe](?:m|yik)|k[öo][çc][üu]rm[üu]r[əe]m|sifari[şs]\\p{L}*\\s+burada\\s+yarad\\p{L}*',
    ],
  },
  vouches: {
    words: [
      // Uzbek "rasmiy sho'ba kompaniyamiz, hammasi qonuniy" (our official subsidiary, all legal), "xavotir olmang";
      // Azerbaijani "rəsmi qardaş şirkətimizdir, problem yoxdur", "çox müştəri belə edir" (many customers do so).
      `hammasi\\s+qonuniy|sho${AP}ba\\s+kompaniya\\p{L}*|xavotir\\s+olmang|muammo\\s+yo${AP}q|ko${AP}p\\s+mijoz\\p{L}*\\s+(?:\\S+\\s+)?shunday`,
      'qarda[şs]\\s+[şs]irk[əe]t\\p{L}*|problem\\s+yoxdur|narahat\\s+olmay[ıi]n|(?:[çc]ox|b[üu]t[üu]n)\\s+m[üu][şs]t[əe]ri\\p{L}*\\s+(?:\\S+\\s+)?bel[əe]|eyni\\s+[şs]irk[əe]t',
    ],
  },
  doubts: {
    words: [
      `nega|nima\\s+uchun|nimaga|xavfsizmi|g${AP}alati|niy[əe]|n[əe]\\s+[üu][çc][üu]n|q[əe]rib[əe]\\p{L}*|t[əe]hl[üu]k[əe]sizdir`,
    ],
  },
  namesTheOrder: {
    words: [
      `buyurtma\\s+sahifa\\p{L}*|to${AP}lov\\s+sahifa\\p{L}*|sifari[şs]\\s+s[əe]hif[əe]\\p{L}*|[öo]d[əe]ni[şs]\\s+s[əe]hif[əe]\\p{L}*`,
    ],
  },
  moved: {
    words: [
      // Uzbek "Ok, telegramdan yozdim" (I wrote on Telegram), "Telegramda 129$ dedingiz" (you said 129$ on Telegram), "qo'shdim"
      // (added); Azerbaijani "WhatsApp-da yazdım", "Gördüm, katalogu aldım. Orada yazırsınız ki …" (there you write that …).
      `(?:telegram|whats\\s?app|wechat|imo|signal)\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:yozdim|yozdik|dedingiz|yozdingiz|yubordingiz|gaplashdik)|qo${AP}shdim|qo${AP}shib\\s+oldim|u\\s+yerda\\s+(?:yozaman|gaplashamiz)`,
      'yazd[ıi]m|[əe]lav[əe]\\s+etdim|orada\\s+(?:yaz[ıi]r|yazd[ıi]|dan[ıi][şs]|dedi)\\p{L}*',
    ],
  },
  backToTheChat: {
    words: [
      `shu\\s+(?:alibaba\\s+)?chat(?:da|ida)\\s+gaplash\\p{L}*|shu\\s+yerda\\s+(?:gaplash|yoz)\\p{L}*|burada\\s+(?:dan[ıi][şs]aq|yazaq|yaz[ıi]n)|(?:telegram|whatsapp|wechat)\\s+(?:yo${AP}q|yoxdur)`,
    ],
  },
  namesTheChat: { words: ['shu\\s+yer(?:da|ga)|bu\\s+yer(?:da|ga)|burada'] },
  pageTakes: {
    words: [
      // Uzbek "login so'rayapti" (it asks for the login), "kiriting, keyin karta ma'lumotlarini yozing"; Azerbaijani "Daxil
      // oldum, parolu yazdım, indi kart məlumatlarını istəyir" (logged in, typed the password, now it wants the card).
      `parol\\p{L}*|kiritdim|kiriting|kirdim|karta\\s+ma${AP}lumot\\p{L}*|sms\\s+kod\\p{L}*|daxil\\s+oldum|daxil\\s+olun|[şs]ifr[əe]\\p{L}*|kart\\s+m[əe]lumat\\p{L}*|kod(?:u|unu)?|tutula(?:caq|cak)|yechiladi`,
    ],
  },
  refusesThePage: { words: [`yo${AP}q|kiritmayman|bermayman|yox|yazmayaca[mq]|daxil\\s+olmayaca[mq]`] },
  asksWhy: { words: [`nega|nima\\s+uchun|nimaga|niy[əe]|n[əe]\\s+[üu][çc][üu]n`] },
};

/** Uzbek and Azerbaijani, and Tamil from the second file: one pack. */
export const UZBEK_AZERBAIJANI_TAMIL_REPLIES = Object.fromEntries(
  (Object.keys(PACK) as Array<keyof ThreadLanguagePack>).map((kind) => [
    kind,
    joinedWords([PACK[kind], TAMIL_REPLIES[kind]]),
  ]),
) as Record<keyof ThreadLanguagePack, ReplyWords> as ThreadLanguagePack;
