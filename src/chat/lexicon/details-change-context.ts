import { cue } from './cue';

/**
 * A bank closed for a holiday or a weekend is not a change of account. Only
 * the closing is excused (CLOSED, in the words matched: "closed", "can not
 * receive until 18 Feb"): a new account named in the same sentence ("due to
 * the holiday our old account is closed, use the new account below") still
 * counts.
 */
export const BANK_HOLIDAY =
  /\b(?:holiday|holidays|golden\s+week|national\s+day|new\s+year|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:presidents|labou?r|memorial|independence|christmas|boxing)'?\s+day|christmas|easter|eid|diwali|cny|chinese\s+new\s+year|spring\s+festival)\b|假期|节假日|春节|国庆|周末/u;
export const CLOSED = /\bclosed\b|\breceive\s+(?:\S+\s+){0,2}?until\b/u;

/**
 * The account is the order's own: each Trade Assurance order is paid to a bank account Alibaba gives for it on the
 * order's payment page, so "the new bank details are in the TA order" and "a different account for each TA order" or
 * "alibaba give each order a different receiving account number" describe the platform, not a supplier's change ("for
 * every order" alone names no platform: a new account "for every order from now on" is one).
 */
export const THE_ORDERS_OWN_ACCOUNT =
  /\b(?:in|on|from|inside|within)\s+(?:the\s+|your\s+|each\s+|every\s+)?(?:trade\s+assurance|ta|alibaba(?:\.com)?)(?:'s)?\s+(?:order|payment\s+page|checkout)|\b(?:each|every|per)\s+(?:new\s+)?(?:trade\s+assurance|ta|alibaba)\s+order\b|\balibaba(?:\s+system)?\s+(?:gives?|assigns?|generates?)\s+(?:each|every)\s+(?:new\s+)?order\b|\balibaba(?:\.com)?'s\s+(?:own\s+)?(?:bank\s+)?account\b|\b(?:alibaba|trade\s+assurance|ta)\s+virtual\s+account\b/u;

/**
 * The buyer goes on paying in the order whatever the supplier's bank: "…, but for you nothing changes, you keep
 * paying through Alibaba", "we pay through Alibaba anyway", "my payment to Alibaba will come from HSBC". Matched from
 * the verb, where a refusal is looked for.
 */
export const STILL_PAID_IN_THE_ORDER =
  /(?<=\b(?:you|we|i|my|our)\s+(?:\S+\s+){0,2}?)\b(?:pay|paying|payment)\s+(?:\S+\s+)?(?:through|via|on|in|to)\s+(?:the\s+)?(?:alibaba(?:\.com)?|trade\s+assurance)\b/u;

/**
 * Said of the order's payment in the change's sentence: "… the Alibaba store and payment stay the same", "le paiement
 * reste sur Alibaba", "… but you don't need to do anything, Alibaba handles the payment to us".
 */
export const PAYMENT_STAYS_IN_THE_ORDER =
  /\b(?:alibaba|trade\s+assurance)\b[^.!?]{0,40}?\bpayments?\s+(?:stays?|remains?)\s+(?:the\s+)?(?:same|unchanged)\b|\bpayments?\s+(?:stays?|remains?)\s+(?:on|through|via|in)\s+(?:alibaba|trade\s+assurance)\b|\bpaiement\s+reste\s+sur\s+alibaba\b|\b(?:alibaba|trade\s+assurance)\s+(?:payments?|orders?)\s+(?:still\s+)?(?:works?|go\s+through|(?:are|is)\s+(?:not\s+affected|normal|fine|ok))\b|\b(?:alibaba|trade\s+assurance)\s+(?:still\s+)?(?:handles|processes|collects|takes\s+care\s+of)\s+(?:the\s+|all\s+|your\s+)?payments?\b/u;

/** A sentence of its own after the change: "… our company name changed. Payment still through Alibaba." */
export const STILL_PAID_THERE_NEXT =
  /^\s*(?:the\s+)?(?:payment|paying)\s+(?:is\s+)?still\s+(?:through|via|on|in)\s+(?:the\s+)?(?:alibaba(?:\.com)?|trade\s+assurance)\b/u;

/**
 * The message tells the buyer to pay to it, or gives its details: the change is also a payment request (not "or you pay
 * demurrage", a threat, nor "wait new PI b4 pay"). Also "download the new invoice", Turkish "yeni hesaba" (to the new
 * account), Ukrainian "переказати", "сплатіть".
 */
export const PAY_INSTRUCTION = cue(
  'pay to it',
  '\\b(?:pay|transfer|remit|wire)\\b(?!\\s+(?:anything|nothing|demurrage|storage|penalt\\w*|fines?)\\b)(?<!\\b(?:b4|before)\\s+\\w+)|\\bdownload\\s+the\\s+new\\s+invoice\\b|\\byeni\\s+hesaba\\b|переказа|сплатіть|\\b(?:re-?)?send\\s+(?:the\\s+|your\\s+)?(?:(?:\\d(?:st|nd|rd|th)|first|second|third|final|last|remaining|next)\\s+)?(?:balance|payment|money|deposit|funds|amount|rest|tt|t/t)\\b|\\b(?:re-?)?send\\s+(?:the\\s+)?(?:remaining\\s+|rest\\s+)?(?:usd|us\\$|\\$|eur|€|rmb)\\s?\\d[\\d,.]*|\\buse\\s+the\\s+(?:\\S+\\s+){0,2}?details\\s+in\\s+my\\s+e-?mail\\b|\\bgebruik\\s+die\\s+nuwe\\s+rekening\\b|\\buse\\s+(?:the\\s+)?new\\s+(?:acc?t|account|a/c)\\s+for\\s+(?:the\\s+)?(?:balance|payment|deposit)\\b|\\bdetails\\s+(?:were\\s+|are\\s+)?sent\\s+to\\s+your\\s+e-?mail\\b|भुगतान\\s+(?:\\S+\\s+){0,3}?करें|\\buse\\s+(?:it|this|that|them|the\\s+new|our\\s+new|the\\s+account\\s+(?:in|on)\\s+the\\s+(?:new|revised|updated|corrected)|the\\s+(?:attached|following|temporary|below|correct|corrected)|our\\s+[\\w ]{0,20}?account)\\b|\\b(?:here\\s+(?:are|is)|below|attached|in\\s+the\\s+attachment|in\\s+the\\s+updated\\s+invoice|in\\s+the\\s+corrected\\s+invoice|in\\s+this\\s+message|should\\s+go|will\\s+receive|collect|the\\s+following)\\b|付到|付至|打到|汇到|汇至|转到|转至|请将|付款|附件|pague|pagar|\\bpaga(?:re)?\\b|\\bpay(?:er|ez)\\b|оплат|zahlen|匯款|匯到|[öo]deme\\s+yap|[öo]deyin|[öo]demeleri|thanh\\s+to[áa]n|ادفع|الدفع' +
    // The same in the other languages of PRETEXTS_IN_OTHER_LANGUAGES: virer, überweisen, переведите, تحويل, chuyển tiền, bonifico.
    '|\\bvire[rz]\\b|\\bvirement\\b|\\br[ée]gler\\b|(?:ü|ue|u)berweis|переведите|перевести|تحويل|g[öo]nderin|chuy[ểe]n\\s+(?:ti[ềe]n|kho[ảa]n|s[ốo]\\s+d[ưu]|v[àa]o)|\\bdeposit(?:e|ar)\\b|\\b(?:realizar|hacer|efectuar|realice|haga)\\s+(?:el|su)\\s+pago\\b|\\b(?:realizar|efetuar)\\s+o\\s+pagamento\\b|\\benv[íi]e(?:lo|la|los|las)?\\b|\\bbonifico\\b|\\bpagate\\b|\\bbayar\\b' +
    // Sinhala යවන්න (send), ගෙවන්න (pay); Korean 보내주셔야, 보내주세요 (please send); Arabizi "7awel", "7awli" (transfer; read "tawel"); Finnish "maksetaan",
    // "maksakaa"; Romanian "achitați". Dutch, Polish, Czech, Romanian, Persian, Bengali, Thai, Korean, Japanese,
    // Indonesian: "betaal", "kierować płatności", "zapłacić", "plaťte", "plătiți", واریز, পাঠান, โอน, 보내 주시기 바랍니다, 振込.
    '|යවන්න|ගෙවන්න|보내\\s?주셔야|보내\\s?주세요|\\btawel\\b|\\btawli\\b|\\bmaksetaan\\b|\\bmaksakaa\\b|\\bachita[țt]i(?![\\p{L}])|\\bbetaal\\b|\\bp[łl]atno[śs]ci\\b|\\bwp[łl]at|\\bwp[łl]aci|\\bzap[łl]a[ćc]|\\bprzela[ćc]|\\bodes[łl]a[ćc]|\\bprzes[łl]a[ćc]|\\bpla[ťt]te\\b|\\bza[šs]lete\\b|\\buhra[ďd]te\\b|\\bpl[ăa]ti[țt]i(?![\\p{L}])|\\btransfera[țt]i(?![\\p{L}])|واریز|পাঠান|โอน|송금|보내\\s?주(?:세요|시기|십시오)|振込|\\brekening\\s+baru\\b|ingia\\s+kwenye|\\btumia\\s+hii\\b' +
    // French, Portuguese, Italian, Hindi, Korean, Dutch, Swahili, Urdu, Bengali, Tagalog: "envoyer le solde", "fazer o
    // pagamento", "invii il pagamento", "payment karna", 입금, "over te maken", "tuma salio", بھیجیں, পাঠাবেন, "magbayad",
    // Amharic ያስተላልፉ (transfer), ይክፈሉ (pay); Hebrew להעביר (to transfer), לשלם (to pay), המצורפת (attached).
    '|\\benvoy(?:er|ez)\\s+(?:le|la|les|votre)\\s+(?:solde|paiement|acompte|montant|virement)\\b|\\bfa(?:zer|ça|ca)\\s+o\\s+pagamento\\b|\\btransfir[ae]\\b|\\btransfier(?:a|an|e)\\b|\\btransferir\\b|\\binvi(?:i|are|ate)\\s+(?:il\\s+)?(?:pagamento|saldo|bonifico)\\b|\\bpayment\\s+kar\\w*|입금|\\bover\\s+te\\s+maken\\b|\\bovermaken\\b|\\btuma\\s+(?:salio|pesa|malipo|fedha)\\b|\\blipa\\b|بھیجیں|بھیج\\s+دیں|পাঠাবেন|\\bmagbayad\\b|\\bipadala\\b|ያስተላልፉ|ይክፈሉ|להעביר|העבירו|תעבירו|לשלם|שלמו|תשלמו|המצורפ' +
    // "Attached" in Portuguese, Spanish, French, German and Italian: the new details are in the file.
    '|\\bem\\s+anexo\\b|\\ben\\s+anexo\\b|\\bci-joint\\w*|\\ben\\s+pi[èe]ce\\s+jointe\\b|\\bim\\s+anhang\\b|\\bin\\s+allegato\\b' +
    // "All USD payments go to our Singapore subsidiary", "change the beneficiary to …", "send el balance al nuevo".
    '|\\b(?:payments?|remittances?|balance|remaining|rest)\\s+(?:\\S+\\s+){0,3}?go(?:es)?\\s+to\\b|\\bpagament[io]\\s+(?:\\S+\\s+){0,2}?vanno\\s+(?:sul|al|a)\\b|\\bprzelew\\w*|\\bbeneficiary\\s+to\\b|\\bsend\\s+(?:el|la)\\s+(?:balance|pago|saldo)\\b|\\bsend\\s+(?:the\\s+)?\\d+(?:\\.\\d+)?\\s?%|\\bsend\\s+(?:it\\s+)?to\\s+(?:(?:this|the|our)\\s+)?new\\b|\\bmake\\s+(?:the\\s+)?(?:\\d+\\s?%\\s+)?(?:balance|payment|deposit|transfer)\\s+to\\b|\\bhaga\\s+(?:la\\s+)?transferencia\\b|\\bhaga\\s+(?:el|la)\\s+(?:anticipo|pago|dep[óo]sito)\\b|\\bhacer\\s+la\\s+transferencia\\b|στείλτε|στειλτε|πληρώστε|πληρωστε|\\bbetalen\\b|\\buse\\s+the\\s+(?:second|other)\\b|\\bthe\\s+correct\\s+one\\s+is\\b' +
    // "All TT from now there", "all payments from now on to DBS"; Turkish "ödemeyi yeni hesaba yapın", Hinglish "naye
    // account mein bhejiye", German "Restzahlung auf das neue Konto"; "our official account now is ICBC, details in PI".
    '|\\ball\\s+(?:tt|t\\/t|payments?|transfers?|remittances?)\\s+from\\s+now\\b|\\bpayments?\\s+(?:also|only)\\s+to\\b|(?<![\\p{L}])[öo]demeyi\\s+(?:\\S+\\s+){0,4}?yap|(?<![\\p{L}])[öo]demenin\\s+(?:\\S+\\s+){0,6}?yap[ıi]lmas|\\bbhejiye\\b|\\bbhej\\s+(?:do|dein|dijiye)\\b|zahlung\\s+(?:\\S+\\s+){0,2}?(?:auf|an)\\s+(?:das|unser\\w*)\\b|\\bdetails\\s+(?:are\\s+)?in\\s+(?:the\\s+)?(?:new\\s+|updated\\s+|attached\\s+)?(?:pi|invoice|proforma)\\b' +
    // "New bank details due to the merger, see updated invoice: …".
    '|\\b(?:see|check|find)\\s+(?:the\\s+|our\\s+)?(?:updated|new|revised|attached|corrected)\\s+(?:pi|invoice|proforma)\\b' +
    // Italian "usi i nuovi dati che le mando", Arabic حوّل (transfer), "for the LC pls make beneficiary … instead of us".
    '|\\b(?:usi|usate|utilizzi|utilizzate)\\s+(?:i|le|questi|queste)\\s+(?:nuov[ie]|seguenti)\\b|حوّل|\\bmake\\s+(?:the\\s+)?beneficiary\\b' +
    // Indonesian "pakai rekening kasir pabrik yang baru" (use the factory cashier's new account); Arabizi "7awel 3ala 1000 0000 …"
    // (transfer to, read as "tawel eala"), the account's number after it, or "7awel 3al 7sab l jdid" (to the new account); "send the remaining 70% to FZE account".
    '|\\b(?:pakai|gunakan)\\s+rekening\\b|\\b[7t]aw[ae]l\\s+(?:[3e]ala\\s+\\d|[3e]a?l\\s+(?:el\\s+|l\\s+)?(?:[7t]sab|[7t]esab|[7t]isab|iban|account)\\b)|\\bsend\\s+(?:the\\s+)?(?:remaining|rest|balance)\\s+\\d+(?:\\.\\d+)?\\s?%|\\benviar\\s+o\\s+(?:saldo|pagamento|valor|sinal)\\b' +
    // Russian "Новые реквизиты: ООО …" (the new details, given), Italian "paghi lì il saldo", Mongolian шилжүүлнэ үү (transfer),
    // Russian in Latin letters "platite tolko tuda" (pay only there).
    '|новые\\s+реквизиты\\s*:|\\bpaghi\\b|шилжүүл|\\b(?:platite|oplatite|perevedite)\\b' +
    // Probe 69's accounting e-mails: Swedish "betala", "sätt in"; Finnish "maksamaan"; Estonian "tasuge", "makske"; Latvian
    // "veiciet samaksu", "maksāt"; Lithuanian "apmokėti", "mokėti"; Slovenian "nakažete"; Croatian "uplatite"; Hungarian
    // "utalja"; Spanish "deposita".
    '|\\bbetala\\b|\\bs[äa]tt\\s+in\\b|\\bmaksamaan\\b|\\btasuge\\b|\\bmakske\\b|\\bveiciet\\s+samaksu\\b|(?<![\\p{L}])maks[āa]t(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:apmok[ėe]ti|mok[ėe]ti)(?![\\p{L}])|(?<![\\p{L}])naka[žz]ete(?![\\p{L}])|\\buplatite\\b|\\butalja\\b|\\bdeposita\\b' +
    // Probe 70's: Kyrgyz "төлөңүз", Armenian "վճարեք" and "poxancek", "tt today" typed short.
    '|(?<![\\p{L}])төлөңүз|(?<![\\p{L}])վճարեք|\\bpoxancek\\b|\\btt\\s+(?:today|now|asap|to|2)\\b' +
    // Probe 86's: Danish and Norwegian "betal", "overfør", "brug den nye konto" (use the new account); Finnish "maksa", "maksatte".
    '|(?<![\\p{L}])(?:betal|betale|overf[øo]r|overfoer|overf[øo]re|vippse|brug|bruk|maksa|maksatte|siirt[äa]k[äa][äa])(?![\\p{L}])',
);
