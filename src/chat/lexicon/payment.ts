import { ARABIC_PAYING_IN_LATIN, type Cue } from './cue';
import { PAYMENT_ROUTES } from './payment-routes';
import { PAYMENT_SERVICES } from './payment-services';

/**
 * Ways to pay that leave the buyer without the platform's protection: the
 * services first, then where the money is told to go. The order is the order
 * in which they are tried.
 */
export const PAYMENT_CHANNELS: readonly Cue[] = [...PAYMENT_SERVICES, ...PAYMENT_ROUTES];

/**
 * Paying inside the order: "PayPal through Alibaba checkout", "Apple Pay in the Trade Assurance order", "use the TA
 * order, you can pay by PayPal there", "can I pay the TA order with Apple Pay?", "our Payoneer is only for Amazon,
 * please pay by Trade Assurance", 在阿里巴巴订单里付款, "PayPal is there on the checkout page" (the order's, not "our checkout"),
 * Alibaba's own account as the beneficiary ("Beneficiary: Alibaba.com Singapore E-Commerce"), "you can pay in the
 * order" (not "pay in the order of 30% to …"); "you pay inside by card or PayPal", the buyer's "yo pago por Alibaba",
 * "оплатив карткою у замовленні", "prin Trade Assurance", "μέσω Alibaba"; not "by PayPal or by Trade Assurance", an app
 * offered instead of the order.
 */
