import { cue, type Cue } from './cue';
import { DIRECT_TRANSFERS_IN_OTHER_LANGUAGES } from './direct-transfer-languages';

/** After "outside Alibaba" in Turkish, paying: "ödeme yapın", "havale", "para gönderin". */
/** Paying or sending to an IBAN, not said no to: "… asla ödeme yapmayın" (never pay outside Alibaba), "göndermeyin". */
const TURKISH_PAYING =
  "(?![^.!?\\n]{0,50}?(?:asla|hi[çc]bir\\s+zaman|ma[ıy][ıi]n|me[yi]in|mamal|memel|ma[yz][ıi]?z|me[yz]i?z))\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:ödeme|odeme|öde|ode|havale|para|iban|g[öo]nder|yaparsak|yapal[ıi]m|indirim)";

/**
 * Paying directly, outside the order, said in Chinese and the other
 * languages buyers and suppliers write in ("不走平台", "fuera de Alibaba",
 * "напрямую"): phrases that say it by themselves. Part of LEAVING_THE_ORDER,
 * a cue apart so that English messages never try these branches.
 */
export const LEAVING_THE_ORDER_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Chinese apart: a Chinese message (信保 and 平台 are in many) tries only these.
    '私下(?:交易|付款|转|支付|打|汇|付)|信保(?:系统)?(?:暂时|目前|现在)?(?:不能用|用不了|不可用|无法使用|维护中|在维护)|不用走平台|不走平台(?!外)|不走信保|不用走信保|线下(?:付款|支付|交易|转账)|走线下|平台外|绕过平台' +
      // 不走阿里 (not through Alibaba), 直接转支付宝给我 (straight to my Alipay).
      '|不走阿里|不用走阿里|不经过阿里|不通过阿里|绕过阿里|直接转(?:到|给)?(?:我的?)?支付宝|支付宝(?:直接)?(?:转|打)给我',
    { anchors: ['私下', '平台', '信保', '线下', '阿里', '支付宝'] },
  ),
  cue(
    'paying directly, outside the order',
    '\\b(?:do[ğg]rudan|direkt)\\s+(?:\\S+\\s+){0,2}?hesab[\\p{L}]*' +
      // Urdu "براہ راست میرے اکاؤنٹ میں" (straight to my account); Dutch "direct overmaken naar ons rekeningnummer".
      '|براہ\\s+راست\\s+(?:\\S+\\s+){0,2}?(?:اکاؤنٹ|اکاونٹ|کھاتے)|\\bdirect\\s+overmaken\\s+(?:naar|op)\\s+(?:ons|onze|mijn)\\s+(?:bank)?rekening' +
      // Polish, Dutch, Hinglish, Vietnamese, Thai, Korean and Japanese, said of paying: "poza Alibaba", "buiten Alibaba om", "seedha hamare account",
      // "thanh toán ngoài Alibaba", นอกอาลีบาบา, 알리바바 밖에서, アリババ以外で.
      '|\\b(?:poza\\s+|bez\\s+)(?:alibab[\\p{L}]*|platform[\\p{L}]*)(?=[^.!?\\n]{0,30}(?:zap[łl]a|p[łl]at|przelew|wp[łl]a|kont))|(?:zap[łl]a[ćc]|p[łl]a[ćc])\\s+bezpo[śs]rednio(?=[^.!?\\n]{0,30}bez\\s+alibab)|\\bbezpo[śs]rednio\\s+na\\s+(?:nasze|moje)\\s+konto|\\bbuiten\\s+(?:alibaba|het\\s+platform)\\s+om\\b|\\brechtstreeks\\s+op\\s+(?:onze|mijn)\\s+rekening' +
      // Hinglish "Alibaba order mein payment mat dalna" (don't put the payment in the Alibaba order).
      '|\\balibaba\\s+(?:order\\s+)?(?:me|mein|main|pe|par)\\s+(?:payment\\s+mat|paisa\\s+mat|paise\\s+mat)\\b' +
      // "Alibaba se mat bhejo" (don't send it through Alibaba); Turkish "ödemeyi bu hesaba gönderin, Alibaba üzerinden değil".
      '|\\b(?:alibaba\\s+se\\s+|alibaba\\s+order\\s+se\\s+)(?:payment\\s+|paisa\\s+|paise\\s+)?(?:mat|nahi|nahin|na)\\s+(?:bhej|pay|kar|dal)\\w*' +
      "|(?:ödeme|odeme|havale|hesab)[^.!?\\n]{0,60}?(?:alibaba|platform)[\\p{L}']*\\s+(?:üzerinden\\s+değil|uzerinden\\s+degil)" +
      '|\\b(?:seedha|sidha)\\s+(?:hamare|humare|mere|hamara|mera)\\s+(?:\\S+\\s+)?(?:account|acc|a/c|khate|khata)\\b' +
      // "Baaki 70% hum direct lenge apne HBL account mein" (the rest we take directly into our own account).
      '|\\bdirect\\s+(?:\\S+\\s+){0,2}?(?:apne|apna)\\s+(?:\\S+\\s+)?(?:account|acc|a/c|khate|khata)\\b' +
      '|\\bdirect\\s+mer[ea]\\s+(?:\\S+\\s+)?(?:account|acc|a/c|khate|khata)\\b|\\bdirect\\s+h[au]mar[ea]\\s+(?:\\S+\\s+)?(?:account|acc|a/c|khate|khata)\\b|\\b(?:thanh\\s+to[áa]n|chuy[ểe]n\\s+kho[ảa]n|giao\\s+d[ịi]ch|tr[ảa]\\s+ti[ềe]n)\\s+(?:\\S+\\s+)?ngo[àa]i\\s+(?:alibaba|n[ềe]n\\s+t[ảa]ng)\\b|นอก(?:อาลีบาบา|alibaba|แพลตฟอร์ม)|(?:알리바바|플랫폼)\\s*(?:밖에서|밖으로|외부에서|를\\s*통하지\\s*않|말고)(?=[^.!?\\n]{0,25}(?:결제|송금|입금|지불|거래|보내))|(?:アリババ|プラットフォーム)(?:以外で|の外で|を通さず|を通さなくて|を通さない)(?=[^.!?\\n]{0,40}(?:支払|払|振込|振り込|送金|決済|取引|口座))' +
      // Indonesian and Malay: "transfer langsung ke rekening kami" (directly to our account), "bayar di luar Alibaba".
      // Not a design sent straight to a machine, nor paid "langsung di pesanan Alibaba" (in the Alibaba order).
      '|\\b(?:bayar|transfer|pembayaran)\\s+(?:(?!desain|design|file|gambar|foto)\\S+\\s+){0,2}?langsung\\b(?!\\s+(?:di|melalui|lewat)\\s+(?:pesanan\\s+)?alibaba)|\\blangsung\\s+(?:ke|di)\\s+rekening\\b|\\b(?:bayar|transfer|pembayaran|transaksi)\\s+(?:\\S+\\s+){0,2}?di\\s+luar\\s+(?:alibaba|platform)\\b' +
      // Turkish "Alibaba dışında ödeme yapın" (pay outside Alibaba), "Alibaba dışından havale yapın" (transfer from outside it), "siparişi Alibaba dışında yaparsak" (if we do the order
      // outside Alibaba), with or without its dotless letters.
      `|(?:alibaba|platform)[\\p{L}']*\\s+dışından?${TURKISH_PAYING}|(?:alibaba|platform)[\\p{L}']*\\s+disindan?${TURKISH_PAYING}` +
      '|directamente\\s+a\\s+nuestra\\s+cuenta|diretamente\\s+(?:na|em|para)\\s+(?:a\\s+)?nossa\\s+conta|direto\\s+(?:na|em|para)\\s+(?:a\\s+)?(?:nossa\\s+conta|conta\\s+d[ao]\\s+(?:nossa|minha)\\s+empresa)|sem\\s+o\\s+(?:alibaba|trade\\s+assurance)|sem\\s+passar\\s+pelo\\s+alibaba|evitar\\s+(?:as\\s+)?taxas\\s+do\\s+alibaba|sin\\s+pasar\\s+por\\s+alibaba|fuera\\s+de\\s+(?:alibaba|la\\s+plataforma)|fora\\s+(?:do\\s+(?:alibaba|trade\\s+assurance)|da\\s+plataforma)|fuori\\s+(?:da|dalla)\\s+(?:alibaba|piattaforma)|au(?:ß|ss)erhalb\\s+(?:von\\s+alibaba|der\\s+plattform)' +
      // "Per Vorkasse direkt an uns zahlen, sparen Sie die Plattformgebühr", "komisyondan kurtulmak için direkt havale",
      // "chuyển thẳng … không qua sàn" (not through the marketplace).
      // Korean: "거기로 바로 입금하시면 됩니다" (deposit straight there), "계좌로 직접 입금", "계좌이체로 직접 보내주시면".
      '|(?:바로|직접)\\s?(?:입금|송금)|계좌\\s?이체로\\s?(?:바로|직접)' +
      // Hebrew and Czech: "ולא דרך עליבאבא" (not through Alibaba), "mimo Alibabu".
      '|(?:ולא|לא)\\s+דרך\\s+(?:עליבאבא|alibaba)|\\bmimo\\s+alibab\\w*' +
      '|\\bdirekt\\s+an\\s+uns\\s+(?:zahlen|bezahlen|überweisen|uberweisen)\\b|\\bplattformgeb[üu]hr|\\bdirekt\\s+havale\\b|(?:kh[ôo]ng|ko)\\s+(?:c[ầa]n\\s+)?qua\\s+s[àa]n\\b|(?:kh[ôo]ng|ko)\\s+(?:c[ầa]n\\s+)?qua\\s+alibaba\\b' +
      // Paying напрямую (directly), not goods sent or sold that way.
      // The payment settled "between us": "el pago lo arreglamos entre nosotros", "le paiement, on le règle entre nous", "Zahlung … unter uns",
      // الدفع بيننا, "ödemeyi aramızda halledelim", "payment aapas mein settle"; "no need to go through Alibaba" in Indonesian, Vietnamese, Thai.
      '|(?:pago|pagamento|paiement|zahlung|الدفع|[öo]deme|payment)[^.!?]{0,40}?(?:entre\\s+nosotros|entre\\s+nous|unter\\s+uns|بيننا|aram[ıi]zda|aapas\\s+mein)' +
      // Arabic "لدفع العربون مباشرة بدون علي بابا" (to pay the deposit directly, without Alibaba).
      '|(?<![\\p{L}])(?:لدفع|تدفع|ادفع|ادفعوا|حول|حوّل|حولوا)(?![\\p{L}])[^.!?\\n]{0,40}?(?:بدون|خارج|من\\s+غير|بعيدا?\\s+عن)\\s+(?:علي\\s?بابا|أ?ليبابا|alibaba|المنصة)' +
      '|(?:ga|gak|nggak|tidak)\\s+(?:usah|perlu)\\s+(?:lewat|melalui|pakai)\\s+alibaba|kh[ỏo]i\\s+qua\\s+alibaba|ri[êe]ng\\s+v[ớo]i\\s+nhau|ไม่ต้องผ่าน(?:อาลีบาบา|alibaba)|\\bpor\\s+fuera\\b(?=[^.!?]{0,60}(?:pag|cuenta|comisi))|\\bpag(?:as|a|ar|ues|ue|amos|an)\\s+por\\s+fuera\\b' +
      // "En vez de pagar por Alibaba … transferencia directa", "pagamento por fora, sem a plataforma", "evitare le commissioni di Alibaba",
      // "para evitar IOF e taxa do Alibaba".
      '|en\\s+vez\\s+de\\s+(?:pagar\\s+)?(?:por|en|a\\s+trav[ée]s\\s+de)\\s+alibaba|transferencia\\s+direct[ao]|transfer[êe]ncia\\s+direta(?![^.!?]{0,30}?(?:alibaba|trade\\s+assurance|plataforma))|pag(?:a|as|ar|ue|uen)\\s+direct[oa]\\s+a\\s+(?:nuestra|mi)\\s+cuenta|alibaba\\s+cobra\\s+(?:mucha|demasiada|alta)\\s+comisi|pagarnos\\s+directamente|evit(?:amos|ar|e|en)\\s+(?:la\\s+|las\\s+)?comisi(?:ón|on|ones)\\s+de\\s+alibaba|\\bevit(?:ar|e|amos)\\s+(?:\\S+\\s+){0,3}?(?:taxas?|tarifas?|comiss(?:ão|ao|ões|oes))\\s+do\\s+alibaba\\b|\\bpor\\s+fora\\b(?=[^.!?]{0,40}(?:pag|plataforma|desconto))|sem\\s+a\\s+plataforma|evitare\\s+le\\s+commissioni\\s+di\\s+alibaba|pagarci\\s+direttamente|bonifico\\s+diretto(?![^.!?]{0,30}?(?:alibaba|trade\\s+assurance|piattaforma))|risparmi[\\p{L}]*\\s+(?:le\\s+)?commissioni\\s+(?:di\\s+)?alibaba' +
      "|(?:оплат|плат|перев|перечисл|деньги)[\\p{L}]*\\s+(?:\\S+\\s+){0,3}?напрямую|напрямую\\s+(?:\\S+\\s+){0,2}?(?:на\\s+(?:наш|мой)\\s+сч|оплат|плат|перев)|без\\s+trade\\s+assurance|(?:не\\s+через|вне|минуя)\\s+(?:alibaba|алибаб[\\p{L}]*|платформ[\\p{L}]*|trade\\s+assurance)|directement\\s+(?:sur|[àa])\\s+notre\\s+compte|\\bpay(?:er|ez)\\s+(?:\\S+\\s+)?directement\\b(?!\\s+(?:sur|dans|via|par)\\s+(?:la\\s+page\\s+de\\s+)?(?:la\\s+)?(?:commande|alibaba|trade\\s+assurance)|\\s+dessus\\b)|\\bpaiement\\s+direct\\b|\\bvirement\\s+direct\\b|hors\\s+(?:d'\\s?alibaba|alibaba|de\\s+la\\s+plate-?forme)|direkt\\s+auf\\s+unser(?:e|en)?\\s+(?:bank)?konto\\b|(?:zahlen|bezahlen|(?:ü|ue|u)berweisen)\\s+(?:sie\\s+)?direkt\\s+an\\s+uns\\b|(?:zahlen|bezahlen|(?:ü|ue|u)berweisen)\\s+(?:sie\\s+)?nicht\\s+(?:ü|ue|u)ber\\s+(?:alibaba|trade\\s+assurance)|nicht\\s+(?:ü|ue|u)ber\\s+(?:alibaba|trade\\s+assurance)\\s+(?:zahlen|bezahlen|(?:ü|ue|u)berweisen)|nicht\\s+(?:ü|ue|u)ber\\s+alibaba\\s*,?\\s+sondern\\b|(?:anzahlung|(?:ü|ue|u)berweisung|zahlung)[^.!?]{0,60}?\\(?nicht\\s+(?:ü|ue|u)ber\\s+alibaba|přímo\\s+na\\s+n[áa][šs]\\s+[úu][čc]et|primo\\s+na\\s+n[áa][šs]\\s+[úu][čc]et|ohne\\s+trade\\s+assurance|direttamente\\s+sul\\s+nostro\\s+conto|thanh\\s+to[áa]n\\s+tr[ựu]c\\s+ti[ếe]p|chuy[ểe]n\\s+kho[ảa]n\\s+tr[ựu]c\\s+ti[ếe]p|الدفع\\s+مباشرة|ادفع\\s+مباشرة|مباشرة\\s+(?:إلى|الى|ل)\\s*حساب",
    {
      anchors: [
        'directo a',
        '입금',
        '송금',
        '계좌',
        'דרך',
        'mimo alibab',
        'alibaba se ',
        'alibaba order se ',
        'üzerinden değil',
        'uzerinden degil',
        'directa a',
        'cobra',
        'plattformgeb',
        'havale',
        'qua sàn',
        'qua san',
        'qua alibaba',
        'براہ راست',
        'direct overmaken',
        'directamente',
        'directement',
        'paiement direct',
        'virement direct',
        'sin pasar',
        'fuera',
        'fora',
        'fuori',
        'erhalb',
        'напрямую',
        'без',
        'не через',
        'вне',
        'минуя',
        'hors',
        'direkt',
        'přímo na',
        'primo na',
        'nicht',
        'ohne',
        'diretamente',
        'direto',
        'sem o',
        'sem passar',
        'taxas',
        'doğrudan',
        'dogrudan',
        'dışında',
        'disinda',
        'poza',
        'bez ',
        'bezpo',
        'payment mat',
        'paisa mat',
        'paise mat',
        'bezpośrednio',
        'bezposrednio',
        'buiten',
        'rechtstreeks',
        'seedha',
        'sidha',
        'direct mer',
        'apne',
        'apna',
        'direct hamar',
        'direct humar',
        'ngoài',
        'ngoai',
        'นอก',
        '알리바바',
        '플랫폼',
        'アリババ',
        'プラットフォーム',
        'direttamente',
        'thanh to',
        'khoản',
        'khoan',
        'مباشرة',
        'langsung',
        'luar',
        'en vez de',
        'entre nosotros',
        'entre nous',
        'unter uns',
        'بيننا',
        'بدون',
        'خارج',
        'من غير',
        'بعيد',
        'aramızda',
        'aramizda',
        'aapas mein',
        'usah',
        'perlu',
        'khỏi qua',
        'khoi qua',
        'nhau',
        'ไม่ต้องผ่าน',
        'por fuera',
        'transferencia direct',
        'transferência direta',
        'bonifico diretto',
        'commissioni',
        'transferencia direta',
        'comisi',
        'pagarnos',
        'por fora',
        'sem a plataforma',
        'evitare',
        'do alibaba',
        'pagarci',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "Senza Trade Assurance", "sin pasar por la plataforma", "sem a plataforma", "sans la plateforme", "ohne die Plattform",
    // Darija "tkhelles direct bla Alibaba"; with talk of paying: "sin Alibaba no podríamos exportar" is no request.
    "\\b(?:senza\\s+|sin\\s+|sem\\s+|sans\\s+|ohne\\s+|bla\\s+)(?:pasar\\s+por\\s+|passar\\s+pela\\s+|passare\\s+(?:per|da)\\s+)?(?:(?:la|el|a|le|die|den)\\s+|l')?(?:alibaba|trade\\s+assurance|plataforma|piattaforma|plateforme|plattform)\\b" +
      // Indonesian "bukan lewat alibaba" (not through Alibaba), "tanpa platform".
      '|\\b(?:bukan\\s+|tanpa\\s+|jangan\\s+)(?:lewat\\s+|melalui\\s+|via\\s+|pakai\\s+)?(?:alibaba|platform)\\b',
    {
      needsPaymentTalk: true,
      anchors: ['senza ', 'sin ', 'sem ', 'sans ', 'ohne ', 'bla ', 'bukan ', 'tanpa ', 'jangan '],
    },
  ),
  cue(
    'paying directly, outside the order',
    // Italian "non serve la piattaforma", Dutch "Trade Assurance is niet nodig" (isn't needed): the "not" is the request.
    '\\bnon\\s+serve\\s+(?:la\\s+|il\\s+)?(?:trade\\s+assurance|alibaba|piattaforma)\\b|\\b(?:trade\\s+assurance|alibaba|het\\s+platform)\\s+is\\s+niet\\s+nodig\\b',
    { needsPaymentTalk: true, anchors: ['non serve', 'niet nodig'] },
  ),
  ...DIRECT_TRANSFERS_IN_OTHER_LANGUAGES,
];
