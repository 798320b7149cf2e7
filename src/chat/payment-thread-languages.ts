// The replies that carry a request to pay outside the order on, in the chat's other languages (Spanish, Portuguese,
// French, Italian, Russian, Chinese, Arabic here; the later languages' packs in thread-language-packs.ts): "ya pagué", "pra
// qual conta?", "c'est fait, voici le reçu", "куда переводить?", "还是上次那个". The English ones, and how a thread
// uses them, are in payment-thread.ts.

import { packed, type ThreadLanguagePack } from './thread-language-packs';
import { wordsOrPhrases } from './thread-words';

/** One pattern for a kind of reply: these languages' words and phrases, then the packs'. */
function withMoreLanguages(
  kind: keyof ThreadLanguagePack,
  words: readonly string[],
  phrases: readonly string[] = [],
  notFollowedBy = '',
): RegExp {
  const others = packed(kind);
  return wordsOrPhrases([...words, ...others.words], [...phrases, ...others.phrases], notFollowedBy);
}

/** Send me…: "manda", "pásame", "envoyez", "mandami", "скиньте". */
const SEND_ME =
  '(?:manda|m[áa]ndame|pasa|p[áa]same|env[íi]a|env[íi]ame|envoie|envoyez|donne|donnez|passe|mandami|mi\\s+mandi|скиньте|скинь|пришлите|отправьте|дайте)';
/** What a buyer asks for to pay: the account, its details, the wallet, the name on it. */
const ACCOUNT_NOUN =
  '(?:datos|dados|dati|donn[ée]es|infos|coordonn[ée]es|iban|rib|cuenta|conta|conto|compte|wallet|billetera|carteira|portefeuille|chave|clabe|cbu|nom\\s+du\\s+b[ée]n[ée]ficiaire|nombre\\s+del\\s+beneficiario|nome\\s+do\\s+benefici[áa]rio|кошел[её]к|реквизиты|сч[её]т)';
/** An article or "me" between the verb and the noun: "manda o IBAN", "envoyez-moi les infos", "mandami i dati". */
const ARTICLE = "(?:(?:el|la|los|las|o|a|os|as|i|il|le|les|me|moi|-moi|ai)\\s+|l')?";

/** What else is paid in an order's talk: "paguei a amostra", "pagué el flete" are the order's own costs. */
const THINGS_PAID =
  "(?!\\s+(?:(?:a|o|la|el|le|l'|il|les|los)\\s*)?(?:amostras?|muestras?|[ée]chantillons?|campioni|campione|образ[\\p{L}]*|frete|flete|fret|env[íi]o|livraison|spedizione|доставк[\\p{L}]*|muster|numune|sampel|próbk\\p{L}*)(?![\\p{L}]))";

