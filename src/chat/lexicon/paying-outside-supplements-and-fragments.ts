import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 66 (supplements and private-label health products; the short
 * fragments people type on phones mid-deal): "WU" and "MG" for Western Union and MoneyGram, "PP F&F", "direct TT", "no
 * TA pls", a manager's account in Arabic, a director's "contul lui personal" in Romanian, an agent's account in
 * Portuguese, gift cards named after the word, bank details promised on WhatsApp in English, Turkish and Spanish. Part
 * of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_SUPPLEMENTS_AND_FRAGMENTS: readonly Cue[] = [
  cue(
    'a money transfer service',
    // "pay to my WU name Li Wei", "WU it to agent fast", "by WU tdy", "WU within 2h", "WU is fastest" (not "Mr Wu to
    // confirm", "Mr Wu is fastest"); "MG 800 to guangzhou", "MG to my sister" at a message's start or after "by" (not
    // "500 mg to").
    '\\b(?:by\\s+wu|via\\s+wu|thru\\s+wu|my\\s+wu|pay\\s+wu|send\\s+wu|use\\s+wu)\\b|\\b(?:wu\\s+it|wu\\s+to|wu\\s+name|wu\\s+within|wu\\s+only|wu\\s+ok|wu\\s+is\\s+(?:fast|quick|cheap|easy|easi|best|better|safe)\\w*)\\b(?<!\\b(?:mr|ms|mrs|miss|dr|mister)\\.?\\s+wu\\s+(?:is\\s+)?\\w+)' +
      '|^\\s*(?:mg\\s+to|mg\\s+\\d)|\\b(?:by\\s+mg|via\\s+mg)\\b',
    {
      anchors: [
        'by wu',
        'via wu',
        'thru wu',
        'my wu',
        'pay wu',
        'send wu',
        'use wu',
        'wu it',
        'wu to',
        'wu name',
        'wu within',
        'wu only',
        'wu ok',
        'wu is ',
        'mg to',
        'mg ',
        'by mg',
        'via mg',
      ],
    },
  ),
  cue(
    "PayPal's friends and family option",
    // "dep to my PP friends&family", "PP F&F".
    '\\b(?:pp\\s+friends?\\s*(?:&|and)\\s*family|pp\\s+f\\s?&\\s?f|pp\\s+ff)\\b',
    { anchors: ['pp friend', 'pp f', 'pp ff'] },
  ),
  cue(
    'paying directly, outside the order',
    // "no TA pls, direct TT save 3%", "bhai TA mat karo, direct TT bhejo", "freight 1200 direct tdy"; Turkish "hesaba direkt
    // gönder, alibaba yok" (send straight to the account, no Alibaba); Arabic "تحويل مباشر" (a direct transfer).
    '\\b(?:direct\\s+tt|direct\\s+t/t|direct\\s+transfer)\\b(?!\\s+(?:film|printing|print|paper|sticker)s?\\b)|\\b(?:no\\s+ta\\s+pls|no\\s+ta\\s+please|no\\s+ta\\s+plz|ta\\s+mat\\s+karo)\\b' +
      '|\\b(?:freight\\s+direct|balance\\s+direct|bal\\s+direct|dep\\s+direct|deposit\\s+direct)\\b|\\b(?:freight|balance|bal|dep|deposit)\\s+\\d[\\d,.]*\\s+direct\\b|\\bdirekt\\s+g[öo]nder|\\balibaba\\s+yok\\b|تحويل\\s+مباشر',
    {
      anchors: [
        'direct tt',
        'direct t/t',
        'direct transfer',
        'no ta pl',
        'ta mat karo',
        'freight direct',
        'balance direct',
        'bal direct',
        'dep direct',
        'deposit direct',
        ' direct',
        'direkt g',
        'alibaba yok',
        'تحويل مباشر',
      ],
      instruction: true,
    },
  ),
  cue(
    'a third party collecting the money',
    // "cash ok? my agent in dubai collect" (not "… collects the samples"); Arabic "ادفع على حساب المدير مباشرة" (pay to the manager's account); Portuguese
    // "direto na conta dele" (straight to his account); Romanian "în contul lui personal Revolut".
    '\\b(?:my\\s+agent|my\\s+cousin|my\\s+brother|my\\s+friend)\\s+(?:in\\s+\\S+\\s+)?collects?\\b(?!\\s+(?:the\\s+|our\\s+|your\\s+)?(?:samples?|goods|parcels?|cartons?|order|container|boxes|stock|products?)\\b)|حساب\\s+المدير|حساب\\s+المالك' +
      '|\\b(?:direto\\s+na\\s+conta)\\s+(?:dele|dela|do\\s+despachante|do\\s+agente)\\b|\\b(?:contul\\s+lui|contul\\s+ei)\\s+personal\\b',
    {
      anchors: [
        'my agent',
        'my cousin',
        'my brother',
        'my friend',
        'حساب المدير',
        'حساب المالك',
        'direto na conta',
        'contul lui',
        'contul ei',
      ],
    },
  ),
  cue(
    'a gift card',
    // "gift card ok? steam or itunes".
    '\\bgift\\s+cards?\\b[^.!]{0,20}?\\b(?:steam|itunes|google\\s+play|amazon|razer|apple)\\b',
    { anchors: ['gift card'] },
  ),
  cue(
    'bank details to be given outside the order',
    // "WA me for bank details"; Turkish "WhatsApp'tan yazarsan IBAN'ı gönderirim" (I'll send the IBAN); Spanish "escríbame al
    // WhatsApp y le doy la nueva" (I'll give you the new one).
    '\\b(?:wa\\s+me|whats\\s?app\\s+me|wechat\\s+me|tg\\s+me|telegram\\s+me)\\s+for\\s+(?:the\\s+)?(?:bank|account|acc|payment)\\s+(?:details|info)\\b' +
      "|\\biban(?:'?[ıi])?\\s+g[öo]nderirim\\b|\\b(?:le\\s+doy\\s+la\\s+nueva|te\\s+doy\\s+la\\s+nueva)\\b",
    {
      anchors: [
        'wa me',
        'whatsapp me',
        'whats app me',
        'wechat me',
        'tg me',
        'telegram me',
        'nderirim',
        'doy la nueva',
      ],
    },
  ),
];
