import { cue, type Cue } from './cue';

/**
 * The reassurances that come with another payee: it has the same boss, it is the office that receives the money, and
 * all the other customers pay it. The buyer hears them after asking why the account is another company's.
 */

/** "… same boss, but payment is only through the Alibaba order": the money stays in the order. */
const UNLESS_PAID_IN_THE_ORDER =
  '(?![^.!?]{0,100}?(?<!\\bnot\\s)\\b(?:on|in|through|via)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance)\\b)';

/** Part of DETAILS_CHANGE: another company's account, said to be the seller's all the same. */
export const SAME_OWNER_ANOTHER_PAYEE: readonly Cue[] = [
  cue(
    "another company's account",
    // "Hongyuan is our partner export company, same boss, no problem"; "是我們的進出口公司，同一個老闆"; "c'est le même patron";
    // "نفس المالك"; "building blocks made by our sister factory … same group".
    `\\b(?:same\\s+boss|same\\s+owners?|same\\s+chairman|same\\s+group|same\\s+shareholders?)\\b(?!\\s+as\\s+(?:before|last))${UNLESS_PAID_IN_THE_ORDER}` +
      '|同一(?:个|個)?(?:老板|老闆|老板的|集团|集團)|(?:نفس|ذات)\\s+المالك|(?<![\\p{L}])m[êe]me\\s+(?:patron|propri[ée]taire|groupe)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:mismo|mesmo)\\s+(?:due[ñn]o|dono|jefe|grupo|patr[ãa]o)(?![\\p{L}])|(?<![\\p{L}])ayn[ıi]\\s+(?:patron|sahip)(?![\\p{L}])' +
      // "Our overseas office for receiving payment", "our proprietorship firm which handles all export receipts",
      // "nuestra oficina de Hong Kong para cobros internacionales".
      '|\\b(?:office|company|firm|partner|subsidiary|branch)\\s+(?:\\S+\\s+){0,2}?(?:for\\s+receiving\\s+(?:the\\s+)?(?:payments?|money)|(?:which|that|who)\\s+(?:handles|receives|collects)\\s+(?:all\\s+)?(?:our\\s+)?(?:export\\s+|international\\s+|foreign\\s+)?(?:receipts|payments|money))\\b' +
      '|(?<![\\p{L}])oficina\\s+(?:\\S+\\s+){0,3}?para\\s+(?:los\\s+)?cobros(?![\\p{L}])',
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
        'patron',
        'propriétaire',
        'proprietaire',
        'groupe',
        'dueño',
        'dueno',
        'dono',
        'jefe',
        'grupo',
        'patrão',
        'patrao',
        'ayni',
        'aynı',
        'for receiving',
        'handles',
        'receives',
        'collects',
        'cobros',
      ],
    },
  ),
];

/** Part of PAYMENT_ROUTES: paying a third party because the other customers do. */
export const OTHER_CUSTOMERS_PAY_THERE: readonly Cue[] = [
  cue(
    "someone else's account, not the order",
    // "All our european customers pay there", "many customers pay him", "todos los clientes de México pagan ahí",
    // "recebe pagamento de todos os clientes do Brasil", "beaucoup de clients européens paient là", "çok müşteri ona ödüyor".
    '\\b(?:all|many|most)\\s+(?:of\\s+)?(?:our\\s+)?(?:\\S+\\s+)?(?:customers|clients|buyers)\\s+(?:\\S+\\s+)?(?:pay|paid|send|transfer)\\s+(?:there|him|her|them|to\\s+(?:him|her|them|it|that\\s+account))\\b' +
      '|(?<![\\p{L}])(?:todos|muchos|muitos)\\s+(?:los\\s+|os\\s+)?(?:nuestros\\s+|nossos\\s+)?clientes\\s+(?:\\S+\\s+){0,3}?(?:pagan|pagam)\\s+(?:ah[íi]|all[íi]|l[áa]|ali|a\\s+(?:[ée]l|ella|ele|ela))(?![\\p{L}])' +
      '|(?<![\\p{L}])recebe\\s+(?:o\\s+)?pagamento\\s+de\\s+todos\\s+os\\s+clientes(?![\\p{L}])|(?<![\\p{L}])recibe\\s+(?:los\\s+)?pagos\\s+de\\s+todos\\s+los\\s+clientes(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:beaucoup\\s+de|tous\\s+(?:nos|les))\\s+clients\\s+(?:\\S+\\s+){0,2}?(?:paient|payent)\\s+(?:l[àa]|ici|chez\\s+(?:lui|elle|eux))(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:[çc]ok|bir[çc]ok|t[üu]m)\\s+m[üu][şs]teri\\S*\\s+(?:ona|oraya)\\s+[öo]d[üu]yor(?![\\p{L}])',
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
        'muşteri',
        'müsteri',
      ],
    },
  ),
];