/** Money sent, or about to be: "ya transferí 850", "fiz o pix", "virement effectué", "оплатил", "钱已经转了", "حولت". */
export const PAID_IN_OTHER_LANGUAGES = withMoreLanguages(
  'paid',
  [
    'ya\\s+(?:te\\s+|le\\s+)?(?:pagu[ée]|transfer[íi]|deposit[ée]|mand[ée]|envi[ée])|(?:pago|transferencia|dep[óo]sito)\\s+(?:hecho|hecha|realizad[oa]|enviad[oa])|(?:listo|hecho)\\s*,?\\s+(?:ya\\s+)?(?:pagado|transferido|depositado)|(?:te\\s+)?(?:mando|env[íi]o|paso)\\s+el\\s+(?:comprobante|hash)|(?:voy\\s+a\\s+)?(?:pagar|transferir|depositar)\\s+(?:hoy|ahora|ma[ñn]ana)|ma[ñn]ana\\s+(?:temprano\\s+)?(?:transfiero|deposito|pago|mando\\s+el)|(?:n[úu]mero|c[óo]digo)\\s+de\\s+(?:referencia|transferencia|env[íi]o)|mtcn|financ(?:e|iero|ieros)\\s+(?:ya\\s+)?pag[óo]|contabilidad\\s+(?:ya\\s+)?pag[óo]',
    '(?:j[áa]\\s+)?(?:paguei|transferi|depositei)|(?:fiz|mandei|enviei)\\s+o\\s+pix|pix\\s+(?:feito|enviado|realizado)|(?:segue|mando|envio)\\s+o\\s+comprovante|(?:pagamento|transfer[êe]ncia|dep[óo]sito)\\s+(?:feito|feita|realizad[oa])|vou\\s+(?:pagar|transferir|fazer\\s+o\\s+pix)\\s+(?:hoje|agora|amanh[ãa])|(?:feito|enviei)\\s*,\\s+(?:mandei|enviei)|(?:amanh[ãa]\\s+|hoje\\s+)?fa[çc]o\\s+(?:a\\s+remessa|o\\s+pagamento|a\\s+transfer[êe]ncia|o\\s+pix|o\\s+dep[óo]sito)|pago\\s+at[ée]\\s+(?:amanh[ãa]|segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado)|financeiro\\s+(?:j[áa]\\s+)?pagou|confere\\s+a[íi]',
    "c'est\\s+fait|(?:j'ai|jai)\\s+(?:pay[ée]|vir[ée]|transf[ée]r[ée]|fait\\s+le\\s+virement|envoy[ée])|virement\\s+(?:fait|effectu[ée]|envoy[ée])|(?:je\\s+(?:t'|vous\\s+)envoie|voici|voil[àa]|ci-joint)\\s+(?:le\\s+re[çc]u|la\\s+preuve|le\\s+justificatif|la\\s+capture|le\\s+bordereau)|je\\s+(?:paie|paye|vire|fais\\s+le\\s+virement)\\s+(?:\\S+\\s+){0,4}?(?:aujourd'hui|maintenant|demain|ce\\s+soir|lundi)|on\\s+paie\\s+(?:l'acompte|le\\s+solde)|j'envoie\\s+\\d|la\\s+compta\\s+a\\s+pay[ée]",
    '(?:ho\\s+)?(?:pagato|bonificato)|(?:ho\\s+)?fatto\\s+il\\s+bonifico|bonifico\\s+(?:fatto|effettuato|inviato|partito|domani)|(?:ti\\s+)?(?:mando|invio)\\s+la\\s+ricevuta|allego\\s+(?:la\\s+)?(?:contabile|ricevuta)',
    '(?:уже\\s+)?(?:оплатил|оплатила|оплатили|перевел|перевёл|перевела|перевели)|(?:оплата|перевод)\\s+(?:прош[её]л|прошла|сделан|сделана|отправлен)|(?:скинул|скинула|отправил|отправила)\\s+(?:чек|квитанцию|скрин)|(?:сейчас|сегодня|завтра)\\s+(?:оплачу|переведу)|(?:оплачу|переведу)\\s+(?:сейчас|сегодня|завтра)|(?:код|номер)\\s+перевода',
    'حولت|تم\\s+التحويل',
  ],
  [
    '(?:已经|已)(?:付|转|汇|打)(?:款|了|账|钱)?|(?:付|转|汇|打)(?:好|完)了|钱(?:已经)?(?:转|打|付|汇)(?:过去)?了|(?:发|给)(?:你|您)(?:回单|水单|汇款单|付款截图|转账截图|凭证)|(?:今天|明天|马上|现在)(?:付|转|汇|打)(?:款|钱)',
  ],
  THINGS_PAID,
);

/** Asking where or how to pay: "¿a qué cuenta?", "manda o IBAN", "sur quel compte ?", "куда переводить?", "账号多少". */
export const ASKS_WHERE_IN_OTHER_LANGUAGES = withMoreLanguages(
  'asksWhere',
  [
    `${SEND_ME}\\s+${ARTICLE}${ACCOUNT_NOUN}|${ACCOUNT_NOUN}\\s+(?:скиньте|скинь|пришлите|дайте)`,
    '(?:a|en)\\s+(?:qu[ée]|cu[áa]l)\\s+cuenta|(?:qu[ée]|cu[áa]l)\\s+(?:es\\s+la\\s+)?(?:cuenta|clabe|alias|cbu)|(?:a\\s+)?d[óo]nde\\s+(?:te\\s+|le\\s+)?(?:pago|deposito|transfiero|env[íi]o|mando)|cu[áa]nto\\s+(?:te\\s+)?(?:mando|deposito|transfiero|es|te\\s+debo)|(?:a|en|con)\\s+(?:qu[ée]\\s+)?nombre\\s+(?:de\\s+qui[ée]n|exacto)|a\\s+qu[ée]\\s+nombre',
    '(?:qual|que)\\s+(?:[ée]\\s+)?(?:a\\s+|o\\s+)?(?:conta|chave|nome|paypal)|(?:pra|para)\\s+qual\\s+conta|(?:pra|para)\\s+onde\\s+(?:eu\\s+)?(?:pago|mando|transfiro|envio)|quanto\\s+(?:eu\\s+)?(?:mando|pago|transfiro|[ée]|fica)|(?:no|em)\\s+nome\\s+de\\s+quem',
    "(?:sur|[àa])\\s+quel\\s+compte|quel\\s+(?:est\\s+le\\s+)?(?:rib|iban|nom)|(?:o[ùu]|[àa]\\s+qui)\\s+(?:je\\s+)?(?:paie|paye|envoie|vire|transf[èe]re)|combien\\s+(?:je\\s+)?(?:envoie|paie|vire)|au\\s+nom\\s+de\\s+qui|(?:le\\s+)?compte\\s+(?:c'est\\s+|est\\s+)?au\\s+nom\\s+de\\s+qui",
    "(?:su\\s+)?quale\\s+conto|qual\\s+[èe]\\s+l'iban|dove\\s+(?:pago|faccio\\s+il\\s+bonifico|mando\\s+i\\s+soldi)|intestato\\s+a\\s+chi|mandami\\s+l'indirizzo",
    'куда\\s+(?:переводить|перевести|платить|оплачивать|отправлять|скинуть)|(?:на\\s+)?(?:какой|какую)\\s+(?:сч[её]т|карту)|какие\\s+реквизиты|сколько\\s+(?:переводить|платить|отправлять)|(?:сумма\\s+какая|какая\\s+сумма)',
    '(?:ابعت|ابعث|ارسل|أرسل)\\s+(?:لي\\s+)?(?:رقم\\s+الحساب|البيانات|الحساب)',
  ],
  [
    '(?:转|付|汇|打)(?:到|给)哪(?:个|里|儿)|哪个(?:账户|账号|卡)|(?:发|给)我(?:账户|账号|卡号|银行信息)|收款人是谁|(?:账户|账号|卡号)(?:是)?多少',
  ],
);

