import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 79: Chinese suppliers writing to buyers in Malaysia, Taiwan and
 * Hong Kong (a personal 户口, a relative's 户头, "转我支付宝"), buyers and suppliers in Korea, Japan and Italy, and a
 * partner, representative or sister company to be paid instead. Traditional Chinese is read as Simplified here (see
 * traditional-chinese.ts). Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_EAST_ASIA_AND_PARTNERS: readonly Cue[] = [
  cue(
    'a personal account',
    // Cantonese "剩低 4,200 轉去我私人戶口"; "就我個人的帳戶", "我有个人的Wise美金账户"; "匯到我在台灣的親戚戶頭";
    // "是我們老闆娘名下的" (in the boss's wife's name). Korean "사장님 동생 명의 계좌" (an account in the boss's brother's name).
    '私人户口|个人户口|(?:我|有)个人的[^，。！？\\s]{0,8}?(?:账户|账号|户口|户头)' +
      '|(?:亲戚|家人|朋友|老婆|老公|太太|老板娘)的?(?:户头|户口)' +
      '|(?:老板娘|老板|老婆|老公|太太|亲戚|家人|会计|经理)名下' +
      '|(?:동생|사장님|가족|친구|직원|와이프|아내|남편|개인)\\s?명의\\s?(?:의\\s?)?계좌|개인\\s?계좌',
    {
      anchors: ['私人户口', '个人户口', '个人的', '户头', '户口', '名下', '명의', '개인'],
    },
  ),
  cue(
    'Alipay or WeChat to a person',
    // "上次你是转我支付宝的", "用Wise转我吧"; Thai อาลีเพย์ (Alipay) with a number; Korean 알리페이 계정 (an Alipay account).
    '(?:转我|转给我)的?(?:支付宝|微信|wise)|(?:支付宝|微信|wise)\\s?(?:转我|转给我)' +
      '|อาลีเพย์\\s*[:：]?\\s*\\d|เลขอาลีเพย์|알리페이\\s?(?:계정|아이디|번호)',
    { anchors: ['转我', '转给我', 'อาลีเพย์', '알리페이'] },
  ),
  cue(
    'paying directly to save the fees',
    // "I can give you better price because no alibaba commission", "we give you 1% discount because no bank fee".
    '\\b(?:because|as|since|coz|bcoz|cause)\\s+(?:there\\s+is\\s+|there\\W?s\\s+)?(?:no\\s+alibaba|no\\s+platform)\\s+(?:fees?|commission|charges?|cut)\\b' +
      '|\\bdiscount\\s+(?:for\\s+you\\s+)?(?:because|as|since|coz)\\s+(?:there\\s+is\\s+)?(?:no\\s+bank|no\\s+transfer|no\\s+alibaba)\\s+(?:fees?|charges?|commission)\\b',
    { anchors: ['no alibaba', 'no platform', 'no bank', 'no transfer'] },
  ),
  cue(
    "a partner's account",
    // "For Iran buyer we have representative in Tehran, pay him Rial"; "Our partner in Cape Town can settle it if you
    // deposit R18,500 to them" (not the buyer's own: "our customs agent in Gdańsk … we pay him directly"); "Xingmao is our sister concern for export, all our customer pay there".
    '\\b(?:representative\\s+in|agent\\s+in|partner\\s+in|colleague\\s+in|cousin\\s+in)\\s+[^.!?]{0,50}?(?:\\byou\\s+|\\bu\\s+|\\bjust\\s+|\\bplease\\s+|\\bpls\\s+|,\\s*)(?:pay|deposit|transfer|send|wire)\\w*\\s+(?:\\S+\\s+){0,2}?(?:to\\s+)?(?:him|her|them)\\b' +
      '|\\b(?:sister\\s+concern|sister\\s+company)\\b[^.!?]{0,60}?\\bpay\\s+(?:there|to\\s+them|them)\\b' +
      // Italian "il pagamento lo gestisce la nostra società partner", "il pagamento va alla nostra società commerciale",
      // "Fate il bonifico a loro", "è il nostro agente di pagamento".
      '|\\bil\\s+pagamento\\s+(?:lo\\s+gestisce|va\\s+alla|andr[àa]\\s+alla)\\s+(?:la\\s+)?nostra\\s+societ[àa]' +
      '|\\b(?:fate|fai|faccia|fare)\\s+il\\s+bonifico\\s+a\\s+(?:loro|lui|lei)\\b|\\bagente\\s+di\\s+pagamento\\b' +
      // "Pls give him all amount, not only deposit" (to the agent the buyer's friend meets).
      '|\\b(?:give|hand)\\s+(?:him|her|them)\\s+(?:the\\s+)?(?:all\\s+amount|full\\s+amount|whole\\s+amount|all\\s+the\\s+money|the\\s+cash)\\b' +
      // Taiwan "我們都是用代收，匯台幣到台灣的合作公司"; Korean "원화로 그쪽 계좌에" (in won, to that account there).
      // "we now invoice African customers through our Dubai office".
      '|\\binvoice\\s+(?:\\S+\\s+){0,2}?(?:customers|clients|buyers)\\s+(?:through\\s+our|via\\s+our)\\s+\\S+\\s+(?:office|company|branch|entity)\\b' +
      '|用代收|汇[^，。！？]{0,10}?到[^，。！？]{0,8}?(?:合作公司|合作伙伴)|원화로\\s?(?:\\S+\\s?){0,2}?계좌',
    {
      anchors: [
        'representative in',
        'agent in',
        'partner in',
        'colleague in',
        'cousin in',
        'sister concern',
        'sister company',
        'il pagamento',
        'il bonifico',
        'agente di pagamento',
        'through our',
        'via our',
        'all amount',
        'full amount',
        'whole amount',
        'all the money',
        'the cash',
        '用代收',
        '合作公司',
        '合作伙伴',
        '원화로',
      ],
    },
  ),
  cue(
    'cash',
    // "my colleague meet him … Cash USD is ok"; Egyptian Arabic "ممكن يديك الفلوس كاش دولار" (he can give you the money in
    // cash dollars).
    '\\b(?:cash\\s+usd|cash\\s+dollars?|cash\\s+us\\s+dollars?)\\s+(?:is\\s+)?(?:ok|okay|fine|no\\s+problem)\\b|(?:الفلوس\\s+كاش|المبلغ\\s+كاش|كاش\\s+دولار)',
    { anchors: ['cash usd', 'cash dollar', 'cash us', 'كاش'] },
  ),
  cue(
    'bank details given outside the order',
    // "I can send you bank details directly"; Japanese "弊社の香港口座へ直接送金",
    // "振込先:" (pay to:), "口座情報だけ先に送ってください" (send just the account details first); Spanish "Le paso la
    // cuenta por correo"; Persian "طبق حساب قبلی در دبی" (per the earlier account in Dubai), "شماره کارت یا شبا" (a card
    // number or a Sheba, Iran's IBAN).
    '\\bsend\\s+(?:you\\s+|u\\s+)?(?:our\\s+)?(?:bank\\s+details\\s+directly|bank\\s+info\\s+directly|bank\\s+account\\s+directly)\\b' +
      // "帳戶我給您一個香港的" (the account, I'll give you one in Hong Kong); bank details sent on Skype or LINE.
      '|(?:账户|账号|户口)(?:我给您|我给你|我发您|我发你)|(?:银行资料|银行信息|资料|資料)[^，。！？]{0,10}?(?:在|用)\\s?(?:skype|whatsapp|telegram|line|邮箱)' +
      '|(?:skype|whatsapp|telegram|line)\\s?(?:上|里)?给的是' +
      '|口座へ直接|口座に直接|振込先\\s*[:：]|口座情報(?:だけ)?(?:を)?(?:先に)?送って' +
      '|طبق\\s+حساب\\s+قبلی|شماره\\s+(?:کارت|شبا)|کارت\\s+یا\\s+شبا' +
      '|\\b(?:le|te)\\s+(?:paso|mando|env[íi]o)\\s+(?:la\\s+cuenta|los\\s+datos)\\s+(?:bancarios\\s+)?por\\s+(?:correo|e-?mail|mail|whatsapp)\\b',
    {
      anchors: [
        'bank details directly',
        'bank info directly',
        'bank account directly',
        '我给您',
        '我给你',
        '我发您',
        '我发你',
        '资料',
        '银行信息',
        '資料',
        '给的是',
        '口座',
        '振込先',
        'la cuenta',
        'los datos',
        'حساب قبلی',
        'شماره',
        'شبا',
      ],
    },
  ),
  cue(
    'a PayPal account given in the chat',
    // "PayPal email: raytiantai88@hotmail.com".
    '\\b(?:pay\\s?pal\\s+e-?mail|pay\\s?pal\\s+account|pay\\s?pal\\s+id)\\s*[:：]?\\s*\\S+@',
    { anchors: ['pal e', 'pal account', 'pal id'] },
  ),
  cue(
    "a payment app's account given in the chat",
    // "Alipay ok, account liya_jewelry88@163.com", "Payoneer email: …": the app's account is a person's.
    '\\b(?:alipay|payoneer|skrill|venmo|zelle|gcash|wise|wechat\\s?pay)\\s*(?:(?:is\\s+)?(?:ok|okay|fine)\\s*)?[,:：]?\\s*(?:e-?mail|account|acc|id)\\s*[:：]?\\s*[\\w.+-]+@',
    { anchors: ['alipay', 'payoneer', 'skrill', 'venmo', 'zelle', 'gcash', 'wise', 'wechat'] },
  ),
  cue(
    'a reason to leave Trade Assurance',
    // "Sample ok in alibaba, but bulk they hold money long time"; "Alibaba take 2 week to release money to us, link is
    // instant"; "平台抽成加保險要吃掉五個點 … 這點錢留給您自己" (the platform's cut: keep that money yourself).
    '\\b(?:alibaba|they|platform)\\s+(?:hold|holds|keep|keeps)\\s+(?:the\\s+|our\\s+)?(?:money|payment|funds)\\s+(?:a\\s+)?(?:long\\s+time|too\\s+long|for\\s+weeks|for\\s+a\\s+month)\\b' +
      '|\\b(?:alibaba|platform)\\s+(?:take|takes)\\s+\\S+\\s+(?:weeks?|days?|months?)\\s+to\\s+release\\b' +
      '|平台(?:抽成|佣金|手续费)[^。！？]{0,40}?留给(?:您|你)' +
      // "For sample small amount Alibaba not support dear. Wise is easy": the platform said to be unable, another way
      // praised (not "Alibaba does not support Wise, only card in the order").
      "|\\b(?:alibaba|trade\\s+assurance|platform)\\s+(?:is\\s+)?(?:not|no|don'?t|doesn'?t|cannot|can'?t)\\s+support\\b(?=[^]{0,80}?\\b(?:wise|paypal|western\\s+union|moneygram|payoneer|remitly|usdt|crypto|cash\\s+app|venmo|zelle)\\s+(?:is\\s+)?(?:easy|easier|ok|okay|better|fast|faster|cheaper|quick|quicker)\\b)",
    {
      anchors: ['long time', 'too long', 'for weeks', 'for a month', 'to release', '平台', 'support'],
    },
  ),
  cue(
    'paying the factory directly',
    // Spanish "trabajamos con pago directo a la fábrica".
    '\\bpago\\s+directo\\s+a\\s+la\\s+f[áa]brica\\b',
    { anchors: ['pago directo'] },
  ),
  cue(
    'Trade Assurance only for samples',
    // "Trade Assurance es solo para muestras", "TA only for sample".
    '\\b(?:trade\\s+assurance|ta)\\s+(?:es\\s+|is\\s+)?(?:solo\\s+para|sólo\\s+para|only\\s+for)\\s+(?:las\\s+|the\\s+)?(?:muestras?|samples?)\\b',
    { anchors: ['solo para', 'sólo para', 'only for'] },
  ),
];
