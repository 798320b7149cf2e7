import { cue, inMessageWith, type Cue } from './cue';

/** Paying (not the writer's own: "we already paid … to him"; nor "you pay nothing to him"), then up to six words and "to". */
const PAID_TO =
  "\\b(?:pay|remit|transfer|wire)\\w*(?<!\\b(?:i|we)(?:\\s+will|'ll|\\s+can|\\s+already|\\s+have)?\\s+\\w+)\\s+(?:(?!(?:or|sell|give|nothing|anything|no)\\b)\\S+\\s+){0,6}?to\\s+";
/** Spanish: (our) agent, freight or customs agency, proxy, customs broker, forwarder, partner, manager, owner, accountant. */
const OUR_AGENT_ES =
  '(?:nuestro\\s+|nuestra\\s+|la\\s+|el\\s+)?(?:agente|agencia\\s+de\\s+(?:carga|aduanas?|transporte)|apoderado|despachante|transportista|transitario|forwarder|representante|distribuidor|socio|gerente|jefe|due[ñn]o|contador)\\b';
/** Money sent to a name or an account: "settle USD 18,400 to …", "make payment under name …", "remit the balance to their account". */
const PAID_TO_ANOTHER_NAME =
  '\\b(?:pay|remit|settle|transfer|wire|send|payment)\\w*\\s+(?:\\S+\\s+){0,6}?(?:to|into|under\\s+(?:the\\s+)?name)\\b';
const NOT_IN_THE_ORDER =
  '(?!\\s+(?:in|on|via|through)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|order)\\b)';

/**
 * Money sent to someone else's account: an agent's, a forwarder's, a
 * representative's or a related company's ("payment goes to his Macau
 * company", "sur son compte", "conto del nostro agente", "na jego konto",
 * "에이전트 계좌", "代理店の口座"). Part of PAYMENT_ROUTES.
 */
