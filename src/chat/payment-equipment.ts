/**
 * A message that describes equipment for sale which takes payments for its owner: a POS terminal's, a vending
 * machine's, a kiosk's or a prepaid meter's spec sheet ("22-inch touch screen, 60 selections … QR payment for MoMo,
 * ZaloPay, Alipay and WeChat Pay", "支付方式：硬币、纸币…（资金直接进入您自己的商户号）"). The ways to pay it names are what the goods accept,
 * not where the buyer is to pay (probe 73: about twenty such messages in eight languages); a hardware crypto wallet's
 * ("card type cold wallet, secure element EAL6+, support BTC, ETH, USDT").
 */

/** Words of a hardware spec sheet, in the languages the probes met. */
const SPEC_WORDS =
  /(?<![a-z0-9])(?:touch\s?screen|pos\s+terminals?|secure\s+element|cold\s+wallets?|hardware\s+wallets?|firmware|payment\s+terminals?|bondrucker|kundendisplay|layar\s+sentuh|skrini|printa|pantalla\s+\d|impresora|lector\s+nfc|[ée]cran\s+\d|t[ée]l[ée]m[ée]trie|sans\s+contact|thermal\s+printer|receipt\s+printer|label\s+printer|card\s+reader|nfc|contactless|android\s+\d+|4g|wi-?fi|bluetooth|\d+\s?mah|rfid|coin\s+(?:acceptor|validator)|bill\s+acceptor|(?:coins|notes|tokens)\s*,|vending|kiosk|prepaid\s+meters?|till\s+number|pay-?(?:per-?use|as-?you-?go)|remote\s+management|cloud\s+dashboard|pantalla\s+t[áa]ctil|impresora\s+t[ée]rmica|lector\s+de\s+tarjetas|[ée]cran\s+tactile|imprimante|monitor\s+touch|stampante\s+termica|dahili\s+yaz[ıi]c[ıi]|temass[ıi]z|sin\s+contacto|lector\s+para\s+pagos|m[áa]quinas?\s+dispensadoras?|m-?pesa\s+till|coin\s+(?:and|or|\/)\s+\S+\s+operated|hardware\s+wallets?|secure\s+element|pos\s+machines?|qris|sdk|payment\s+processor|scans?\s+(?:any\s+)?qr|sound\s?box(?:es)?|acrylic\s+(?:qr\s+)?stands?|qr\s+scan|nfc\s+for\s+cards|ph[ầa]n\s+c[ứu]ng|m[àa]n\s+h[ìi]nh|m[áa]y\s+in\s+h[óo]a\s+[đd][ơo]n|[đd][ọo]c\s+qr)(?![a-z])|купюропри[её]мник|монетопри[её]мник|печать\s+чеков|экран\s+\d|寸屏|安卓|شاشة\s+\d|触摸屏|货道|打印机|刷卡|闪付|语音播报|云闪付|扫码盒|收款音箱|音箱|扫码头|二维码印刷|терминал\S*|бесконтактн\S*|شاشة\s+لمس|طابعة\s+حرارية|የውሃ\s+መሸጫ/gu;

/** The takings go to the owner's own account with a payment provider: "your own merchant account", "your acquirer". */
const OWNERS_OWN_TAKINGS =
  /(?<![\p{L}])(?:merchant(?:'s)?\s+(?:account|bank|id)|acquir(?:er|ing)|payment\s+provider|pos\s+provider|your\s+own\s+(?:till|paybill|merchant)|register\s+(?:your\s+own\s+|the\s+)?(?:till|paybill)|prestataire\s+de\s+paiement|compte\s+marchand|proveedor\s+de\s+pagos|sa[ğg]lay[ıi]c[ıi]n[ıi]za|incassi\s+vanno)(?![\p{L}])|商户号|商户|收单机构|مزود\s+الدفع|эквайринг/u;

/**
 * A payment the buyer is asked for, in the channel's own sentence: "for the deposit pls pay by Alipay to me", "pay USDT
 * to save the fee", "30% by Western Union to our manager", 印刷费请转我支付宝 (the printing fee to my Alipay). A spec sheet
 * names no deposit, and pays no one "me" or "us".
 */
const BUYER_ASKED_TO_PAY =
  /\b(?:deposit|down\s?payment|acompte|anzahlung|adelanto|anticipo|sinal|uang\s+muka|(?:pls|please|plz|kindly)\s+pay|to\s+(?:me|us)\b|payez-moi|an\s+mich|a\s+m[íi]\b|para\s+mim|plus\s+rapide\s+que|que\s+la\s+plataforma|nicht\s+(?:ü|u|ue)ber\s+die\s+plattform|to\s+(?:my|our)\s+(?!(?:own\s+)?merchant)|save\s+(?:the\s+)?(?:fees?|commission)|faster\s+than|cheaper\s+than|instead\s+of\s+(?:alibaba|ta|trade\s+assurance))|\bdp\b|\bke\s+saya\b|\bdep[óo]sito\b|(?<![\p{L}])p[áa]g(?:ue|a)me(?![\p{L}])|عربون|خارج\s+المنصة|ادفع\s+لي|предоплат|给我|定金|订金|[转付汇](?:到|给|进)?我|我的(?:支付宝|微信|银行|账|卡)|尾款|余款/u;

/** The channel's sentence asks the buyer to pay, spec sheet or not. */
export function asksTheBuyerToPay(sentence: string): boolean {
  return BUYER_ASKED_TO_PAY.test(sentence);
}

/** Whether the message reads as such a spec sheet: two spec words, or one with the takings going to the owner. */
export function describesPaymentEquipment(letters: string): boolean {
  const specWords = new Set(Array.from(letters.matchAll(SPEC_WORDS), (match) => match[0]));
  return specWords.size >= 2 || (specWords.size === 1 && OWNERS_OWN_TAKINGS.test(letters));
}

/**
 * Signs and stands that show a channel's name to shoppers: "Scan to pay with GCash" printed on an acrylic QR stand, a
 * MoneyGram lightbox, 扫码立牌，一面印微信支付 (a scan-to-pay stand printed with WeChat Pay), ستاندات أكريليك (acrylic stands).
 */
const SIGNAGE =
  /\b(?:led\s+signs?|neon\s+signs?|sign\s+text|qr\s+stands?|acrylic\s+(?:qr\s+)?(?:stands?|displays?|signs?|plates?)|lightbox(?:es)?|sign\s?boards?|signage|(?:door|window|shop|counter)\s+(?:stickers?|decals?)|displays?\s+de\s+acr[íi]lico|acr[íi]lico)\b|(?:حوامل|ستاندات)\s+أكريليك|(?:立牌|台卡|码牌|贴[纸紙]|亚克力)[^。！？]*?印|印[^。！？]*?(?:立牌|台卡|码牌|贴[纸紙]|亚克力)/u;

/** Signage in the channel's sentence, or a spec sheet of the message, shows or takes the channel, unless the buyer is asked to pay. */
export function showsOrTakesTheChannel(sentence: string, specSheet: boolean): boolean {
  return (specSheet || SIGNAGE.test(sentence)) && !asksTheBuyerToPay(sentence);
}
