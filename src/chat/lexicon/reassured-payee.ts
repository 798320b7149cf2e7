import { cue, type Cue } from './cue';

/**
 * The reassurances that come with another payee: it has the same boss, it is the office that receives the money, all
 * the other customers pay it, it is "the same money". The buyer hears them after asking why the account is another
 * company's or a person's.
 */

/**
 * The order named anywhere near ("same owner as our Yiwu factory, but you pay this store's Alibaba order", "the order
 * and payment stay with Dongguan Lihe"): a related company that makes the goods, not one to pay.
 */
const ORDER_NAMED =
  '(?:alibaba\\s+order|alibaba\\s+store|this\\s+store|trade\\s+assurance|the\\s+order\\s+and\\s+(?:the\\s+)?payment|pedido\\s+de\\s+alibaba|pedido\\s+(?:do|no)\\s+alibaba|commande\\s+alibaba|信保|阿里(?:巴巴)?订单)';
const NOT_BESIDE_THE_ORDER = `(?![^]{0,300}?${ORDER_NAMED})(?<!${ORDER_NAMED}[^]{0,300}?)`;

const SAME_OWNER_BRANCHES = [
  // "Hongyuan is our partner export company, same boss, no problem"; "building blocks made by our sister factory … same group".
  '\\b(?:same\\s+boss|same\\s+owners?|same\\s+chairman|same\\s+group|same\\s+shareholders?)\\b(?!\\s+as\\s+(?:before|last))',
  // 是我們的進出口公司，同一個老闆; "نفس المالك"; "c'est le même patron"; "mismo jefe"; "aynı patron".
  '同一(?:个|個)?(?:老板|老闆|集团|集團)',
  '(?:نفس|ذات)\\s+المالك',
  '(?<![\\p{L}])(?:même|meme)\\s+(?:patron|propri[ée]taire|groupe)(?![\\p{L}])',
  '(?<![\\p{L}])(?:mismo|mesmo)\\s+(?:due[ñn]o|dono|jefe|grupo|patr[ãa]o)(?![\\p{L}])',
  '(?<![\\p{L}])(?:aynı|ayni)\\s+(?:patron|sahip)(?![\\p{L}])',
  // "Our overseas office for receiving payment", "our proprietorship firm which handles all export receipts".
  '\\b(?:office|company|firm|partner|subsidiary|branch)\\s+(?:\\S+\\s+){0,2}?(?:for\\s+receiving\\s+(?:the\\s+)?(?:payments?|money)|(?:which|that|who)\\s+(?:handles|receives|collects)\\s+(?:all\\s+)?(?:our\\s+)?(?:export\\s+|international\\s+|foreign\\s+)?(?:receipts|payments|money))\\b',
  // "Nuestra oficina de Hong Kong para cobros internacionales", "nuestra oficina para recibir pagos".
  '(?<![\\p{L}])oficina\\s+(?:\\S+\\s+){0,3}?para\\s+(?:los\\s+)?cobros(?![\\p{L}])',
  '(?<![\\p{L}])oficina\\s+para\\s+recibir\\s+(?:los\\s+)?pagos(?![\\p{L}])',
];

/** Part of DETAILS_CHANGE: another company's account, said to be the seller's all the same. */
export const SAME_OWNER_ANOTHER_PAYEE: readonly Cue[] = [
  cue(
    "another company's account",
    SAME_OWNER_BRANCHES.map((branch) => branch + NOT_BESIDE_THE_ORDER).join('|'),
    {
      needsPaymentTalk: true,
      anchors: [
        'same boss',
        'same owner',
        'same chairman',
        'same group',
        'same shareholder',
        '同一',
        'المالك',
        'même',
        'meme',
        'mismo',
        'mesmo',
        'aynı',
        'ayni',
        'for receiving',
        'handles',
        'receives',
        'collects',
        'cobros',
        'para recibir',
      ],
    },
  ),
];

/** Whom the other customers are said to pay: a place or a person just named, not the order. */
const THERE_OR_THEM = '(?:there|him|her|them|to\\s+(?:him|her|them|it|that\\s+account))';

