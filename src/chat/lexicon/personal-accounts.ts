import { ACCOUNT, cue, NOT_FOR_A_REFUND, NOT_MONEY, WORDS, type Cue } from './cue';

/** People whose own account a supplier's money must never go to: staff, family, friends. */
const PERSON =
  'boss|manager|wife|husband|cashier|director|accountant|ceo|cfo|chairman|founder|owner|sister|brother|friend|relative|cousin|colleague|assistant|secretary|engineer|designer|freelancer|salesman|saleswoman|salesperson|merchandiser|father|mother|son|daughter|uncle|aunt';
/** An agent too, for an account: money "to our agent" alone is another cue's (a third party collecting it). */
const ACCOUNT_HOLDER = `${PERSON}|agent`;

/**
 * A person's account rather than the supplier company's: a manager's, a
 * relative's, an agent's, or one said to be personal, in the languages
 * buyers and suppliers write in. Part of PAYMENT_ROUTES, at its start.
 */
export const PERSONAL_ACCOUNTS: readonly Cue[] = [
  // Two cues, not one: a message naming a manager or an agent needn't try "personal", and the other way round.
  // Not the buyer's account a manager looks after ("the new sales manager for your account").
  cue(
    'a personal account',
    // Not a kind of login or card that software and locks have: "create a manager account", "guest card, manager card",
    // nor a login a message was sent from ("I sent the inquiry from my colleague's account").
    `\\b(?:${ACCOUNT_HOLDER})(?<!\\b(?:create|creates|creating|add|adds|adding)\\s+(?:an?\\s+|the\\s+)?(?:${ACCOUNT_HOLDER}))(?<!\\b(?:from|using|via|through)\\s+(?:my|our|his|her)\\s+(?:${ACCOUNT_HOLDER}))(?:'s|(?!\\s+cards?\\b))(?!\\s+requests?\\b|\\s+(?:for|of|on)\\s+your\\b)\\s+${WORDS(2)}(?:${ACCOUNT}|card|wallet|ali\\s?pay|pay\\s?pal|wechat\\s+pay|wechat(?=[^.!?\\n]{0,40}\\b(?:pay|paid|payment|transfer|money|deposit|balance|remit))|payoneer)\\b` +
      `|\\b(?:${ACCOUNT}|card)\\s+of\\s+(?:our|my)\\s+(?:[\\p{L}]+\\s+)?(?:${ACCOUNT_HOLDER})\\b` +
      // "My friend in Canada can receive the money for us."
      `|\\b(?:${PERSON})\\s+(?:\\S+\\s+){0,3}?(?:can|will|could)\\s+(?:receive|collect)\\s+(?:the\\s+|your\\s+)?(?:money|payment|funds|deposit|balance)\\b(?<=\\b(?:my|our)\\s+(?:\\S+\\s+)?(?:${PERSON})\\b[^]*)` +
      // Money to the boss or a colleague, not a question handed on ("I'll transfer your inquiry to my manager"),
      // a receipt, or goods and papers sent to them ("send the samples to my manager's office").
      `|\\b(?:(?:pay|paid|remit|wire|deposit)\\w*\\s+(?:(?!${NOT_MONEY}\\b)\\S+\\s+){0,3}?|(?:send|sent|transfer)\\w*\\s+(?:the\\s+|your\\s+|this\\s+)?(?:payment|money|deposit|balance|funds|amount)\\s+(?:(?!${NOT_MONEY}\\b)\\S+\\s+){0,2}?)to\\s+(?:our|my)\\s+(?:[\\p{L}]+\\s+)?(?:${PERSON})\\b(?!\\s*'s\\s+(?:office|address|desk|e-?mail))` +
      // "My cousin handle our receipts this season, i give u her account".
      `|\\b(?:my|our)\\s+(?:${PERSON})\\b[^.!?]{0,60}?\\b(?:give|send|share)\\s+(?:u|you)\\s+(?:his|her)\\s+(?:account|acct|a/c|bank\\s+details)\\b` +
      // "The account is now under our director's name".
      `|\\b${ACCOUNT}\\s+(?:is\\s+)?(?:now\\s+)?(?:in|under)\\s+(?:the\\s+name\\s+of\\s+)?(?:our|my)\\s+(?:${PERSON})(?:'s\\s+name)?\\b` +
      // "Account name should be our director's name".
      `|\\b(?:${ACCOUNT}\\s+name|beneficiary(?:\\s+name)?)\\s+(?:\\S+\\s+){0,3}?(?:our|my)\\s+(?:${PERSON})'s\\s+name\\b` +
      // "Make the transfer in the name of our director", "the account is under the name of my boss"; not "we will pay the freight in the name of our agent".
      `|\\b(?:pay|paid|transfer|remit|wire|deposit|${ACCOUNT})\\w*(?<!\\b(?:we|i)(?:'ll)?\\s+(?:\\S+\\s+)?\\w+)\\s+(?:\\S+\\s+){0,3}?(?:in|under|to)\\s+the\\s+name\\s+of\\s+(?:our|my)\\s+(?:[\\p{L}]+\\s+)?(?:${ACCOUNT_HOLDER})\\b`,
    { anchors: ACCOUNT_HOLDER.split('|') },
  ),
  cue(
    'a personal account',
    // Not the kind of Alibaba account a buyer has ("a personal or a company account on Alibaba?").
    // Not goods: "your own brand wallet", "private label cards", "6 individual card slots", "a personal card holder".
    `\\b(?:personal|private|own|individual)(?<!\\b(?:our|its|their|your)\\s+own)(?!\\s+(?:brand|label|logo|design)s?\\b|\\s+(?:dhl|fedex|ups|tnt|courier|express|shipping)\\b)(?<!\\b(?:company|business|corporate)\\s+${ACCOUNT}\\s+or\\s+(?:an?\\s+)?\\w+)(?!\\s+(?:alibaba|1688|amazon|buyer)\\b)\\s+${WORDS(2)}(?:${ACCOUNT}|bank\\s+card|card|wallet)\\b(?!\\s+(?:slots?|holders?|sleeves?|pockets?|compartments?|printing|cases?|covers?)\\b)(?!\\s+or\\s+(?:an?\\s+)?(?:company|business|corporate)\\s+${ACCOUNT}|\\s+(?:on|at|with)\\s+alibaba)` +
      // "Wise transfer to my own name", "the account is in my name": the person, not the company, is paid.
      `|\\b(?:pay|paid|transfer|remit|wire|deposit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|in|into|under)\\s+(?:my\\s+name|my\\s+own\\s+name|my\\s+personal\\s+name)\\b|\\b${ACCOUNT}\\s+(?:is\\s+)?(?:in|under)\\s+(?:my\\s+name|my\\s+own\\s+name|my\\s+personal\\s+name)\\b` +
      '|私人账户|对私账户|对私(?!人)|私户|私账|个人卡(?!片)|个人账户|个人账号|私人卡(?!片)|на\\s+карт(?:у|ку)(?<!(?:возврат|верн[уё]|получил|повернен|отрима)[^.!?\\n]{0,40})|личн[\\p{L}]*\\s+(?:сч|карт)' +
      // 付到财务的卡上, 请付到我同事的账户: a staff member's or relative's own card or account (not one said to show a payment received).
      '|(?:老板|经理|财务|会计)个人的|(?:财务|老板|经理|会计|出纳|同事|朋友|家人|亲戚|老婆|老公|助理|秘书|表妹|表姐|表哥|表弟|妹妹|姐姐|哥哥|弟弟|女儿|儿子|爸爸|妈妈)的(?:银行)?(?:卡|账户|账号)(?![^，。！？]{0,6}?(?:显示|已收到|收到了))',
    {
      anchors: [
        'personal',
        'private',
        'own',
        'individual',
        'my name',
        '私',
        '个人',
        'на',
        'личн',
        '财务',
        '同事',
        '朋友',
        '家人',
        '亲戚',
        '老婆',
        '老公',
        '助理',
        '秘书',
        '老板',
        '经理',
        '会计',
        '出纳',
        '表',
        '妹妹',
        '姐姐',
        '哥哥',
        '弟弟',
        '女儿',
        '儿子',
        '爸爸',
        '妈妈',
      ],
    },
  ),
  cue(
    'a personal account',
    // Money to a person named by title: "transfer to Mr. Deng", "send to Mrs. Sun, our export manager", "put Chen Hao as the receiver".
    '\\b(?:pay|paid|transfer|remit|wire|send)\\w*\\s+(?:(?!(?:the\\s+|your\\s+)?(?:samples?|goods|documents?|parcels?|cargo|files?)\\b)\\S+\\s+){0,4}?to\\s+(?:our\\s+)?(?:\\S+\\s+)?(?:(?:mr|mrs|miss|mister|madam)\\.?\\s+|ms\\.\\s*)[\\p{L}]+' +
      '|\\bput\\s+[\\p{L}]+\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+as\\s+the\\s+(?:receiver|beneficiary|payee)\\b' +
      // "His Wise email is …": a payment app's login of a third person, paid by e-mail address.
      '|\\b(?:his|her)\\s+(?:wise|paypal|pay\\s+pal|payoneer|skrill|alipay|zelle|venmo|cash\\s?app|revolut)\\s+(?:e-?mail|account|id|address|number)\\b',
    {
      needsPaymentTalk: true,
      anchors: [
        'mr',
        'mrs',
        'ms.',
        'miss',
        'mister',
        'madam',
        'receiver',
        'beneficiary',
        'payee',
        'wise',
        'paypal',
        'pay pal',
        'payoneer',
        'skrill',
        'alipay',
        'zelle',
        'venmo',
        'cash app',
        'cashapp',
        'revolut',
      ],
    },
  ),
  cue(
    'a personal account',
    // "Use the beneficiary I gave you, the one in Shenzhen under Mr. Lin, not the company name."
    `\\bunder\\s+(?:mr|mrs|ms|miss|madam)\\.?\\s+[\\p{L}]+(?<=\\b(?:beneficiary|${ACCOUNT})\\b[^!?\\n]{0,80})`,
    { anchors: ['under '] },
  ),
  cue(
    'money sent to the person writing',
    // "You can send the money to me and I will pass it to the factory"; not money sent back, or a refund.
    `\\b(?:send|transfer|wire|remit|pay)\\s+(?:the\\s+|your\\s+)?(?:money|payment|deposit|balance|funds)\\s+(?:directly\\s+)?to\\s+me\\b${NOT_FOR_A_REFUND}`,
    { anchors: ['to me'] },
  ),
  cue(
    'a personal account',
    // "¿Una cuenta personal o de empresa?" asks which kind of Alibaba account the buyer has.
    '\\bcuenta\\s+(?:personal|privada|particular)(?!\\s+o\\s)|\\bconta\\s+(?:pessoal|particular|privada)(?!\\s+ou\\s)|\\bcompte\\s+(?:personnel|priv[ée])(?!\\s+ou\\s)|\\bconto\\s+(?:personale|privato)(?!\\s+o\\s)' +
      // "Pode pagar na conta do meu gerente", "la cuenta de mi jefe": a manager's or a relative's account.
      '|\\b(?:cuenta\\s+|conta\\s+|compte\\s+|conto\\s+)(?:de|do|da|du|del|di|della|dello)\\s+(?:(?:la|le|il)\\s+)?(?:mi|meu|minha|mon|ma|mio|mia|nuestro|nuestra|nosso|nossa|notre|nostro|nostra)\\s+(?:jefe|jefa|gerente|director|directora|diretor|diretora|chefe|patr[oã]o|patron|directeur|responsable|capo|direttore|esposa|esposo|marido|mujer|femme|mari|moglie|marito|hermano|hermana|primo|prima|t[íi]o|t[íi]a|cu[ñn]ado|cu[ñn]ada|sobrino|sobrina|irm[aã]o|irm[aã]|fr[èe]re|s(?:oe|œ)ur|fratello|sorella|amigo|amiga|ami|amie|amico|amica|contador|contadora|contable|comptable|contabile|s[óo]cio|s[óo]cia)\\b' +
      // "La cuenta del dueño", and a named person: "a nombre del señor Zhang", "no nome do nosso diretor", "an Herrn Zhang persönlich", باسم السيد, "Bay Zhang adına", "atas nama Bapak Zhang".
      '|\\bcuenta\\s+del\\s+(?:due[ñn]o|jefe|gerente|director|contador)\\b|\\ba\\s+nombre\\s+de\\s+(?:nuestro|mi)\\s+(?:agente|jefe|gerente|director|contador|due[ñn]o)\\b|\\ba\\s+nombre\\s+del?\\s+(?:se[ñn]or|se[ñn]ora|sr\\.?|sra\\.?)\\s|\\bno\\s+nome\\s+d[oa]\\s+(?:nosso|nossa|meu|minha|sr\\.?|sra\\.?)\\s|\\ban\\s+(?:herrn|frau)\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+pers(?:ö|oe|o)nlich|باسم\\s+(?:السيد|السيدة)|\\b(?:bay|bayan)\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+ad[ıi]na\\b|\\batas\\s+nama\\s+(?:bapak|pak|ibu|bu|saudara|adik|kakak|istri|suami|teman|bos)\\b|\\bau\\s+nom\\s+de\\s+(?:notre|mon)\\s+(?:directeur|g[ée]rant|patron|comptable|agent|responsable)\\b' +
      // A relative's account: "rekening adik saya", حساب أخي, บัญชีน้องสาว, "chuyển khoản cho chị Lan".
      '|\\brekening\\s+(?:adik|kakak|istri|suami|ibu|ayah|saudara|teman)\\b|حساب\\s+(?:أخي|اخي|أختي|اختي|زوجتي|زوجي|صديقي|ابني|والدي)|บัญชี(?:น้อง|พี่|แม่|พ่อ|สามี|ภรรยา|เพื่อน)|chuy[ểe]n\\s+(?:kho[ảa]n|ti[ềe]n)\\s+cho\\s+(?:ch[ịi]|anh|c[ôo]|ch[úu])\\s' +
      '|privatkonto|pers(?:ö|oe|o)nliche[sn]?\\s+konto|(?:ki[şs]isel|[şs]ahsi)\\s+hesa|prywatn[\\p{L}]*\\s+(?:kont|rachun)|konto\\s+prywatn|t[àa]i\\s+kho[ảa]n\\s+c[áa]\\s+nh[âa]n|حساب(?:ي|نا)?\\s*(?:ال)?شخصي|حساب\\s+(?:\\S+\\s+)?شخصی|\\bosobn[íi]\\s+[úu][čc]et|\\bsoukrom[ýéy]\\s+[úu][čc]et' +
      // Romanian "în contul personal al directorului", Hebrew לחשבון הפרטי של הבעלים (the owner's private account).
      '|\\bcontul\\s+(?:personal|privat)\\b|\\bcontul\\s+(?:\\S+\\s+)?(?:al|a)\\s+(?:directorului|[șs]efului|managerului|patronului|contabilului)\\b|חשבון\\s+(?:ה)?פרטי' +
      // German and Czech, a manager's account: "auf das Konto unseres Geschäftsführers", "na účet našeho zástupce".
      '|\\bkonto\\s+(?:unseres|unserer|meines|meiner)\\s+(?:gesch(?:ä|a|ae)ftsf(?:ü|u|ue)hrers?|chefs?|inhabers?|direktors?|managers?|buchhalter(?:s|in)?|bruders|schwester|kolleg(?:en|in)|vertreters?)\\b|(?<![\\p{L}])[úu][čc]et\\s+(?:na[šs]eho|na[šs][íi]|m[ée]ho|m[ée])\\s+(?:\\S+\\s+)?(?:z[áa]stupce|[řr]editele|[šs][ée]fa|mana[žz]era|majitele|kolegy|bratra)\\b' +
      // Indonesian and Malay: "rekening pribadi saya", "akaun peribadi".
      '|\\brekening\\s+(?:pribadi|bos|atasan|manajer)\\b|\\bakaun\\s+(?:\\S+\\s+)?(?:peribadi|persendirian)\\b' +
      // A manager's or a relative's account in Turkish, Arabic and Urdu, and Egyptian Arabic in Latin letters:
      // "kuzenimin hesabına", حساب المدير الشخصي, ذاتی اکاؤنٹ, "el account el shakhsi", "7esab el shakhsi" (read as "tesab").
      '|\\b(?:kuzen|karde[şs]|m[üu]d[üu]r|patron|e[şs]|arkada[şs]|y[öo]netici|ortak)(?:im|[ıi]m|[üu]m|imiz|[ıi]m[ıi]z)(?:in|[ıi]n|un|[üu]n)\\s+hesab|حساب\\s+\\S+\\s+الشخصي|ذاتی\\s+(?:اکاؤنٹ|اکاونٹ|کھات)|\\b(?:account|b?hesab|b?tesab)\\s+el\\s+shakhsi\\b' +
      // Hinglish: "mere bhai ke account mein", "hamare manager ka account".
      '|\\b(?:mere|meri|mera|hamare|humare)\\s+(?:\\S+\\s+)?(?:bhai|bhaiya|behen|bahan|didi|dost|papa|wife|biwi|patni|pati|manager|boss|accountant|cousin|saale|saali|jija|bhabhi)\\s+(?:ke|ki|ka)\\s+(?:bank\\s+)?(?:account|khate|khata)\\b' +
      // Japanese, Korean and Thai: 個人口座, 개인 계좌, บัญชีส่วนตัว.
      '|個人(?:の)?口座|개인\\s*(?:은행\\s*)?계좌|บัญชีส่วนตัว',
    {
      anchors: [
        'cuenta ',
        'conta ',
        'compte ',
        'conto ',
        'konto',
        'hesa',
        'hesab',
        'ذاتی',
        'shakhsi',
        'prywatn',
        'khoản',
        'khoan',
        'شخصي',
        'rekening',
        'akaun',
        'nombre',
        'nome',
        'herrn',
        'frau',
        'باسم',
        'adına',
        'adina',
        'atas nama',
        'au nom de',
        'osobn',
        'soukrom',
        'contul',
        'חשבון',
        'účet',
        'ucet',
        'učet',
        'úcet',
        'บัญชี',
        'cho ',
        'حساب',
        'mere',
        'meri',
        'mera',
        'hamare',
        'humare',
        '個人',
        '개인',
        'บัญชีส่วนตัว',
      ],
    },
  ),
  cue(
    'a personal account',
    // Hindi "मेरे पर्सनल UPI पर कर दो" (to my personal UPI), "पर्सनल अकाउंट".
    '(?:पर्सनल|(?:भाई|मैनेजर|बॉस|मालिक|डायरेक्टर|एजेंट)\\s+(?:के|का))\\s+(?:upi|अकाउंट|खाते|खाता)',
    { anchors: ['पर्सनल', 'भाई', 'मैनेजर', 'बॉस', 'मालिक', 'डायरेक्टर', 'एजेंट'] },
  ),
];
