import { AN_AMOUNT, cue, type Cue } from './cue';
import { REFUND_TRICKS } from './refund-tricks';

/**
 * Who a third party collecting a fee is: an agency, an inspector, an agent, a "guarantee officer", a forwarder, a
 * line's agent, a broker, a consultant, a partner or a mould maker ("the mould fee goes to our partner factory, it
 * can't go through the order"); in bulk commodity deals a paymaster, a mandate, an escrow lawyer, a warehouse or tank
 * owner, a surveyor.
 */
const THIRD_PARTY =
  '(?:agency|agencies|agent|(?:guarantee|customs|clearance|bank|compliance)\\s+officer|inspector|inspection\\s+(?:company|agency|office)|certification\\s+(?:agency|body|company|office)|forwarder|broker|consultant|lawyer|notary|partner|mou?ld\\s+(?:maker|factory|workshop|supplier)|tooling\\s+(?:maker|factory|workshop|supplier)|sub-?contractor|paymaster|mandate|escrow\\s+(?:agent|lawyer|company|officer)|warehouse|storage\\s+(?:company|owner|provider)|tank\\s+(?:owner|farm|company)|surveyor)';

/**
 * A fee paid to a third party instead of into the order: a certificate's or an import permit's fee to an agency or "our
 * agent", a forwarder's invoice to their account, a line's THC to its agent, "directly to the inspector, not through
 * Alibaba", in several languages. Not the supplier paying its own ("we pay the agent"), nor the buyer's own forwarder
 * ("pay the THC to your own forwarder"), nor what the supplier does once paid ("if the TA order is paid before 3pm we
 * can hand it to the air forwarder"). Part of PAYMENT_ROUTES.
 */
