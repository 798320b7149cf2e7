import { cue, inSentenceWith, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 78 (buyers in Europe, Latin America, Africa, South Asia, Russia and
 * the Gulf), in their own words and the supplier's. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_BUYERS_ABROAD: readonly Cue[] = [
  cue(
    'PayPal Friends & Family',
    // Spanish "Lo envío como amigos y familia ahora", Portuguese "como amigos e família"; probe 82's German "bitte
    // 'Freunde und Familie' wählen", Polish "proszę wybrać 'znajomi i rodzina'", PayPal's names for the option.
    '\\b(?:como|por)\\s+(?:amigos\\s+y\\s+familia|amigos\\s+e\\s+fam[íi]lia)\\b' +
      '|(?<![\\p{L}])(?:freunde\\s+(?:und|&)\\s+familie|znajomi\\s+i\\s+rodzina|arkada[şs]lar\\s+ve\\s+aile)\\W{0,3}\\s*(?:w[äa]hlen|ausw[äa]hlen|wybra[ćc]|wybierz|zaznaczy[ćc]|se[çc]in|se[çc]ene[ğg]i\\p{L}*)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:w[äa]hlen\\s+sie|wybierz|wybra[ćc]|se[çc]in)\\s+\\W{0,2}(?:freunde\\s+(?:und|&)\\s+familie|znajomi\\s+i\\s+rodzina|arkada[şs]lar\\s+ve\\s+aile)(?![\\p{L}])',
    { anchors: ['amigos y familia', 'amigos e fam', 'freunde', 'znajomi', 'arkadaşlar', 'arkadaslar'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Euro to Euro SEPA is free and fast, no Alibaba fee 3%": not "there is no Alibaba fee for buyers" on its own.
    `\\b(?:no\\s+alibaba|no\\s+trade\\s+assurance)\\s+(?:fees?|commission|charges?)\\b${inSentenceWith('\\b(?:sepa|direct|directly|t/t|tt|wire|iban|wise|western\\s+union|bank\\s+transfer)\\b', 80)}` +
      // Spanish "Pago los 12.000 en Alibaba y el resto por transferencia"; German "wir überweisen 100 % direkt auf Ihr
      // Firmenkonto"; Hinglish "theek hai, direct kar dete hain"; Turkish "yarısını Wise ile göndereyim".
      '|\\by\\s+el\\s+resto\\s+(?:por|con|v[íi]a)\\s+(?:transferencia|western\\s+union|paypal|wise)\\b' +
      '|\\bdirekt\\s+auf\\s+(?:ihr|unser|das|dein)\\s+(?:\\S+\\s+)?(?:firmenkonto|konto|bankkonto)\\b' +
      '|\\bdirect\\s+kar\\s+(?:dete|dunga|denge|deta|dungi)\\b' +
      '|\\bwise\\s+ile\\s+(?:g[öo]nder|[öo]de|yolla)' +
      // "many customer in France pay to this IBAN", "please pay to this IBAN".
      '|\\b(?:pay|paid|transfer|send|wire|remit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into|on)\\s+this\\s+iban\\b',
    {
      anchors: [
        'no alibaba',
        'no trade assurance',
        'el resto',
        'direkt auf',
        'direct kar',
        'wise ile',
        'this iban',
      ],
    },
  ),
  cue(
    'a personal account',
    // "the EU account is in his name because Chinese company can not open account in Europe".
    '\\b(?:account|acct|a/c|iban)\\s+(?:is\\s+)?(?:in\\s+his|in\\s+her|under\\s+his|under\\s+her)\\s+(?:own\\s+)?name\\b',
    { anchors: ['in his', 'in her', 'under his', 'under her'] },
  ),
  cue(
    'a third party collecting the money',
    // Spanish "el recibe pagos de clientes mexicanos y nos manda"; Hinglish "hamara Delhi mein agent hai, aap INR mein pay
    // kar sakte ho"; Gulf Arabic "عندنا وكيل في الرياض تقدر تحول له" (our agent in Riyadh, you can transfer to him); Russian
    // "лучше платить на компанию в Киргизии" (better pay to a company in Kyrgyzstan).
    '(?<![\\p{L}])(?:él|el|ella)\\s+(?:recibe\\s+pagos|recibe\\s+los\\s+pagos)\\b' +
      '|\\bagent\\s+hai\\b[^.!?]{0,40}?\\bpay\\s+kar' +
      '|وكيل\\s+في\\s+\\S+\\s+(?:تقدر|ممكن|يمكنك)\\s+(?:تحول|تدفع)\\s+له' +
      '|(?<![\\p{L}])платить\\s+на\\s+(?:компанию|фирму|сч[её]т\\s+компании)\\s+(?:в|из)(?![\\p{L}])',
    { anchors: ['recibe pagos', 'recibe los pagos', 'agent hai', 'وكيل في', 'платить на'] },
  ),
];
