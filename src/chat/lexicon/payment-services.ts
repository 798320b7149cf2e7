import { CASH_AND_CHEQUES } from './cash-and-cheques';
import { COLLECTION_ACCOUNTS } from './collection-accounts';
import { CRYPTO } from './crypto';
import { E_WALLETS } from './e-wallets';
import { cue, type Cue } from './cue';
import { PHONE_WALLETS } from './phone-wallets';

/**
 * Services that move money with no buyer protection: money transfer services, e-wallets, crypto, gift cards, payment apps
 * to a person, cash. Matched on the letters view ("m0neygram" reads "moneygram").
 */
export const PAYMENT_SERVICES: readonly Cue[] = [
  cue(
    'Western Union',
    // Misspelt, split to slip past a filter ("weste rn union"), or misheard by voice typing ("wester onion", "west and union").
    '\\bw\\s?e\\s?s\\s?t\\s?(?:e\\s?r\\s?n|r\\s?n|e\\s?r|e\\s?n)\\s?-?\\s?union(?:a|om|u|e|em|in|ia|illa|ille|ista)?\\b|\\bwestern?\\s+onion\\b|\\bwest\\s+and\\s+union\\b|\\bwestern\\s?uni\\b|西联|西联汇款|ويسترن\\s?يونيون|ویسٹرن\\s?یونین|вестерн\\s?юнион|ウ[エェ]スタン・?ユニオン',
    { anchors: ['union', 'uni', 'onion', '西联', 'ويسترن', 'ویسٹرن', 'вестерн', 'スタン'] },
  ),
  cue(
    'Western Union',
    '\\b(?:by|via|through|thru|the|send|with|use|accept|prefer)\\s+(?:a\\s+)?(?:wu\\b|w\\.u\\b|w/u\\b)|\\b(?:wu|w\\.u\\.?|w/u)\\s+(?:transfer|payment|or|ok(?:ay)?|fine|accepted|is\\s+ok|to\\s+(?:my|our|his|her|me|us|him))\\b' +
      // Its transfer's control number, which only a Western Union payment has: "send me the MTCN".
      '|\\bmtcn\\b' +
      // "Send 30usd wu now".
      '|\\b(?:send|pay|remit)\\w*\\s+(?:\\S+\\s+){0,2}?(?:wu|w\\.u|w/u)\\s+(?:now|today|pls|please|plz|asap)\\b' +
      // "Pay thru western pls": the name cut short, after paying (not "western markets").
      '|\\b(?:pay|send|remit)\\w*\\s+(?:thru|through|via|by)\\s+western\\b(?!\\s+(?:style|standards?|quality|markets?|countries|brands?|union)\\b)',
    { anchors: ['wu', 'w.u', 'w/u', 'western', 'mtcn'] },
  ),
  cue(
    'MoneyGram',
    '\\bmoney\\s?gr[ae]?m\\b|速汇金|موني\\s?(?:جرام|غرام)|мани\\s?грам|\\bvia\\s+mg\\b|\\bby\\s+mg\\b' +
      // "mg pls not alibaba fee too high": not milligrams ("5 mg pls").
      '|(?<![\\d.,]\\s?)\\bmg\\s+(?:pls|please|plz|ok|only)\\b(?=[^.!?]{0,40}\\b(?:alibaba|fees?|pay|payment)\\b)',
    {
      // "moneygr", not "gram": a hurried "moneygrm" has no "gram". "Balance via MG pls": its short name.
      anchors: ['moneygr', 'money gr', '速汇金', 'موني', 'мани', 'via mg', 'by mg', 'mg '],
    },
  ),
  cue(
    'a money transfer service',
    // Efecty and Baloto: Colombia's cash-transfer counters; Dari "از طریق حواله به صراف ما" (by hawala to our exchanger).
    '\\bria\\s+(?:money\\s+)?transfer\\b|\\bworld\\s?remit\\b|\\bxoom\\b|\\bremitly\\b|\\bsend\\s?wave\\b|\\bchipper\\s?cash\\b|\\bhawala\\b|\\befecty\\b|\\bbaloto\\b|\\bpalawan\\s+express\\b|\\bcebuana\\b|عن\\s+طريق\\s+الصرافة|حساب\\s+صرافی|(?:از\\s+طریق|به)\\s+(?:حواله|صراف)',
    {
      anchors: [
        'ria',
        'remit',
        'xoom',
        'wave',
        'chipper',
        'hawala',
        'efecty',
        'baloto',
        'palawan',
        'cebuana',
        'الصرافة',
        'صراف',
        'حواله',
      ],
    },
  ),
  cue(
    'a money transfer service',
    // Zolotaya Korona (Золотая Корона): Russia's cash-transfer network.
    '\\bxpress\\s?money\\b|\\bsmall\\s?world\\b|\\b(?:by|via|through|with|using)\\s+ria\\b|\\bmoney\\s+orders?\\b|\\bzolot\\w*\\s+koron\\w*|золот[\\p{L}]*\\s+корон[\\p{L}]*',
    { needsPaymentTalk: true, anchors: ['xpress', 'small', 'ria', 'money', 'koron', 'корон'] },
  ),
  ...E_WALLETS,
  ...CRYPTO,
  cue(
    'gift cards',
    // Not gift cards as the goods: "we print gift cards", "for the gift cards send the artwork and the barcode numbers".
    '\\b(?:google\\s?play|itunes|apple|steam|amazon|razer\\s?gold|ebay|sephora|vanilla)\\s+(?:gift\\s+)?cards?\\b|\\b(?:razer\\s?gold|google\\s?play|itunes)\\b(?=[^.!?]{0,60}\\bcards?\\b)|\\btarjetas?\\s+de\\s+regalo\\b|\\bcart(?:ão|ao|ões|oes)\\s+(?:de\\s+)?presente\\b|\\bcartes?[\\s-]cadeaux?\\b|\\bgeschenkkarten?\\b|\\bbuoni?\\s+regalo\\b|\\bgutscheinkarten?\\b|\\bhediye\\s+kart|\\bkart[^\\s]*\\s+podarunkow|ギフトカード|ギフト券|\\bgift\\s?cards?\\b(?![^.!?]{0,80}\\b(?:artwork|barcodes?|design\\s+files?|ai\\s+or\\s+pdf|encode|magstripe|magnetic\\s+stripe|lamination|pvc|insert|lid|packaging)\\b)(?<!\\b(?:print|prints|printing|printed|make|makes|making|produce|produces|producing|manufacture|design|designing)\\s+(?:\\S+\\s+)?gift\\s?cards?)|礼品卡',
    {
      needsPaymentTalk: true,
      anchors: [
        'card',
        'podarunkow',
        'razer',
        'google play',
        'googleplay',
        'itunes',
        'regalo',
        'presente',
        'cadeau',
        'karte',
        'hediye',
        '礼品卡',
        'ギフト',
      ],
    },
  ),
  cue(
    'gift cards',
    // "Buy a Vanilla Visa prepaid card and send us the number and PIN": a card's number and PIN are cash to whoever has them.
    // Paysafecard: a prepaid voucher whose code is the money; Korea's culture and book vouchers (문화상품권) too.
    '\\bvanilla\\s+(?:visa|master\\s?card)\\b|\\bsend\\s+(?:us|me)\\s+(?:the\\s+)?(?:card\\s+)?(?:number|code)s?\\s+and\\s+(?:the\\s+)?pins?\\b|\\bpaysafe\\s?card\\b' +
      '|(?:문화|도서|컬쳐랜드|해피머니)\\s?상품권|상품권\\s?핀\\s?번호|구글\\s?(?:플레이\\s?)?기프트\\s?카드',
    { anchors: ['vanilla', 'pin', 'paysafe', '상품권', '기프트'] },
  ),
  cue(
    "Hong Kong's FPS",
    // "Our Hong Kong FPS ID is 1234567", 轉數快: an instant transfer to an account, outside the order.
    '\\bfps\\s+(?:id|number|no\\.?|account)\\s*(?:is\\s+|:\\s*|#\\s*)?\\d{6,}|\\bfps\\s+(?:id|account)\\b(?=[^.!?]{0,60}\\b(?:transfer|pay\\w*|balance|deposit)\\b)|轉數快|转数快',
    { anchors: ['fps', '轉數快', '转数快'] },
  ),
  cue(
    'PayPal Friends & Family',
    '\\bpay\\s?pal(?:illa|ia|om|em|u)?\\s+["“‘]?(?:[\\p{L}/&]+\\s+){0,2}?(?:fnf|ff|f\\s?&\\s?f|f\\s?and\\s?f|friends?|family|gift)\\b|\\bpay\\s?pal\\s*(?:的)?(?:好友|亲友|朋友)(?:付款|支付|转账)?|\\bfriends?\\s?(?:&|and|n)\\s?family\\b(?=[^.!?]*\\bpay)' +
      // "Pay … as friends and family so no fee": PayPal's kind of payment, named without PayPal.
      '|\\b(?:pay|send)\\w*[^!?\\n]{0,80}?\\b(?:as|choose|select|use|using)\\s+friends?\\s?(?:&|and|n)\\s?family\\b' +
      // "u can pp f&f 4 sample fee": PayPal cut to "pp" (also a plastic bag), known by the F&F after it.
      '|\\bpp\\s+(?:fnf|f\\s?&\\s?f|f\\s?and\\s?f)\\b' +
      // "PayPal entre proches", "amis et famille", "an Freunde", "přátelé a rodina", باي بال للأصدقاء, の「友達・家族」.
      '|\\bpay\\s?pal\\s+(?:\\S+\\s+){0,2}?\\(?(?:entre\\s+proches|amis\\s+et\\s+famille|amigos\\s+y\\s+famili|amigos\\s+e\\s+fam[íi]lia|amici\\s+e\\s+familiari|freunde\\s*(?:&|und)\\s*familie|an\\s+freunde\\b|p[řr][áa]tel[ée]\\s+a\\s+rodina|arkada[şs]\\s+olarak)|(?:페이팔|페이펄)\\s*(?:친구|가족)|(?:\\bpay\\s?pal|ペイパル)\\s*の?\\s*[「『]?(?:友達|友人)[・と]?家族|(?:باي\\s?بال|بايبال)\\s+(?:\\S+\\s+)?(?:لل)?(?:أصدقاء|اصدقاء)',
    { anchors: ['pal', 'family', 'pp ', 'باي', 'بايبال', '페이팔', '페이펄', 'ペイパル'] },
  ),
  cue(
    'PayPal Friends & Family',
    // "Collects small amounts by PayPal to her own address, just mark it as a gift": sent as a gift, it can't be claimed back.
    '\\bmark\\s+(?:it\\s+)?as\\s+(?:a\\s+)?gift\\b(?<=\\bpay\\s?pal\\b[^!?\\n]{0,120})',
    { anchors: ['mark '] },
  ),
  cue(
    'a bank transfer straight to the supplier (NEFT, RTGS, IMPS)',
    // India's domestic bank transfers go to a bank account, never into the Alibaba order: "advance 50% NEFT kar dijiye".
    '\\b(?:neft|rtgs|imps)\\b',
    { offeredInOrder: true, anchors: ['neft', 'rtgs', 'imps'] },
  ),
  cue(
    'a cash deposit into a bank account',
    '\\bcash(?<!\\b(?:bags?|pouch(?:es)?|envelopes?|box(?:es)?|slips?)\\s+for\\s+cash)\\s+deposits?\\s+(?:at|in|into|to)\\b|\\b(?:prefer|accept|need|make|do|with)\\s+(?:a\\s+)?cash\\s+deposits?\\b|\\bdeposit\\s+(?:the\\s+)?(?:money\\s+)?(?:in|as)\\s+cash\\b|现金存款|现金存入',
    { anchors: ['cash', '现金'] },
  ),
  cue(
    'a payment app, outside the order',
    // "WeChat pay me 500 RMB", "PayPal us the sample fee": the app used as a verb is talk of paying by itself.
    // So is 微信转账给我 ("WeChat a transfer to me") and 请用微信付款 ("please pay by WeChat").
    '\\b(?:wechat\\s+pay|ali\\s?pay|pay\\s?pal)\\s+(?:me|us)\\b(?!\\s+(?:on|at|via|in)\\b)' +
      '|微信(?:转账|付款|支付|转)\\s*(?:给|到)\\s*我|微信转我|(?:用|使用|通过)微信(?:转账|付款|支付)' +
      // "Pay the deposit to my WeChat", "… to the WeChat I send": money to a WeChat account is WeChat Pay (a slip sent there is
      // contact); "pay me on WeChat", "pay 420 USD storage fee via WeChat QR" (even with "add me on WeChat" after).
      '|\\b(?:pay|paid|paying|transfer(?:red)?|remit(?:ted)?)\\s+(?:\\S+\\s+){0,4}?(?:to|into|via)\\s+(?:my|our|the|his|her)\\s+(?:wechat|we\\s+chat|weixin)\\b(?!\\s+(?:group|id|account\\s+to\\s+(?:talk|chat)))' +
      '|\\bpay\\s+(?:me|us)\\s+(?:on|via|by|through|with)\\s+(?:wechat|we\\s+chat|weixin)\\b|\\bpay\\s+(?:\\S+\\s+){0,4}?(?:via|by|with)\\s+(?:wechat|we\\s+chat)\\s+qr\\b',
    // "wechat" holds "wechat pay".
    {
      offeredInOrder: true,
      anchors: ['alipay', 'ali pay', 'paypal', 'pay pal', '微信', 'wechat', 'we chat', 'weixin'],
    },
  ),
  cue('Apple Pay Cash', '\\bapple\\s+pay\\s+cash\\b|\\bapple\\s+cash\\b', { anchors: ['apple'] }),
  cue(
    'a payment app, outside the order',
    '\\bpay\\s?pal\\b|\\b(?:by|via|through|with|use|using)\\s+(?:apple|google|samsung)\\s+pay\\b|\\b(?:apple|google|samsung)\\s+pay\\s+(?:to|transfer|payment|works|is\\s+fine)\\b|\\brevolut\\b|\\bpayoneer\\b|\\bali\\s?pay\\b|支付宝|\\b(?:wechat|we\\s+chat)\\s+(?:pay|transfer|qr\\b(?![^.!?]{0,30}\\b(?:add|friend|contact)))\\b|微信(?:转账|支付|付款|转我|转给我)|\\bwise\\s+(?:transfer|account|link|e-?mail)\\b|\\b(?:compte|conta|cuenta|konto)\\s+wise\\b|\\b(?:via|by|through|with|using|uses?|accepts?|to\\s+my|to\\s+our|to\\s+his|to\\s+her|qua|b[ằa]ng|por|pelo|pela|per|par|przez|uber|ueber|con|com)\\s+wise\\b|(?<![\\p{L}])über\\s+wise\\b',
    {
      needsPaymentTalk: true,
      offeredInOrder: true,
      anchors: [
        'pal',
        'apple',
        'google',
        'samsung',
        'revolut',
        'payoneer',
        'ali',
        '支付宝',
        'wechat',
        'we chat',
        '微信',
        'wise',
      ],
    },
  ),
  ...PHONE_WALLETS,
  ...COLLECTION_ACCOUNTS,
  cue(
    'a WeChat red packet',
    // 发个红包给我 ("send me a red packet"): money between WeChat friends, with nothing to claim back.
    // Red envelopes are also goods: "发红包样品" is sending samples of them.
    '(?:发|给我发)(?:个|一个|一下)?(?:微信)?红包(?!样品|产品|袋|封)|微信红包(?!样品|产品|袋|封)|红包(?:给我|发我|转我|发给我)|\\bwechat\\s+red\\s+(?:packet|envelope)s?\\b(?!\\s+(?:samples?|products?|printing))',
    { anchors: ['红包', 'wechat red'] },
  ),
  cue(
    'a payment app, outside the order',
    // Asked for outright, with no other word of paying: "this time use PayPal please", "PayPal ok".
    // Each branch starts with its own words, and the asking words before "use" are looked back at from there.
    '\\buse\\s+pay\\s?pal\\b(?:(?<=\\b(?:please|pls|plz|kindly|just|you\\s+can|can\\s+you|could\\s+you|this\\s+time)\\s+use\\s+pay\\s?pal)|\\s+(?:please|pls|plz|instead)\\b)' +
      '|\\bpay\\s?pal\\s+ok(?:ay)?\\b|\\bpay\\s?pal\\s+fine\\b|\\bpay\\s?pal\\s+better\\b|\\bpay\\s?pal\\s+instead\\b',
    {
      instruction: true,
      offeredInOrder: true,
      anchors: ['use pay', 'pal ok', 'pal fine', 'pal better', 'pal instead'],
    },
  ),
  ...CASH_AND_CHEQUES,
];