/** Part of PAYMENT_ROUTES: paying a third party because the other customers do, or because it is "the same money". */
export const OTHER_CUSTOMERS_PAY_THERE: readonly Cue[] = [
  cue(
    "someone else's account, not the order",
    // "All our european customers pay there", "many clients pay her", "Many customers pay TT to him".
    `\\b(?:all|many|most)\\s+(?:of\\s+)?(?:our\\s+)?(?:\\S+\\s+){0,2}?(?:customers|clients|buyers)\\s+(?:\\S+\\s+){0,2}?(?:pay|paid|send|transfer)\\s+(?:tt\\s+|by\\s+tt\\s+)?${THERE_OR_THEM}\\b` +
      // "Todos los clientes de México pagan ahí", "todos nossos clientes do Brasil pagam para Zhou Ping", "recebe pagamento de
      // todos os clientes", "beaucoup de clients européens paient là".
      '|(?<![\\p{L}])(?:todos|muchos|muitos)\\s+(?:los\\s+|os\\s+)?(?:nuestros\\s+|nossos\\s+)?clientes\\s+(?:\\S+\\s+){0,3}?(?:pagan|pagam)\\s+(?:ah[íi](?![\\p{L}])|all[íi](?![\\p{L}])|l[áa](?![\\p{L}])|ali(?![\\p{L}])|a\\s+(?:[ée]l|ella|ele|ela)(?![\\p{L}])|para(?=\\s+(?!o\\s+alibaba|alibaba|a\\s+plataforma)))' +
      '|(?<![\\p{L}])recebe\\s+(?:o\\s+)?pagamento\\s+de\\s+todos\\s+os\\s+clientes(?![\\p{L}])|(?<![\\p{L}])recibe\\s+(?:los\\s+)?pagos\\s+de\\s+todos\\s+los\\s+clientes(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:beaucoup\\s+de|tous\\s+(?:nos|les))\\s+clients\\s+(?:\\S+\\s+){0,2}?(?:paient|payent)\\s+(?:l[àa]|ici|chez\\s+(?:lui|elle|eux))(?![\\p{L}])' +
      // Turkish "çok müşteri ona ödüyor", "Türk müşterilerimizin hepsi oraya ödüyor"; Russian "многие клиенты из России платят ему";
      // Indonesian "semua customer Indonesia bayar ke PT …"; Arabic "كل عملائنا في السعودية يدفعون لشركة …".
      '|(?<![\\p{L}])(?:müşteri|musteri)\\S*\\s+(?:\\S+\\s+){0,2}?(?:ona|oraya)\\s+[öo]d[üu]yor(?![\\p{L}])' +
      '|(?<![\\p{L}])клиент\\S*\\s+(?:\\S+\\s+){0,3}?плат\\S*\\s+(?:ему|ей|им|туда)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:customer|pelanggan|klien)\\s+(?:\\S+\\s+){0,2}?bayar\\s+ke(?=\\s+(?!alibaba))' +
      '|عملائنا\\s+(?:\\S+\\s+){0,3}?يدفعون\\s+(?:ل|إلى|الى)' +
      // "You can pay him safe", "pls pay her directly, no problem"; "es el mismo dinero para la empresa", "same like pay to us".
      '|\\b(?:you\\s+can|pls|please|kindly)\\s+pay\\s+him\\s+(?:safe|safely|directly|direct|no\\s+problem)\\b|\\b(?:you\\s+can|pls|please|kindly)\\s+pay\\s+her\\s+(?:safe|safely|directly|direct|no\\s+problem)\\b' +
      '|(?<![\\p{L}])(?:el\\s+mismo\\s+dinero|o\\s+mesmo\\s+dinheiro)(?![\\p{L}])|\\bsame\\s+money\\b|\\bsame\\s+like\\s+pay(?:ing)?\\s+(?:to\\s+)?us\\b',
    {
      anchors: [
        'customers',
        'clients',
        'buyers',
        'clientes',
        'recebe',
        'recibe',
        'müşteri',
        'musteri',
        'клиент',
        'customer',
        'pelanggan',
        'klien',
        'عملائنا',
        'pay him',
        'pay her',
        'mismo dinero',
        'mesmo dinheiro',
        'same money',
        'same like pay',
      ],
    },
  ),
];