export const IN_THE_ORDER =
  /\bpay\s+(?:for\s+)?(?:the|my|our|this)\s+(?:ta|trade\s+assurance|alibaba)\s+order\b|\bbeneficiary(?:\s+name)?\s*[:：]?\s*alibaba\.com\s+(?:singapore|china|hong\s+kong|\(singapore\))|\b(?:pay|paid|paying)\s+(?:it\s+)?(?:in|through|via|within|inside)\s+the\s+order(?:\s+link|\s+page)?\b(?!\s+(?:of|for|to)\b)|\b(?:through|via|in|into|on|within|inside|using|use|at|to|(?<!\bor\s)by)\s+(?:the\s+)?(?:alibaba(?:\.com)?(?:'s)?|trade\s+assurance|ta(?=\s+(?:order|checkout)))(?:\s+(?:order|checkout|platform|payment))?\b(?!\s+(?:profile|page|store|shop|web\s?site|site|minisite|homepage)\b)|\b(?:in|on|at|via|through)\s+(?:the\s+)?checkout(?:\s+page)?\b|\b(?:in|on|into|through)\s+the\s+(?:alibaba\s+)?dispute\s+(?:form|page|center|centre)\b|\b(?:shown?|showing|given|listed)\s+(?:in|on)\s+(?:your|the)\s+(?:alibaba\s+)?order(?:'s)?\s+(?:payment\s+)?page\b|\b(?:account|iban|details)\s+(?:in|on)\s+(?:your|the)\s+(?:alibaba\s+)?order(?:'s)?\s+(?:payment\s+)?page\b|\balibaba(?:\.com)?(?:'s)?\s+checkout\b|\bdi\s+halaman\s+pembayaran\s+(?:order\s+|pesanan\s+)?alibaba\b|在(?:阿里巴巴|阿里|平台)(?:的)?(?:信保)?(?:订单)?(?:里|上|中|内)?(?:付款|支付|付)|走信保|信保订单(?:里|中|上)?(?:付款|支付)|订单["”」]?(?:里|中|页面?)(?:直接)?(?:付款|支付)|訂單頁面|订单页面|(?:阿里巴巴|阿里|平台)上(?:建|下|开|创建)了?[^，。！？]{0,4}?单|\bsur\s+la\s+page\s+de\s+(?:la\s+)?commande\b|\b(?:checkout|pagina\s+di\s+pagamento|p[áa]gina\s+de\s+pago|page\s+de\s+paiement|stronie\s+p[łl]atno[śs]ci)\s+(?:di\s+|de\s+|da\s+|del\s+|d')?alibab|\b(?:pago|pagamento|paiement)\s+(?:va|vai|passe)\s+(?:por|pelo|par)\s+alibaba\b|\bpelo\s+pr[óo]prio\s+alibaba\b|\b(?:yo\s+|eu\s+)?pago\s+(?:siempre\s+|sempre\s+)?(?:por|pelo)\s+alibaba\b|\bpor\s+el\s+propio\s+alibaba\b|\b(?:you\s+)?pay\s+inside\b(?!\s+(?:china|the\s+country|your\s+country))|(?<!\p{L})(?:у|в)\s+(?:замовленні|заказе)(?!\p{L})|(?<!\p{L})на\s+(?:сторінці|странице)\s+(?:замовлення|заказа)(?!\p{L})|(?<!\p{L})через\s+(?:trade\s+assurance|alibaba|алібаба|алибаба)\b|\bprin\s+(?:trade\s+assurance|alibaba)\b|(?<!\p{L})μ[έε]σω\s+(?:trade\s+assurance|alibaba)\b|(?<!\p{L})στην\s+παραγγελ[ίι]α(?!\p{L})|(?<!\p{L})דרך\s+(?:trade\s+assurance|alibaba)\b/u;

/** Paying in the order, said outright: "I want to pay in the Alibaba order", "I'll pay via Trade Assurance". */
export const PAY_IN_THE_ORDER =
  /\b(?:pay|paid|paying|payment)\s+(?:it\s+|you\s+|for\s+it\s+)?(?:through|via|in|on|within|using|by|at)\s+(?:the\s+)?(?:alibaba(?:\.com)?(?:'s)?|trade\s+assurance)\b/u;

/** The goods named before the channel: "a hardware crypto wallet", "cold BTC wallets". Tried on the text just before its match. */
export const GOODS_BEFORE_CHANNEL = /\b(?:hardware|cold|usb)\s+$/u;

/**
 * A channel's name as what the goods are or carry, not a way to pay: "the MoneyGram logo", "a Western Union sign",
 * "USDT mining rigs", "a crypto hardware wallet", "crypto wallets", "the USDT Summit", "Apple Pay compatible",
 * "USDT-themed", "PayPal NFC payments", "a Paytm soundbox", "LTC battery", "gift cards with scratch-off PIN",
 * "MoneyGram and Western Union acrylic display", "cash on delivery pouches", "show BTC, ETH, USDT prices" (not "…
 * account and your banners ship tomorrow"). Tried right after the channel's match (sticky).
 */
export const GOODS_AFTER_CHANNEL =
  /(?:汇款)?的?(?:收款|付款)?(?:亚克力|金属)?(?:包装盒|包装|卡套|盒子|码牌|贴纸|立牌|台卡|标牌|提示音箱|音箱|展示牌|展示架|广告牌|灯箱|标志|标识|离线)|-(?:themed|style|styled|shaped|printed|branded)\b|\s+branded\b|-\d{1,4}[a-z]?\s+(?:is|are)\s+(?:our|the|a|an)\b[^.!?]{0,40}?\bmodel\b|(?:-[\p{L}]+)?(?:\s+(?:and|or|&)\s+(?!(?:your|our|my|the|his|her|their)\s)[\p{L}]+(?:\s+[\p{L}]+)?)?(?:\s+(?:accepted(?:\s+here)?|counter|door|window|wall|acrylic|led|neon|shop|vinyl|agent|store|face(?:\s+pay)?))?\s+(?:(?:payment\s+)?(?:signs?|stands?|displays?|lightbox(?:es)?|plaques?|banners?|terminals?|kiosks?)|logos?|stickers?|decals?|emblems?|signage|keychains?|key\s+chains?|mining\s+(?:rigs?|machines?|equipment|hardware|calculators?|software)|miners?|rigs?|asics?|hardware\s+wallets?(?!\s+address)|wallets(?!\s+address)|devices|wallet\s+(?:hardware|devices?|cards?)|compatible|enabled|(?:nfc|contactless)\s+payments?|summits?|conferences?|expos?|meetups?|sound\s?box(?:es)?|integration|offline|power\s+banks?|ports?|batter(?:y|ies)|models?|t-?shirts?|mugs?|hoodies?|fans?|lovers?|enthusiasts?|souvenirs?|with\s+scratch|are\s+sold|printing|holders?|sleeves?|envelopes?|pouch(?:es)?|prices?|tickers?|charts?|packaging|on\s+(?:the|our|this|each|your)\s+(?:pos\s+)?(?:tablets?|terminals?|devices?|kiosks?|machines?|screens?|pos))\b/uy;

/**
 * Payment hardware for sale, said of what it takes: in "POS terminals that accept PayPal", "does the vending machine
 * accept WeChat Pay", "the soundbox announces Alipay payments", "the receipt printer can print QR codes for PayPal" or
 * 收款提示音箱，支持支付宝 the app is a feature of the goods (but not in "our POS machine is broken, pay with PayPal").
 */
export const PAYMENT_DEVICE =
  /\b(?:pos|payment|card|nfc)\s+(?:terminals?|machines?|devices?|readers?)\s+(?:model\s+[\w-]+\s+)?(?:that\s+|which\s+)?(?:accepts?|accepting|supports?|supporting|for|with)\b|\b(?:printers?|kiosks?|scanners?|readers?|software|signs?|displays?|screens?|registers?|sound\s?box(?:es)?|(?:printing|vending|ticket|cashier|self[\s-]service)\s+machines?|(?:cashier|pos|checkout)\s+systems?|mesin(?:\s+kasir)?|caja\s+registradora|dat[áa]fono)\b[^.!?]{0,40}?\b(?:can\s+(?:print|display|show|read|scan|accept|take|support|process|announce)|prints?|supports?|reads?|accepts?|accept|announces?|announce|scans?|compatible|acepta|aceptan|bisa\s+(?:terima|menerima|baca))\b|(?:音箱|收银机|收款机|pos机|刷卡机|码牌|台卡|收款码|手表|手环|终端|盒子|产品|设备|本机|机器|系统|软件)[^。！？]{0,12}?支持|\b(?:the|this|our|each|your|ur)\s+(?:(?:android|smart|mobile|handheld|new)\s+)?(?:product|device|model|watch|smart\s?watch|ring|wearable|kiosk|terminal|hardware\s+(?:crypto\s+)?wallet|app|software|version|pos|machine|scanner|box)s?\s+(?:that\s+|which\s+)?(?:supports?|supporting)\b|\bcash\s+(?:drawers?|registers?)\b|\b(?:cashier|pos|payment)\s+(?:display|screen|terminal|box|speaker)s?\b[^.!?]{0,60}?\bsupports?\b|\bpos\s+(?:must|should|needs?\s+to|has\s+to|to)\s+(?:accept|support)\b|\bterminal(?:es|ais)?\s+(?:pos\s+|de\s+pago\s+)?que\s+(?:acept|admit|soport|suport)|\bterminal(?:s)?\s+(?:de\s+paiement\s+)?(?:accepte|acceptent|prend|prennent|supporte|supportent|lit)\b|\bterminal\w*\s+(?:p[łl]atnicz\w*\s+)?(?:obs[łl]uguj|akceptuj|przyjmuj)/u;

/** The message talks about paying: needed before a channel that is also a product or an app feature counts. */
export const PAYMENT_TALK = new RegExp(
  // A wallet's brand name ("Apple Pay") is not talk of paying by itself; nor is 款 as a model ("这款", "新款", "款式"), or 免费 (free).
  '\\b(?:(?<!\\b(?:apple|google|samsung)\\s)pay|paid|paying|payment|payments|refund|refunds|refunded|transfer|transferred|remit|send|sent|deposit|balance|accept|accepted|accepter|acceptons|aceptamos|aceitamos|wallet|receiver|receive|receiving|funds|money|fee|fees|charge|charges|works\\s+too|ok(?:ay)?\\s+too|fine\\s+too|is\\s+fine|is\\s+ok(?:ay)?|easier|cheaper|preferred|hash|request|discount|off|top\\s+up|recharge|paise|paisa|rupees|kar\\s+do|settle|settled|settling|settlement|invoice|invoices|t/t|tt|amount|bank|company\\s+account|bayad|magbayad|ibayad|scan)\\b|付|(?<![这那每新爆同此该哪一两几多])款(?!式)|定金|订金|转账|转给我|打给我|汇|钱|到账|支付|(?<!免)费|оплат|pago|pagar|pague|[öo]de(?:me|y|r)|zahl|paiement|\\bsinal\\b|dep[óo]sito|\\bbhej' +
    // The same words in the other languages buyers and suppliers write in: a balance, a transfer, paying; also typed in
    // Latin letters (Russian "oplata", pinyin "fu kuan", Arabic "tedfa3", Darija "tkhelles"; a French "RIB" is one's bank details);
    // Finnish "maksakaa", Serbian and Croatian "uplatite", "platiti", Albanian "paguani", "pagesë"; Hebrew להעביר (transfer) and מקבלים (we take), Romanian "primim bani" (we take money), Kurdish پارە (money), Indonesian
    // "ditransfer", Spanish "adelanto" (an advance).
    // Lithuanian "sumokėkite", Latvian "samaksājiet" (pay); Arabic حوّل, ابعت (transfer, send); Russian аванс, отправ(ить).
    // French "acompte", Lingala "mbongo" (money) and "tinda" (send), Lithuanian "atsiskaityti" (settle), Hungarian "fizet",
    // "utalja", Czech "zaplaťte", "pošlete", Azerbaijani "ödəniş", Vietnamese "tiền mẫu" (the sample's money), Shona "tumirai" (send), Somali "lacag" (money), Zulu "khokhela" (pay), Wolof "xaalis" (money) and "yonnee" (send),
    // Telugu in Latin letters "pampandi" (send); Armenian կանխավճար (advance), Georgian გადაიხადეთ (pay), Tamil முன்பணம் (advance), Bulgarian "платите".
    // Bangla in Latin letters "baki taka ta bKash e pathan" (send the rest of the money by bKash).
    // Luganda "sasula" (pay) and "ssente" (money), Kinyarwanda "kwishyura" (to pay) and "amafaranga" (money), Malagasy
    // "mandoa" and "aloavy" (pay), Haitian "peye" (pay) and "lajan" (money), Sudan's بنكك (the Bank of Khartoum's app).
    // Indonesian "DP" (a down payment), Tagalog "bayaran" and "pesos", French "versement", Spanish "transfiéreme"; the
    // fragments "dep", "bal", "pymt", "btc also ok".
    `|\\b(?:dep|bal|pymt|also\\s+ok|dp|bayaran|pesos|versement|transfi[ée]r\\w*|taka|pathan|pathaben|downpayment|down\\s+payment|sumok[ėe]\\w*|samaks[āa]\\w*|advance|descuento|sconto|desconto|remise|rabatt|aanbetaling|betaal|trimite\\w*|primim|bani|malipo|lipa|ushuru|saldo|abono|anticipo|transferencia|justificante|d[óo]lares|euros?|ricarica|pay(?:er|ez|ons|é|e)|pag[aá]s?|frais|z[łl]|pln|rm\\s?\\d|virement|r[ée]gler|przel(?:ew|a[ćc])|zaliczk|wp[łl]at|raqam|bayaran|pelunasan|bayar|kirim|biaya|(?:we|i)\\s+(?:only\\s+)?take|thanh\\s+to[áa]n|chuy[ểe]n\\s+(?:kho[ảa]n|qua|ti[ềe]n|c[ọo]c)|tuma|pesa\\s+(?:kwa|za)|pl[ăa]ti(?:[țt]i|m|t)?\\b|pl[ăa]te[șs]te|avans\\w*|oldindan|avance|betal\\w*|ho[àa]n\\s+ti[ềe]n|biya|to\\Wlov\\w*|pulni|kartaga|p[łl]atno[śs]\\w*|zap[łl]a\\w*|comprovante|consign[ae]\\w*|oplat\\w*|predoplat\\w*|perevod\\w*|pereved\\w*|t?khell?es\\w*|rib\\b|fu\\s?kuan|da\\s?kuan|hui\\s?kuan|zhuan\\s?zhang|envoy(?:ez|er|[ée]e?s?)|soles|fcfa|naira|cedis|ditransfer|adelanto|transfier\\w*|transferir|maksa\\w*|uplat\\w*|plat(?:i|iti|ite|io)\\b|pagu(?:aj|ani|an|ni)\\b|pages(?:ë|a|ën|en)(?![\\p{L}])|acompte|envoie|mbongo|tinda|atsiskait\\w*|mok[ėe]ti\\b|mok[ėe]kite\\b|fizet\\w*|utal(?:ja|jon|ni|d|j)\\w*|zaplat\\w*|doplat\\w*|po[šs]lete|[öo]d[əe]ni[şs]\\w*|ti[ềe]n\\s+m[ẫa]u|tumir\\w*|lacag\\w*|khokhel\\w*|xaalis|yonnee|pampandi|pampu\\w*|kulipa|amafaranga|ohereza)|${ARABIC_PAYING_IN_LATIN}|(?<!\\p{L})ph[íi](?!\\p{L})|(?<!\\p{L})chuy[ểe]n(?!\\p{L})|(?<!\\p{L})(?:đặt\\s+)?cọc(?!\\p{L})|\\b(?:dat\\s+coc|coc\\s+\\d+\\s?%)|переказ|аудар|аванс|отправ|ክፍያ|תשלום|לשלם|להעביר|מקדמה|מקבלים|תשלום|תשלומים|העברות|پارە|بنێرە|להחזיר|דולר|代金|送金|料金|サンプル代|залишок|платеж|دفع|الدفعة|تحويل|تحول|حوّل|ابعت|ابعث|العربون|المبلغ|पेमेंट|भुगतान|भेज|चार्ज|रुपये|โอน|ชำระ|จ่าย|입금|송금|잔금|결제|샘플비|보내주|振込|支払|残金|匯|轉帳|尾款|پیش‌پرداخت|ایڈوانس|կանխավճար|փոխանց|გადაიხად|გადმორიცხ|გადარიცხ|முன்பணம்|плащане|платите|платете|евро|євро|অগ্রিম|টাকা|(?<![\\p{L}])ফি(?![\\p{L}])|بھیج|فیس|ادائیگی|\\b(?:sasula|ssente|kwishyura|mwishyura|amafaranga|mandoa|aloavy|peye|lajan|verser)\\b|بنكك|보내시면|보내\\s?주시면|받는\\s?(?:분|사람)|예금주|수취인|이체`,
  'u',
);

/**
 * A shop's own customers paying it that way, in the channel's clause: "my customers pay me by Venmo", "MTN MoMo is how
 * our customers pay us in Ghana", "we print your Swish QR code on the bag so your customers can pay you", "a mis
 * clientes en Perú les cobro por Yape, pero a China siempre pago por Alibaba", "my customer paid via PayPal on my
 * Shopify store"; or the writer's own staff or trucker: "GCash is what we use for the local trucker", "the MoMo I use
 * is for my shop customers only"; or a feature of the goods: "customers pay daily via M-Pesa", "an M-Pesa payment
 * module", Arabic "بيدعم الدفع بفودافون كاش" (supports paying by Vodafone Cash), a POS terminal "compatible con Pago
 * Móvil"; or printed on the goods: stickers "con el texto 'Aceptamos Bizum'", coasters "con il QR Satispay stampato".
 * The channel is the shop's, not the order's.
 */
export const SHOPPERS_PAY_THE_SHOP =
  /\b(?:what|which)\s+(?:we|i)\s+use\s+for\s+(?:the\s+|our\s+|my\s+)?(?:local\s+)?(?:trucker|driver|broker|forwarder|staff|workers?)\b|\b(?:i|we)\s+use\s+is\s+(?:only\s+)?for\s+(?:my|our)\s+(?:shop\s+|local\s+)?(?:customers|clients)\b|\b(?:my|our|your)\s+(?:own\s+)?(?:customers|clients|buyers|shoppers|guests)\s+(?:\S+\s+){0,4}?(?:pay|paid)\s+(?:me|us|you)\b|\bon\s+my\s+(?:own\s+)?(?:shopify|etsy|amazon|ebay|online|web)?\s*(?:store|shop)\b|(?<!\btodos\s)\b(?:mis|nuestros|los)\s+clientes\s+(?:\S+\s+){0,4}?(?:les\s+|me\s+|nos\s+)?(?:cobr(?:o|amos)|pagan)\b|\bcobr(?:o|amos)\s+a\s+(?:mis|nuestros)\s+clientes\b|\bmeus\s+clientes\s+(?:\S+\s+){0,4}?(?:me\s+)?pagam\b|\b(?:customers|clients|users|riders|renters)\s+(?:can\s+|will\s+)?pay\s+(?:daily|weekly|monthly|per\s+day)\b|\bpayment\s+(?:module|modules|integration|api|sdk)\b|(?:يدعم|بيدعم|تدعم|بتدعم)\s+(?:ال)?دفع|\b(?:terminal|pos|dat[áa]fono)\b[^.!?]{0,30}?\bcompatible\s+con\b|\b(?:pos|payment)\s+terminals?\b[^.!?]{0,30}?\b(?:accept|support)s?\b|\b(?:app|terminal|pos|website|checkout)\b[^.!?]{0,40}?\bas\s+(?:a\s+)?payment\s+(?:options?|methods?)\b|(?:소비자|고객)들?이\s*(?:쓰는|사용하는)|ลูกค้าหน้าร้าน|\bt[ừu]\s+kh[áa]ch\s+l[ẻe]\b|\bclienti\s+del\s+nostro\b|\bnel\s+nostro\s+(?:bar|negozio|locale|ristorante)\b|\bmagazinul\s+nostru\b|\bcliente\s+da\s+loja\b|\b(?:our|their)\s+(?:\S+\s+)?(?:staff|workers|employees|households|members)\s+(?:\S+\s+){0,3}?(?:are\s+paid|get\s+paid|paid)\b|\b(?:our|their)\s+customers\s+pay\s+(?:their|the)\s+(?:installments?|instalments?|bills?|fees|rent)\b|\bpay\s+(?:their|our|the)\s+(?:\S+\s+)?(?:staff|workers|employees)\b|\bfrom\s+(?:households|members)\b|\bpayroll\b|\bsalar(?:y|ies)\s+(?:through|via|by)\b|\b(?:pays?|sends?)\s+(?:\S+\s+)?salar(?:y|ies)\b|\b(?:pegatinas?|stickers?|autocolant\w*|sottobicchieri|volantino|flyers?|tarjetas\s+de\s+agradecimiento|cart[ãa]o\s+de\s+agradecimento)\b[^.!?]{0,80}?\b(?:logo|qr|texto|testo|stampat\w*|printed|print)\b/u;
