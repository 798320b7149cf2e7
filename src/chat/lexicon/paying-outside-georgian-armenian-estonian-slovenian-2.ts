import { cue, type Cue } from './cue';

// More ways to ask to pay outside the order in Georgian, Armenian, Estonian and Slovenian, joined by
// paying-outside-georgian-armenian-estonian-slovenian.ts: a fee at customs, the local wallets, PayPal to friends, cash,
// the order said to be unavailable.

export const MORE_PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [
  cue(
    'a fee to release goods held at customs',
    // Georgian "საბაჟოზე … მოსაკრებელია 1,450 ლარი, წინასწარ უნდა გადაიხადოთ" (a fee at customs, to be paid in
    // advance); Armenian "պահված է … մաքսատանը … պետք է վճարել 68,000 դրամ" (held at customs, must be paid); Estonian
    // "toll nõuab … tasu 385 EUR" (customs demands a fee), "jääb kaup sadamasse kinni" (the goods are held at the port);
    // Slovenian "carina zahteva … takso 89 EUR" (customs demands a fee).
    '(?:საბაჟო|საბაჟოზე|საბაჟოში)[^.!?\\n]{0,80}?(?:მოსაკრებ|საფასურ|გადასახად)\\p{L}*[^.!?\\n]{0,60}?(?:წინასწარ|გადაიხად|ჩარიცხ|გადარიცხ)' +
      '|մաքսատ\\p{L}*[^.!?\\n։]{0,80}?(?:պետք\\s+է\\s+վճարել|վճարեք|վճարում\\s+(?:\\S+\\s+)?աշխատակց)' +
      '|(?<![\\p{L}])tolli?(?:amet)?\\s+(?:n[õo]uab|k[üu]sib)\\s+(?:\\S+\\s+){0,5}?(?:tasu|l[õo]iv|makse)\\p{L}*|(?<![\\p{L}])kinni\\s+(?:\\S+\\s+){0,4}?(?:tasu|l[õo]iv)\\p{L}*\\s+(?:\\S+\\s+)?(?:maks|tasu)' +
      '|(?<![\\p{L}])carin\\p{L}*\\s+(?:zahteva|zaračuna|zaracuna)\\s+(?:\\S+\\s+){0,5}?(?:takso|pristojbino|pla[čc]ilo)',
    {
      anchors: ['საბაჟო', 'մաքսատ', 'toll', 'kinni', 'carin'],
    },
  ),
  cue(
    'an Armenian or Georgian wallet to a person',
    // Armenian wallets and Georgia's pay boxes: "Idram ID: 553 019 784", "Telcell-ով … աշխատակցի դրամապանակին" (by
    // Telcell to their employee's wallet), "Pay box-ის ტერმინალით ჩარიცხოთ მის ანგარიშზე" (pay by terminal into his
    // account).
    '(?<![\\p{L}])(?:idram|telcell|easypay)\\s*(?:id|account|հաշիվ|համար)?\\s*[:：]\\s*\\d|դրամապանակին|(?<![\\p{L}])(?:idram|telcell)\\p{L}*[^.!?\\n։]{0,40}?(?:աշխատակց|ստացող|անձնական)' +
      '|(?:ტერმინალით|ტერმინალიდან)\\s+(?:\\S+\\s+)?(?:ჩარიცხ|გადარიცხ)\\p{L}*\\s+(?:\\S+\\s+)?(?:მის|მათ|მისი)\\s+ანგარიშ',
    { anchors: ['idram', 'telcell', 'easypay', 'դրամապանակին', 'ტერმინალ'] },
  ),
  cue(
    'PayPal Friends & Family',
    // Slovenian "PayPal 'prijatelji in družina'", Estonian "sõbrad ja pere", Georgian "მეგობრები და ოჯახი".
    'prijatelji\\s+in\\s+dru[žz]ina|s[õo]brad\\s+ja\\s+(?:pere|perekond)|მეგობრები\\s+და\\s+ოჯახი|ընկերներ\\s+եւ\\s+ընտանիք',
    { anchors: ['prijatelji in dru', 'sõbrad ja', 'sobrad ja', 'მეგობრები და', 'ընկերներ եւ'] },
  ),
  cue(
    'a payment app, outside the order',
    // Slovenian "preko PayPala direktno vam" (by PayPal straight to you), "plačilo na Revolut", Estonian "Wise kontole",
    // "Revolutiga", Georgian "PayPal-ით", Armenian "Alipay-ին կամ WeChat Pay-ին" (to Alipay or WeChat Pay): the app
    // with the case ending the language puts on it.
    '(?<![\\p{L}])(?:preko|prek|na|z)\\s+(?:paypal|revolut|wise)(?:a|u|om)?(?![\\p{L}])(?!\\s+(?:business\\s+)?kartic)|(?<![\\p{L}])(?:paypal|revolut|wise|paysera)(?:i|\\s+)?(?:kontole|kontot)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:alipay|wechat\\s+pay|paypal|revolut)-(?:ին|ով|ით|ზე)',
    {
      needsPaymentTalk: true,
      offeredInOrder: true,
      anchors: ['paypal', 'revolut', 'wise', 'paysera', 'alipay', 'wechat pay'],
    },
  ),
  cue(
    'cash, outside the order',
    // Georgian "ნაღდით გადაიხადოს" (let him pay in cash), "ნაღდი ფული"; Armenian "կանխիկ տալ մեր մենեջերին" (give cash
    // to our manager); Slovenian "gotovina", Estonian "sularaha" handed over.
    '(?:ნაღდით|ნაღდი\\s+ფულით|ნაღდი\\s+მისცეს|ნაღდს)|կանխիկ\\s+(?:\\S+\\s+)?(?:տալ|տա|վճարել)(?![\\p{L}])|(?<![\\p{L}])(?:sularahas?|gotovin[aoi])\\s+(?:\\S+\\s+){0,3}?(?:anda|üle|ule|izro[čc]|pla[čc]|dati|da)\\p{L}*',
    { anchors: ['ნაღდ', 'կանխիկ', 'sularaha', 'gotovin'] },
  ),
  cue(
    'Trade Assurance said to be unavailable',
    // Georgian "Trade Assurance საქართველოზე არ მუშაობს" (doesn't work for Georgia), Armenian "Trade Assurance-ը
    // դադարեցրել է" (has stopped), Estonian "ei saa Trade Assurance'it kasutada" (can't use), Slovenian "Trade Assurance
    // ne deluje".
    '(?:trade\\s+assurance|alibaba)\\S*\\s+(?:\\S+\\s+){0,2}?(?:არ\\s+მუშაობს|դադարեցրել|ne\\s+deluje|ni\\s+na\\s+voljo|ei\\s+t[öo]ta)|(?<![\\p{L}])ei\\s+saa\\s+trade\\s+assurance|(?<![\\p{L}])ne\\s+moremo\\s+(?:uporabiti\\s+)?trade\\s+assurance',
    { anchors: ['trade assurance', 'alibaba'] },
  ),
  cue(
    'a payment link outside the order',
    // Armenian "կուղարկեմ … ուղիղ վճարման հղումը" (I'll send the direct payment link), Georgian "გადახდის ლინკს
    // გამოგიგზავნით" (I'll send the payment link), Estonian "saadan makselingi", Slovenian "pošljem povezavo za plačilo".
    '(?:վճարման\\s+հղում|გადახდის\\s+ლინკ|makselink|maksmise\\s+link|povezav\\p{L}*\\s+za\\s+pla[čc]il)\\p{L}*',
    { anchors: ['վճարման հղում', 'გადახდის ლინკ', 'makselink', 'maksmise link', 'povezav'] },
  ),
];