/** Pointing at the account already named: "la misma de antes", "a de sempre", "même compte", "как в прошлый раз". */
export const POINTS_AT_IN_OTHER_LANGUAGES = withMoreLanguages(
  'pointsAt',
  [
    // The receipt asked for, the details about to be given: "mande o comprovante", "te passo carteira".
    '(?:mande|manda|envie|env[íi]a|m[áa]ndame|envoyez|envoie|mi\\s+mandi|mandami|пришлите|скиньте)\\s+(?:(?:o|el|la|le|me|moi|-moi)\\s+)?(?:comprovante|comprobante|recibo|re[çc]u|preuve|ricevuta|чек|квитанцию|платежку)' +
      '|(?:te|vos|le)\\s+(?:passo|mando|envio|paso|env[íi]o)\\s+(?:(?:a|la|o|os|los|el)\\s+)?(?:carteira|conta|chave|dados|cuenta|datos|wallet)' +
      "|je\\s+(?:vous|te|t')\\s*(?:envoie|donne)\\s+(?:le\\s+rib|les\\s+coordonn[ée]es|le\\s+compte|l'iban)",
    '(?:la\\s+)?misma\\s+(?:cuenta\\s+)?(?:de|que)\\s+(?:antes|la\\s+otra\\s+vez|siempre|la\\s+vez\\s+pasada)|la\\s+de\\s+siempre|la\\s+que\\s+te\\s+(?:di|pas[ée]|mand[ée])',
    '(?:a\\s+|na\\s+)?mesma\\s+conta|(?:a\\s+)?mesma\\s+(?:de|da|que)\\s+(?:antes|sempre|outra\\s+vez|da\\s+outra\\s+vez|[úu]ltima\\s+vez)|a\\s+de\\s+sempre|a\\s+que\\s+(?:eu\\s+)?te\\s+(?:passei|mandei|dei)',
    "(?:le\\s+)?m[êe]me\\s+compte|(?:le\\s+)?m[êe]me\\s+que\\s+(?:la\\s+derni[èe]re\\s+fois|avant|d'habitude)|oui\\s+le\\s+m[êe]me|celui\\s+que\\s+(?:je\\s+t'ai|je\\s+vous\\s+ai|tu\\s+m'as|vous\\s+m'avez)\\s+(?:donn[ée]|envoy[ée])",
    "(?:lo\\s+)?stesso\\s+conto|(?:lo\\s+)?stesso\\s+di\\s+(?:prima|sempre|l'altra\\s+volta)|quello\\s+di\\s+(?:prima|sempre)",
    '(?:те\\s+же|тот\\s+же|та\\s+же)\\s+(?:реквизиты|сч[её]т|карта|карту)|как\\s+в\\s+прошлый\\s+раз',
    'نفس\\s+الحساب',
  ],
  ['(?:老|原来的|之前的|上次的?)(?:账户|账号|卡)|(?:还是|跟)上次(?:一样|那个)|老地方'],
);

/** A word of paying beside an amount in a short reply ("te mando 850 usd", "2700$, получатель Li Jun"): see AN_AMOUNT. */
export const TO_PAY_IN_OTHER_LANGUAGES = withMoreLanguages('toPay', [
  'chave|pix|pago|pagar|pagamento|transferencia|transfer[êe]ncia|dep[óo]sito|anticipo|saldo|monto|valor|beneficiario|benefici[áa]rio|nombre|nome|paiement|payer|virement|acompte|montant|b[ée]n[ée]ficiaire|bonifico|acconto|importo|оплата|перевод|предоплата|сумма|получатель',
]);