export const THIRD_PARTY_ACCOUNTS: readonly Cue[] = [
  cue(
    "someone else's account, not the order",
    // "Payment goes to his Macau company", "remit to Oceanlink's account on the note", "I'll send their USD account", a
    // buyer's "OK send his FNB details";
    // not "bank transfer to the order's account" (the order's own).
    '\\bpayments?\\s+goes?\\s+to\\s+(?:his|her|their|our\\s+(?:sister|other|offshore|partner|related))\\s+(?:\\S+\\s+){0,2}?(?:company|firm|entity|account)\\b' +
      "|\\b(?:remit|pay|transfer|wire|send|settle)\\w*\\s+(?:it\\s+|the\\s+\\S+\\s+)?(?:directly\\s+)?to\\s+(?!alibaba|citi|(?:the\\s+)?order's)(?:the\\s+)?[\\w-]+(?:'s\\s+account|'s\\s+bank\\s+account|'s\\s+a/c)\\b" +
      '|\\bsend\\s+(?:you\\s+|me\\s+)?(?:their|his|her)\\s+(?:\\S+\\s+)?(?:bank\\s+)?(?:account|a/c|details)\\b' +
      // "You pay our agent in Accra when he shows you the BL"; "a private invoice from our offshore company".
      '|\\byou\\s+(?:fit\\s+|can\\s+|could\\s+|may\\s+)?pay\\s+our\\s+(?:agent|representative|partner|broker)\\s+(?:in|at|for|directly|when|cash)\\b|\\b(?:private|separate)\\s+invoice\\s+from\\s+our\\s+(?:offshore|other|sister)\\s+company\\b' +
      // "Orders under 5000 USD must be paid to our settlement company"; "payment goes to Ningbo Kaitai (our export agent)".
      '|\\b(?:send|transfer|remit|wire)\\s+(?:it\\s+|the\\s+(?:money|balance|deposit|payment|funds)\\s+)?to\\s+our\\s+(?:payment\\s+)?agent\\s+in\\b' +
      // "Send to forwarder account in Ningbo".
      '|\\b(?:send|transfer|remit|wire|pay)\\s+(?:it\\s+|them\\s+)?to\\s+(?:the\\s+)?(?:forwarder|forwarding\\s+agent|broker|agent|logistics)\\s+(?:bank\\s+)?(?:account|a/c)\\b' +
      '|\\b(?:paid|pay|payments?)\\s+(?:\\S+\\s+){0,2}?(?:go(?:es)?\\s+)?to\\s+our\\s+(?:settlement|collection|collecting|payment|billing|receiving)\\s+(?:company|agent|partner|entity)\\b' +
      '|\\bpayments?\\s+goes?\\s+to\\s+[^.!?]{0,60}?\\(\\s*our\\s+(?:\\S+\\s+)?(?:agent|partner|company)\\s*\\)' +
      // "Top up EUR 1,290 by SEPA to Global Trade Solutions s.r.o. (our European agent)".
      '|\\b(?:pay|remit|transfer|wire|top\\s+up)\\w*\\s+(?:\\S+\\s+){0,6}?to\\s+(?:[^.!?(]|\\.(?=\\S|\\s*\\()){2,60}?\\(\\s*our\\s+(?:\\S+\\s+)?agent\\s*\\)' +
      // "Please transfer the money by normal TT to our other company, Guangzhou Jinda Trading Co."
      '|\\b(?:pay|remit|transfer|wire|send)\\w*\\s+(?:\\S+\\s+){0,5}?to\\s+our\\s+(?:other|sister|partner|related|cousin)\\s+company\\b' +
      // "The payment receiver is our export agent Ningbo Wanli", "pay into Adeyemi Logistics Ltd First Bank account".
      '|\\bpayment\\s+receiver\\s+(?:is|will\\s+be)\\s+(?:our\\s+)?(?:\\S+\\s+)?(?:agent|partner|company|forwarder)\\b' +
      '|\\bpay\\w*\\s+into\\s+(?:(?!alibaba|citi)\\S+\\s+){1,4}?(?:ltd|limited|llc|logistics|trading|company|co\\.?)\\s+(?:\\S+\\s+){0,2}?(?:bank\\s+)?(?:account|a/c)\\b' +
      // "Kindly arrange the freight USD 2,780 to the forwarder account in the attachment", "… must arrive before 16:00 CET on our
      // broker account".
      "|\\b(?:to|into|on)\\s+(?:the|our)\\s+(?:forwarder|forwarding\\s+agent|shipping\\s+agent|broker|logistics\\s+company)(?:'s)?\\s+(?:bank\\s+)?(?:account|a/c)\\b" +
      // "… must be paid before 3pm or container exported back, I give you broker bank detail"; "the congestion surcharge must be
      // paid to our forwarder", "you pay 1,100 USD extra BAF surcharge to our forwarder directly".
      '|\\bmust\\s+be\\s+paid\\s+(?:directly\\s+)?to\\s+our\\s+(?:forwarder|broker)\\b|\\byou\\s+pay\\s+(?:\\S+\\s+){0,6}?to\\s+our\\s+(?:forwarder|broker)\\s+directly\\b' +
      "|\\b(?:i|we)\\s+(?:will\\s+|'ll\\s+)?(?:give|send)\\s+(?:you\\s+)?(?:the\\s+|our\\s+)?(?:broker|forwarder|agent)(?:'s)?\\s+bank\\s+details?\\b" +
      // "Kindly pay to third party company account, it is our partner trading company in Dubai".
      '|\\b(?:pay|remit|transfer|wire|send)\\w*\\s+(?:it\\s+|the\\s+\\S+\\s+)?(?:directly\\s+)?to\\s+(?:a\\s+|the\\s+|our\\s+)?third[\\s-]party\\s+(?:company\\s+|bank\\s+|company\\s+bank\\s+)?(?:account|a/c)\\b' +
      // "I am export agent handling payment for the Dongguan factory".
      '|\\bagent,?\\s+(?:who\\s+(?:is\\s+)?)?(?:handl(?:e|es|ing)|receiv(?:e|es|ing)|collect(?:s|ing)?)\\s+(?:the\\s+|all\\s+)?payments?\\s+for\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:factory|manufacturer|supplier)\\b' +
      // "Add his whatsapp and pay the telex release fee 180 USD to him": the agent just named is paid, not the order.
      `|${PAID_TO}him\\b${NOT_IN_THE_ORDER}|${PAID_TO}her\\b${NOT_IN_THE_ORDER}`,
    {
      anchors: [
        'goe',
        "'s account",
        "'s bank account",
        "'s a/c",
        'account',
        'a/c',
        'details',
        'pay our',
        'payment receiver',
        'to our',
        'invoice from our',
        'third',
        'to him',
        'to her',
        'agent',
        'bank detail',
      ],
    },
  ),
  cue(
    "someone else's account, not the order",
    // French: "réglez-les directement sur son compte", "le compte de notre agent", "son compte Lydia".
    '(?:\\bsur|à(?<![\\p{L}]à)|\\ba)\\s+son\\s+compte\\b|(?:\\bsur|à(?<![\\p{L}]à)|\\ba)\\s+leur\\s+compte\\b|\\bcompte\\s+de\\s+(?:notre|son|leur)\\s+(?:agent|transitaire|inspecteur|repr[ée]sentant|partenaire|directeur|responsable|comptable)\\b' +
      // Spanish and Portuguese: "la cuenta de nuestro agente", "la cuenta de Bancolombia de nuestro representante", "a conta do
      // nosso despachante".
      `|\\bcuenta\\s+(?:\\S+\\s+){0,2}?del?\\s+${OUR_AGENT_ES}|\\bclabe\\s+del?\\s+${OUR_AGENT_ES}` +
      '|\\bsur\\s+le\\s+compte\\s+du\\s+(?:transitaire|agent|repr[ée]sentant|partenaire|directeur|comptable|patron)\\b|\\bpag\\w*\\s+(?:\\S+\\s+){0,2}?tramite\\s+il\\s+nostro\\s+(?:agente|rappresentante|socio)\\b' +
      '|\\bconta\\s+d[oa]\\s+(?:nosso\\s+|nossa\\s+)?(?:agente|despachante|representante|s[óo]cio|gerente|diretor|dono|contador)\\b' +
      // Italian: "sul conto del nostro agente", "intestata al nostro spedizioniere".
      '|\\bconto\\s+(?:del|della|dello|di)\\s+(?:nostro\\s+|nostra\\s+)?(?:agente|spedizioniere|rappresentante|socio|titolare|direttore|responsabile|commercialista)\\b|\\bintestat[ao]\\s+(?:al|alla)\\s+(?:nostro\\s+|nostra\\s+)?(?:spedizioniere|agente|rappresentante)\\b' +
      // "… il nuovo IBAN, intestato a mia moglie" (in my wife's name).
      '|\\bintestat[ao]\\s+a\\s+(?:mia|mio)\\s+(?:moglie|marito|madre|padre|fratello|sorella|cugin[oa]|figli[oa]|suocer[oa])\\b(?<=\\b(?:conto|iban|carta|postepay)\\b[^.!?]{0,80})' +
      // Polish, Ukrainian and Russian: "na jego konto", "на рахунок фабрики напряму", "на его карту", "на счет директора".
      '|\\bna\\s+(?:jego|jej|ich)\\s+konto\\b|\\bna\\s+numer\\s+naszego\\s+przedstawiciela\\b|напряму\\s+на\\s+рахунок|на\\s+(?:його|її|їх|его|её|ее|их)\\s+(?:рахунок|сч[её]т|карт)|на\\s+(?:сч[её]т|карт[\\p{L}]*|рахунок)\\s+(?:директора|менеджера|бухгалтера|агента|владельца|руководителя|директору)(?![\\p{L}])' +
      // "на рахунок нашого партнера в Гонконгу", "на счет нашего партнера" (our partner's account).
      '|на\\s+(?:сч[её]т|рахунок)\\s+(?:нашого|нашего|нашей|нашої)\\s+(?:партнера|посередника|агента|представника|представителя)(?![\\p{L}])' +
      // Portuguese "pague o frete ao nosso agente em Luanda", Spanish "pague el flete a nuestro agente".
      '|\\b(?:pag(?:ue|uem|ar|a)|transfira)\\s+(?:\\S+\\s+){0,3}?ao\\s+nosso\\s+(?:agente|representante|despachante|s[óo]cio|parceiro)\\b' +
      '|\\b(?:pag(?:ue|uen|ar|a)|transfiera)\\s+(?:\\S+\\s+){0,3}?a\\s+nuestro\\s+(?:agente|representante|socio|despachante)\\b' +
      // Hinglish "direct hamare partner ke account mein daal do", "hamare CHA ke account me" (our customs house agent's).
      '|\\b(?:partner|agent|bhai|dost|cha|forwarder|transporter)\\s+ke\\s+(?:account|a/c|khate)\\b' +
      // German "zahlen Sie bitte direkt an unseren Versicherungsmakler"; Portuguese "pago no boleto da transportadora parceira".
      '|\\bdirekt\\s+an\\s+(?:unseren|unsere|unser|den|die)\\s+[\\p{L}]*(?:makler|agenten|agent|spediteur|vertreter|vermittler|partner)\\b|\\bboleto\\s+d[ao]\\s+(?:transportadora|despachante|agente|parceir[ao])' +
      // Korean, Japanese and Chinese: an agent's or a related company's account, or 指定帳戶 (the account named to you).
      '|(?:에이전트|대리인|대리점|자회사|관계사)\\s?계좌|(?:代理店|代理人|関連会社|子会社)の?口座|代理商的?(?:帳戶|账户)|(?:至|到|入)指定的?(?:帳戶|账户|賬戶)|บัญชีบริษัทในเครือ' +
      // Arabic "إلى حساب المخلص الجمركي" (to the customs broker's account), "على حساب المصنع مباشرة" (straight to the factory's
      // account), Persian "به حساب همکار ما" (to our colleague's account), Thai บัญชีตัวแทน (the agent's account).
      // Amharic "ወደ ወኪላችን የንግድ ባንክ ሂሳብ" (to our agent's Commercial Bank account; also አካውንት).
      '|حساب\\s+(?:ال)?(?:مخلص|وكيل|مندوب)|حساب\\s+(?:ال)?مصنع\\s+مباشر|حساب\\s+(?:همکار|نماینده|شریک|مدیر)(?![\\p{L}])|บัญชีตัวแทน|ወኪላችን[^።፣፤]{0,30}?(?:ሂሳብ|አካውንት)' +
      // Turkish "ödemeyi fabrikaya değil bizim Dubai'deki şirket hesabımıza gönderin" (not to the factory, to our account).
      '|(?<![\\p{L}])[öo]demeyi\\s+(?:\\S+\\s+){0,2}?fabrikaya\\s+de[ğg]il(?![\\p{L}])',
    {
      anchors: [
        'account',
        'a/c',
        'son compte',
        'leur compte',
        'compte de',
        'compte du',
        'tramite il nostro',
        'cuenta ',
        'clabe de',
        'conta do',
        'ወኪላችን',
        'conta da',
        'conto',
        'intestat',
        'direkt an',
        'khate',
        'boleto',
        'ao nosso',
        'a nuestro',
        'konto',
        'na numer',
        'напряму',
        'рахунок',
        'счет',
        'счёт',
        'карт',
        '계좌',
        '口座',
        '代理商',
        '指定',
        'บัญชีบริษัทในเครือ',
        'حساب',
        'บัญชีตัวแทน',
        'fabrikaya',
      ],
    },
  ),
  cue(
    "someone else's account, not the order",
    // Czech "zaplatit … na účet celního agenta", Polish "przelewem na konto agenta" ("… naszego przedstawiciela", "… firmy
    // partnerskiej"), Vietnamese "nộp … qua tài khoản đại lý".
    '(?<![\\p{L}])(?:zaplat|uhra)[\\p{L}]*[^.!?]{0,60}?na\\s+[úu][čc]et\\s+(?:[\\p{L}]+\\s+)?(?:agenta|zprost[řr]edkovatele|spedit[ée]ra|skladu|deklaranta)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:zap[łl]a|przel|prze[śs]l|wp[łl]a)[\\p{L}]*[^.!?]{0,60}?na\\s+konto\\s+(?:[\\p{L}]+\\s+)?(?:agenta|spedytora|agencji|magazynu|brokera|przedstawiciela|partnerskiej)(?![\\p{L}])' +
      // Ukrainian "оплатіть 300 € напряму нашому агенту", Latvian "samaksājiet … tieši mūsu pārstāvim", Romanian "achitați direct
      // către noi … în contul": straight to an agent (or the forwarder writing).
      '|(?:оплат|сплат|заплат|переве)[\\p{L}]*[^.!?]{0,40}?(?:напряму|напрямую)\\s+(?:нашому|нашему)\\s+(?:агент|представник|представител|брокер|експедитор|экспедитор)' +
      // Portuguese "pague o frete … diretamente ao nosso agente".
      '|\\bpag\\w*\\s+(?:\\S+\\s+){0,6}?diretamente\\s+(?:ao|para\\s+o)\\s+nosso\\s+(?:agente|despachante|representante|transit[áa]rio)\\b' +
      '|\\bsamaks[āa]jiet\\b[^.!?]{0,60}?\\btie[šs]i\\s+m[ūu]su\\s+(?:p[āa]rst[āa]vim|a[ģg]entam|brokerim)' +
      '|(?<![\\p{L}])(?:achita|pl[ăa]ti)[\\p{L}]*\\s+direct\\s+c[ăa]tre\\s+noi\\b(?=(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,80}?\\bcontul\\b)' +
      '|(?<![\\p{L}])(?:n[ộo]p|chuy[ểe]n|tr[ảa])(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,60}?(?:qua|v[àa]o)\\s+t[àa]i\\s+kho[ảa]n\\s+(?:c[ủu]a\\s+)?(?:[đd][ạa]i\\s+l[ýy]|b[êe]n\\s+giao\\s+nh[ậa]n|kho|c[ảa]ng)(?![\\p{L}])',
    {
      anchors: [
        'účet',
        'ucet',
        'učet',
        'úcet',
        'na konto',
        'напрям',
        'samaks',
        'direct c',
        'diretamente',
        'tài khoản',
        'tai khoan',
        'tài khoan',
        'tai khoản',
      ],
    },
  ),
  cue(
    "someone else's account, not the order",
    // A finance company paid instead of the supplier: "our invoice financing partner pays us in advance, so settle … to
    // 'OceanBridge Capital' account", "for invoice financing reason pls make payment under name …", "receivables for order
    // #2093381 are assigned to Silverline Trade Finance", "… they are our finance company".
    '\\b(?:invoice\\s+financ\\w*|factoring)\\s+(?:partner|company|reason|notice|agent|provider|bank|firm)s?\\b' +
      '|\\breceivables?\\s+(?:\\S+\\s+){0,5}?(?:are|is|were|was|have\\s+been|has\\s+been)\\s+(?:assigned|sold|transferred)\\s+to\\b' +
      '|\\bour\\s+financ(?:e|ing)\\s+(?:company|partner)\\b',
    {
      near: [inMessageWith(PAID_TO_ANOTHER_NAME, 300)],
      offeredInOrder: true,
      anchors: ['invoice financ', 'factoring', 'receivable', 'our financ'],
    },
  ),
];