export const THIRD_PARTY_FEES: readonly Cue[] = [
  cue(
    'a fee paid to a third party, not into the order',
    // "Please pay to the certification agency", "pay the B/L release fee to COSCO agent", "a registration fee, paid to our
    // legal consultant", "pay the fee to Mr. Lee from the inspection company".
    `\\b(?:pay|paid|settle|transfer|remit|wire|t/t|tt)(?<!\\b(?:we|i|they|he|she)(?:\\s+will|'ll|\\s+also|\\s+would|\\s+can|\\s+have|\\s+already)?\\s+\\w+)\\w*\\s+(?!by\\s+(?:us|me)\\b)(?:(?!to\\b|nothing\\b|(?:we|i|they)\\s+(?:can|will|could|shall)\\b)(?:[^\\s.!?]|(?<=\\d)[.,](?=\\d))+\\s+){0,9}?(?:directly\\s+)?(?:to|via|through)\\s+(?:(?:mr|ms|mrs|miss)\\.?\\s+\\S+\\s+(?:from|of|at)\\s+)?(?!our\\s+(?:shipping|freight|forwarding|logistics|forwarder)\\b)(?:the\\s+|their\\s+|our\\s+|this\\s+|that\\s+|his\\s+|her\\s+)?(?!(?:your|ur|own)\\b)(?:[\\p{L}'/-]+\\s+){0,2}?${THIRD_PARTY}(?:'s)?\\b(?!\\s+(?:will|can|has|is)\\b)` +
      // "You send 40% to our trading agent in Guangzhou", "send USD 320 to our service partner": money sent to a third party.
      `|\\bsend(?<!\\b(?:we|i|they)(?:\\s+will|'ll|\\s+can|\\s+must|\\s+also)?\\s+send)\\s+(?:the\\s+)?(?:\\d+\\s?%|balance|deposit|payment|money|funds|${AN_AMOUNT})\\s+(?:\\S+\\s+){0,3}?to\\s+(?:our|the|my)\\s+(?:\\S+\\s+)?(?:agent|partner|forwarder|broker)\\b` +
      // "Our agent can get it for you for 700 USD, paid to him not to us."
      '|\\bpa(?:y|id)\\s+(?:\\S+\\s+){0,3}?to\\s+(?:him|her|them)\\s*,?\\s+not\\s+to\\s+us\\b' +
      // "Please make TT to their account" (an agent invoicing for the supplier).
      '|\\bmake\\s+(?:the\\s+|a\\s+)?(?:tt|t/t|transfer|payment|remittance|wire)\\s+(?:\\S+\\s+){0,2}?(?:to|into)\\s+(?:their|his|her)\\s+(?:bank\\s+)?(?:account|a/c)\\b' +
      // "Please settle it today to their HK account."
      '|\\b(?:pay|paid|settle|transfer|remit|wire|send)\\w*\\s+(?:\\S+\\s+){0,5}?(?:to|into)\\s+(?:their|his|her)\\s+(?:[a-z]{2,3}\\s+|hong\\s+kong\\s+|local\\s+|company\\s+|usd\\s+|dollar\\s+){1,2}(?:bank\\s+)?(?:account|a/c)\\b' +
      // "Pay the sea freight 2,380 USD to Shenzhen Blue Ocean Logistics account": a company named as the payee (not Alibaba's, nor the buyer's own).
      '|\\b(?:pay|paid|settle|transfer|remit|wire|send)\\w*\\s+(?:\\S+\\s+){0,5}?to\\s+(?!(?:\\S+\\s+){0,3}?(?:alibaba|your|ur)\\b)(?:[\\p{L}]+\\s+){1,4}?(?:logistics|trading|shipping|freight|forwarding|express|co\\.?|ltd\\.?|limited|llc|llp|gmbh|(?:storage|warehouse|terminal|depot|tank)(?:\\s+company)?)\\s+(?:bank\\s+)?(?:account|a/c)\\b' +
      // "The agent's bank details are in the note."
      `|\\b${THIRD_PARTY}'s\\s+(?:bank\\s+(?:details|info(?:rmation)?|account)|account\\s+(?:details|number))\\b`,
    {
      anchors: [
        'agenc',
        'agent',
        'officer',
        'inspector',
        'inspection',
        'certification',
        'forwarder',
        'broker',
        'consultant',
        'lawyer',
        'notary',
        'partner',
        'mould',
        'mold',
        'tooling',
        'contractor',
        'paymaster',
        'mandate',
        'escrow',
        'warehouse',
        'storage',
        'tank',
        'surveyor',
        'not to us',
        // "… to their HK account": the account, not "their" (in "other", "here", "this").
        'account',
        'a/c',
      ],
    },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // Portuguese: "pagar a taxa direto para o inspetor", "a taxa do frete vai direto para o agente de carga".
    '\\b(?:pag\\w*|taxa|transfer\\w*|deposit\\w*|valor|frete)\\b[^.!?]{0,60}?\\b(?:diretamente|direto)\\s+(?:para|ao|[àa])\\s+(?:o\\s+|a\\s+)?(?:inspetor|agente|despachante|consultor|certificadora|ag[êe]ncia|transportadora)\\b' +
      // French: "verser les frais directement à l'agent", "doit être versé directement à notre partenaire".
      "|\\b(?:vers[eé]|pay|vire|r[èée]gl)(?<!\\b(?:avons|ai)\\s+(?:vers[eé]|pay|vire|r[èée]gl))\\S*[^.!?]{0,60}?\\bdirectement\\s+(?:[àa]|au|aux)\\s+(?:l['’]\\s?|la\\s+|le\\s+|notre\\s+|votre\\s+)?(?:agent|inspecteur|transitaire|consultant|agence|courtier|partenaire|mouliste)\\b" +
      // German: "zahlen Sie bitte direkt an den Prüfer", "bitte an unseren Berater überweisen".
      '|(?:\\bzahl|\\bbezahl|überweis(?<![\\p{L}]überweis)|\\buberweis|\\bueberweis)\\w*\\b[^.!?]{0,60}?\\bdirekt\\s+an\\s+(?:den|die|das|unseren|unsere|unser|ihren|ihre)\\s+(?:\\S+\\s+)?(?:prüfer|prufer|pruefer|berater|agenten|spediteur|makler|inspektor|gutachter)\\b' +
      '|\\ban\\s+(?:den|die|das|unseren|unsere|unser|ihren|ihre)\\s+(?:\\S+\\s+)?(?:prüfer|prufer|pruefer|berater|agenten|spediteur|makler|inspektor|gutachter|lagerhaus|lager)\\s+(?:zu\\s+)?(?:überweisen|uberweisen|ueberweisen|zahlen|bezahlen)\\b' +
      // "Zahlen Sie heute 890 EUR Zollgebühr per Überweisung an unseren Agenten": to the writer's own agent.
      '|(?:\\bzahl|\\bbezahl|überweis(?<![\\p{L}]überweis)|\\buberweis|\\bueberweis)\\w*\\b[^.!?]{0,60}?\\ban\\s+(?:unseren|unsere|unser)\\s+(?:agenten|spediteur|makler|berater|vertreter)\\b' +
      // Indonesian: "dibayar langsung ke forwarder".
      '|\\b(?:bayar|dibayar|transfer|ditransfer|tf)\\b[^.!?]{0,20}?\\blangsung\\s+ke\\s+(?:\\S+\\s+)?(?:forwarder|agen|inspektur|konsultan|ekspedisi|broker)\\b' +
      // "… lewat transfer ke rekeningnya" (the agent's own account); German "der Agent braucht 480 Euro auf sein Konto".
      '|\\b(?:agen|forwarder|ekspedisi|broker)\\b[^.!?]{0,80}?\\bke\\s+rekening(?:nya|\\s+(?:dia|pribadi\\w*))\\b' +
      // "Harus dibayar ke rekening agen kami": the agent's account named after it.
      '|\\b(?:bayar|dibayar|transfer|ditransfer|tf|kirim)\\b[^.!?]{0,40}?\\bke\\s+rekening\\s+(?:agen|forwarder|ekspedisi|broker|konsultan|inspektur)\\b' +
      '|\\b(?:agent|spediteur|makler|berater|prüfer|prufer)\\b[^.!?]{0,80}?\\bauf\\s+sein(?:em)?\\s+konto\\b' +
      // Spanish: "el 70% restante a la cuenta de nuestra fábrica asociada", "directamente a la cuenta del depósito".
      '|\\b(?:pag|transfer|deposit)\\w*\\b(?:[^.!?]|(?<=\\d)[.,](?=\\d)){0,60}?\\ba\\s+la\\s+cuenta\\s+(?:de|del)\\s+(?:nuestr[oa]s?\\s+|la\\s+|el\\s+|su\\s+)?(?:f[áa]brica\\s+(?:asociada|socia)|empresa\\s+(?:asociada|socia)|socio|agente|despachante|inspector|dep[óo]sito|almac[ée]n|bodega|terminal)\\b',
    {
      anchors: [
        'inspetor',
        'agente',
        'despachante',
        'consultor',
        'certificadora',
        'agência',
        'agencia',
        'transportadora',
        'agent',
        'inspecteur',
        'transitaire',
        'consultant',
        'agence',
        'courtier',
        'partenaire',
        'mouliste',
        'prüfer',
        'prufer',
        'pruefer',
        'berater',
        'spediteur',
        'makler',
        'inspektor',
        'gutachter',
        'vertreter',
        'lager',
        'langsung ke',
        'ke rekening',
        'sein konto',
        'seinem konto',
        'a la cuenta',
      ],
    },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // Russian: "Оплатите сертификат нашему агенту"; Arabic: "تدفع مباشرة للمفتش"; Turkish: "Gümrük ajanına 400 dolar
    // ödemeniz"; Vietnamese: "chuyển thẳng cho bên kiểm định"; Chinese: "运费请直接付给货代".
    '(?<![\\p{L}])(?:оплат|переве|перечисл|заплат)[\\p{L}]*[^.!?]{0,60}?(?:нашему|этому|их|вашему)\\s+(?:[\\p{L}]+\\s+)?(?:агенту|инспектору|экспедитору|брокеру|консультанту)(?![\\p{L}])' +
      // "реквизиты для оплаты в юанях через нашего агента в Москве" (paying through our agent).
      '|(?<![\\p{L}])(?:оплат|переве|перечисл|заплат)[\\p{L}]*[^.!?]{0,60}?через\\s+(?:нашего|моего|их|этого)\\s+(?:[\\p{L}]+\\s+)?(?:агента|посредника|представителя|партн[её]ра)(?![\\p{L}])' +
      // "… на счёт судового агента", "… إلى حساب الشركة المالكة للخزان", Swahili "lipa moja kwa moja kwa mwenye ghala".
      '|(?<![\\p{L}])(?:оплат|переве|перечисл|заплат)[\\p{L}]*[^.!?]{0,60}?на\\s+сч[её]т\\s+(?:[\\p{L}]+\\s+)?(?:агента|брокера|экспедитора|склада|терминала|инспектора)(?![\\p{L}])' +
      '|(?:تحويل|حول|ادفع|دفع)[\\p{L}]*[^.!?]{0,40}?(?:إلى|الى)\\s+حساب\\s+(?:ال)?(?:شركة|مخلص|وكيل|مستودع|مخزن)' +
      '|\\b(?:ku)?lipa\\b[^.!?]{0,60}?\\bkwa\\s+(?:mwenye\\s+ghala|wakala|dalali|msafirishaji)\\b' +
      '|(?:تدفع|ادفع|يدفع|دفع|حول|تحويل)[^.!?]{0,30}?مباشرة\\s+(?:لل|إلى\\s+ال|الى\\s+ال)(?:مفتش|وكيل|مخلص|شاحن|مستشار)' +
      // Egyptian "كاش للمخلص بتاعنا" (cash to our customs broker).
      '|كاش\\s+(?:لل|إلى\\s+ال|الى\\s+ال)(?:مخلص|وكيل|مندوب)' +
      '|(?:ajanına|ajanina|acenteye|acentesine|müşavirine|musavirine|spedisyoncuya)[^.!?]{0,40}?(?:öde|ode)[\\p{L}]*' +
      '|(?:chuyển|chuyen|trả|tra|thanh\\s+toán|thanh\\s+toan|gửi|gui)\\s+(?:tiền\\s+|tien\\s+)?(?:thẳng\\s+cho|thang\\s+cho|trực\\s+tiếp\\s+cho|truc\\s+tiep\\s+cho)\\s+(?:bên|ben|đại\\s+lý|dai\\s+ly|người|nguoi)' +
      '|直接(?:付|支付|汇|匯|转|轉|打)(?:款|钱|錢)?(?:给|給)(?:货代|貨代|代理|检验|檢驗|验货|驗貨|顾问|顧問|报关行|報關行|船公司|船代)',
    {
      anchors: [
        'агенту',
        'инспектору',
        'экспедитору',
        'брокеру',
        'консультанту',
        'через',
        'на счёт',
        'на счет',
        'حساب',
        'lipa',
        'مباشرة',
        'كاش',
        'ajan',
        'acente',
        'müşavir',
        'musavir',
        'spedisyon',
        'thẳng cho',
        'thang cho',
        'trực tiếp cho',
        'truc tiep cho',
        '直接',
      ],
    },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // "Zahlen … nicht über Alibaba", "không qua Alibaba", "not through Alibaba": paid around the order on purpose.
    '(?:\\bzahl|\\bbezahl|überweis(?<![\\p{L}]überweis)|\\buberweis)\\w*\\b[^.!?]{0,80}?\\bnicht\\s+(?:über|uber|ueber)\\s+alibaba\\b' +
      '|(?:chuyển|chuyen|trả|tra|thanh\\s+toán|thanh\\s+toan)[^.!?]{0,80}?(?:không|khong)\\s+qua\\s+alibaba\\b' +
      '|\\b(?:pay|paid|transfer|remit|wire)\\w*\\s+(?:\\S+\\s+){0,6}?directly\\s+to\\s+(?:\\S+\\s+){1,3}?(?:not|instead\\s+of)\\s+(?:through|via|on)\\s+alibaba\\b',
    { anchors: ['alibaba'] },
  ),
  ...REFUND_TRICKS,
  cue(
    'an account given in the chat',
    // "Regrese la diferencia a esta cuenta", 多退的钱麻烦您转回到这个账户, 請把差額匯回這個帳戶.
    '\\b(?:regrese|devuelva|reembolse|transfiera|deposite|env[íi]e|pague)\\s+(?:\\S+\\s+){0,3}?(?:a|en)\\s+(?:esta|la\\s+siguiente|nuestra|mi)\\s+cuenta\\b' +
      '|(?:转|轉|汇|匯|打|退|付|存)(?:款|钱|錢)?回?(?:到|至|进|進)?(?:这个|這個|以下|下面的?|此)(?:银行|銀行)?(?:账户|帳戶|账号|帳號|户口|戶口)',
    { anchors: ['cuenta', '账户', '帳戶', '账号', '帳號', '户口', '戶口'] },
  ),
  cue(
    'an account given in the chat',
    // "I send you screenshot of our bank info, pls pay there": details from the chat, not the order page.
    '\\b(?:screenshot|screen\\s?shot|picture|photo|pic|image)s?\\s+of\\s+(?:our|my|the|their|his|her)\\s+(?:company\\s+)?bank\\s+(?:info(?:rmation)?|details|account)\\b[^.!?]{0,60}?\\b(?:pay|transfer|remit|send|wire)\\s+(?:(?:the\\s+)?(?:money|payment|balance|deposit)\\s+)?(?:there|to\\s+it|into\\s+it|to\\s+that)\\b',
    { anchors: ['screenshot', 'screen shot', 'picture', 'photo', 'pic', 'image'] },
  ),
  cue(
    'a third party collecting the money',
    // "Our client will pay you on our behalf, forward the money to our account minus your commission."
    // "My cousin in Cairo can receive. Send him cash in EGP."
    '\\bsend\\s+(?:him|her|them)\\s+(?:the\\s+)?(?:cash|money)\\b(?!\\s+flow)|\\bpay\\s+you\\s+on\\s+(?:our|my)\\s+behalf\\b|\\bforward\\s+the\\s+(?:money|payment|funds|balance)\\s+to\\s+(?:our|my)\\s+(?:\\S+\\s+)?account\\b|\\bminus\\s+your\\s+commission\\b',
    { anchors: ['cash', 'money', 'behalf', 'forward the', 'minus your commission'] },
  ),
];