/**
 * Back to the order, or no: "solo pago por Alibaba", "só vou pagar pela plataforma", "je ne paie que via Trade
 * Assurance", "pago solo tramite Alibaba", "только через Alibaba", "no voy a pagar así".
 */
export const BACK_TO_THE_ORDER_IN_OTHER_LANGUAGES = withMoreLanguages('backToTheOrder', [
  '(?:solo|s[óo]lo|solamente|[úu]nicamente|s[óo])\\s+(?:(?:pago|pagar[ée]?|vou\\s+pagar|voy\\s+a\\s+pagar)\\s+)?(?:por|pela|pelo|con|en|no|na|a\\s+trav[ée]s\\s+de|via)\\s+(?:el\\s+|la\\s+|o\\s+|a\\s+)?(?:alibaba|trade\\s+assurance|plataforma|pedido)',
  'no\\s+(?:voy\\s+a|pienso)\\s+pagar\\s+(?:as[íi]|fuera)|n[ãa]o\\s+vou\\s+pagar\\s+(?:assim|fora)|de\\s+ninguna\\s+manera|de\\s+jeito\\s+nenhum',
  '(?:je\\s+ne\\s+(?:paie|paye)\\s+que|uniquement|seulement)\\s+(?:par|via|sur)\\s+(?:alibaba|trade\\s+assurance|la\\s+plateforme)|pas\\s+question|je\\s+ne\\s+(?:paierai|payerai)\\s+pas',
  'solo\\s+(?:tramite|su|con)\\s+(?:alibaba|trade\\s+assurance|la\\s+piattaforma)|non\\s+pago\\s+fuori',
  'только\\s+через\\s+(?:алибаба|alibaba|платформу|trade\\s+assurance)|не\\s+буду\\s+(?:платить|переводить)\\s+(?:так|напрямую|мимо)',
]);

/** The supplier vouching for the way it asked: "todos nuestros clientes pagan así", "pode confiar", "faites-nous confiance". */
export const VOUCHES_IN_OTHER_LANGUAGES = withMoreLanguages('vouches', [
  'todos\\s+(?:nuestros\\s+)?(?:los\\s+)?clientes\\s+pagan\\s+as[íi]|conf[íi]e\\s+en\\s+nosotros|(?:pode|podem)\\s+confiar|todos\\s+os\\s+clientes\\s+pagam\\s+assim|faites-nous\\s+confiance|tous\\s+nos\\s+clients\\s+paient\\s+comme\\s+[çc]a|tutti\\s+i\\s+clienti\\s+pagano\\s+cos[ìi]|все\\s+клиенты\\s+(?:так\\s+)?платят',
]);

/** A question that doubts the request: "¿es seguro?", "é golpe?", "pourquoi ?", "¿a una persona?", "это безопасно?", "安全吗". */
export const DOUBTS_IN_OTHER_LANGUAGES = withMoreLanguages(
  'doubts',
  [
    'a\\s+una\\s+persona|a\\s+uma\\s+pessoa|[àa]\\s+une\\s+personne|seguro|segura|por\\s+qu[ée]|por\\s+que|estafa|golpe|raro|estranho|sûr|sûre|c.est\\s+sur|pourquoi|arnaque|bizarre|sicuro|perch[ée]|truffa|strano|безопасно|почему|зачем|странно|мошен\\p{L}*',
  ],
  ['安全吗|靠谱吗|为什么|骗'],
);

const NAMES_THE_ORDER_ELSEWHERE = packed('namesTheOrder');

/** A reply that names the platform or the order is about the order: "pagué por la plataforma", "já paguei o CIF na ordem"; not "fuera de la plataforma". */
export const NAMES_THE_ORDER_IN_OTHER_LANGUAGES = new RegExp(
  String.raw`(?<!(?:fuera\s+de|fora\s+da|sin|sem|sans|hors\s+de|en\s+dehors\s+de|fuori\s+dalla|senza|вне|мимо|без|außerhalb\s+der|ohne|poza|bez)\s+(?:la\s+|le\s+|a\s+|el\s+|o\s+|die\s+)?)(?<![\p{L}])` +
    String.raw`(?:plataforma|plateforme|piattaforma|платформ\p{L}*|алибаба\p{L}*|(?:na|pela)\s+ordem|(?:no|pelo)\s+pedido|en\s+(?:la\s+orden|el\s+pedido)|dans\s+la\s+commande|nell'ordine|в\s+заказе` +
    `|(?:${NAMES_THE_ORDER_ELSEWHERE.words.join('|')})(?![\\p{L}]))|${['订单', ...NAMES_THE_ORDER_ELSEWHERE.phrases].join('|')}`,
  'u',
);
