import { cue, type Cue } from './cue';
import { MORE_DIRECT_TRANSFERS } from './direct-transfer-more-languages';

/**
 * Paying straight into the supplier's own account, in languages whose
 * phrases for it the larger cue of leaving-the-order-languages.ts lacks:
 * Thai โอนตรง (transfer directly), Hinglish "direct account me", Vietnamese
 * "chuyển khoản thẳng", "vào tài khoản công ty" and "gửi số tài khoản để …
 * thanh toán", French "viré sur notre compte", German "auf unserem
 * Firmenkonto", Polish "bezpośrednio przelewem na nasze konto"; an account in
 * Hong Kong, the writer's own at a named bank, a friend's company's. Part of
 * LEAVING_THE_ORDER_IN_OTHER_LANGUAGES.
 */
export const DIRECT_TRANSFERS_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Thai: "โอนเข้าบัญชีกสิกรไทย 0418…" (transfer into a Kasikorn account): an account at a named bank, not the order.
    'โอนตรง|เข้าบัญชีบริษัท|เข้าบัญชี(?:ธนาคาร)?(?:กสิกร|กรุงเทพ|ไทยพาณิชย์|กรุงไทย|กรุงศรี|ทีทีบี|ทหารไทย|ออมสิน)' +
      '|\\b(?:direct\\s+acc|direct\\s+a/c|direct\\s+khate)\\w*\\s+(?:me|mein|mai|main)\\b' +
      // Hinglish "advance direct hamare HDFC current account me transfer kar dijiye".
      '|\\b(?:direct\\s+hamare|direct\\s+humare|direct\\s+mere|direct\\s+hamara)\\s+(?:\\S+\\s+){0,3}?(?:account|a/c|khate)\\s+(?:me|mein|mai|main)\\b' +
      '|\\bchuy[ểe]n\\s+(?:kho[ảa]n\\s+|ti[ềe]n\\s+)?th[ẳa]ng\\s+(?:cho|v[àa]o|qua|t[ớo]i|t[àa]i\\s+kho[ảa]n)(?![\\p{L}])' +
      // Into the company's account, unless Alibaba is the one paying it ("Alibaba chuyển tiền vào tài khoản công ty").
      '|\\bv[àa]o\\s+t[àa]i\\s+kho[ảa]n\\s+(?:c[ôo]ng\\s+ty|ri[êe]ng|c[áa]\\s+nh[âa]n)(?<!\\balibaba\\b[^.!?]{0,60})' +
      '|\\bg[ửu]i\\s+(?:\\S+\\s+)?s[ốo]\\s+t[àa]i\\s+kho[ảa]n\\b(?=[^.!?]{0,40}\\bthanh\\s+to[áa]n)' +
      "|\\b(?:vir[ée]e?s?|vers[ée]e?s?|pay[ée]e?s?|r[ée]gl[ée]e?s?|virez|versez|payez|r[ée]glez)\\s+(?:(?!pas\\b)[\\p{L}']+\\s+){0,3}?sur\\s+notre\\s+compte\\b" +
      '|(?:\\b(?:zahlung|betrag|anzahlung|restbetrag|zahlen|ueberweis\\w*|uberweis\\w*)|überweis\\w*)\\s+(?:\\S+\\s+){0,4}?auf\\s+unser(?:em|e|en)?\\s+(?:firmen|bank|gesch(?:ä|a|ae)fts)?konto\\b' +
      '|\\bbezpo[śs]rednio\\s+(?:\\S+\\s+){0,2}?na\\s+(?:nasze\\s+konto|moje\\s+konto|konto\\s+firm\\w*)\\b' +
      // The account given in the chat: Polish "na podane konto", "na wskazany rachunek"; German "auf das unten angegebene Konto"
      // (not the one in the Alibaba order).
      '|\\bna\\s+(?:podane|podany|wskazane|wskazany)\\s+(?:konto|rachunek)\\b(?![^.!?]{0,30}\\b(?:alibaba|zam[óo]wieni))' +
      '|\\bauf\\s+das\\s+(?:unten\\s+|oben\\s+)?angegebene\\s+konto\\b(?![^.!?]{0,30}\\b(?:alibaba|bestellung))' +
      // Portuguese "direto na conta da fábrica", Arabic "حوّل العربون على حسابنا في دبي مباشرة" (straight to our account in Dubai).
      '|\\bdireto\\s+na\\s+conta\\s+(?:da|do)\\s+(?:f[áa]brica|empresa|chefe|patr[ãa]o|dono|diretor)\\b|\\bdireto\\s+na\\s+(?:nossa|minha)\\s+conta\\b' +
      '|على\\s+حساب(?:نا|ي)\\s+(?:\\S+\\s+){0,3}?مباشرة|مباشرة\\s+على\\s+حساب(?:نا|ي)' +
      // Italian "bonifico sul conto indicato", French "virer sur le compte ci-dessous", German "auf das Konto unseres
      // Spediteurs" (our forwarder's account), Polish "zapłacisz … na nasze konto", "przelew kaucji … na nasz rachunek".
      '|\\bsul\\s+conto\\s+(?:indicato|qui\\s+sotto|sotto\\s+indicato|seguente)\\b|\\bsur\\s+le\\s+compte\\s+(?:ci-dessous|suivant|indiqu[ée])' +
      '|\\bauf\\s+das\\s+konto\\s+(?:unseres|unserer|meines|meiner)\\s+(?:spediteurs?|agenten|partners?|chefs?|kollegen|kollegin|vertreters?)\\b' +
      '|\\b(?:zap[łl]a\\w*|wp[łl]a[ćc]\\w*|przel\\w*)\\s+(?:\\S+\\s+){0,5}?(?:na\\s+nasze\\s+konto|na\\s+moje\\s+konto|na\\s+nasz\\s+rachunek)\\b(?<!\\balibaba\\b[^.!?]{0,60})' +
      // Turkish "verdiğim Ziraat IBAN'ına hemen gönder" (send it to the IBAN I gave); Greek "απευθείας … χωρίς Alibaba" (without
      // it), Georgian "პირდაპირ ჩვენს ანგარიშზე" (straight to our account), Mongolian "Alibaba-гаар дамжуулах шаардлагагүй".
      '|χωρ[ίι]ς\\s+(?:το\\s+)?alibaba|პირდაპირ\\s+ჩვენს\\s+ანგარიშ|alibaba-?гаар\\s+дамжуулах\\s+шаардлагагүй' +
      '|\\bverdi[ğg]im\\s+(?:\\S+\\s+)?iban\\S*\\s+(?:\\S+\\s+)?g[öo]nder' +
      // An account in Hong Kong: Italian "sul conto del nostro ufficio di Hong Kong", Dutch "naar onze rekening in Hong Kong",
      // Spanish "a la cuenta de la empresa de HK", Swahili "akaunti ya kampuni yetu ya Hong Kong", Russian "на наш счёт в
      // Гонконге"; Japanese 新しい口座（香港の銀行）へお願いします.
      '|\\b(?:cuenta|conta|conto|compte|konto|rekening|akaunti)\\s+(?:\\S+\\s+){0,4}?(?:en|em|in|di|à|a|i|w|na|ya)\\s+(?:hong\\s+kong|hk)\\b|\\bcuenta\\s+de\\s+la\\s+empresa\\s+de\\s+(?:hong\\s+kong|hk)\\b' +
      '|сч[её]т[\\p{L}]*\\s+(?:\\S+\\s+){0,2}?в\\s+гонконг' +
      // Russian "оплату за насосы на наш счёт" (the payment into our account), as "payment to our account" is in English.
      '|(?:оплат|перев|перечисл|отправ)[\\p{L}]*\\s+(?:\\S+\\s+){0,4}?на\\s+(?:наш|мой)\\s+(?:банковский\\s+)?сч[её]т(?![^.!?]{0,30}(?:alibaba|алибаба))' +
      '|新しい口座[^。！？]{0,20}?(?:へ|に)(?:お願い|お振込|お支払|送金)' +
      // Japanese "残金はこちらの口座へ…直接お振込みください" (pay the balance straight into this account), "下記の銀行口座へ直接お振込み" (the account below).
      '|(?:こちらの口座|下記の口座|下記の銀行口座)[^。！？]{0,20}?(?:お振込|お振り込み|お支払|送金)' +
      // "手付金は弊社の口座に直接お振込みください" (the deposit straight into our account, from the factory's export agent).
      '|弊社の口座[^。！？]{0,6}?直接(?:お振込|お振り込み|お支払|送金)' +
      // Into the writer's own account at a named bank: Vietnamese "vào tài khoản Vietcombank của em".
      '|\\bv[àa]o\\s+t[àa]i\\s+kho[ảa]n\\s+(?:\\S+\\s+){1,2}?c[ủu]a\\s+(?:em|anh|ch[ịi]|t[ôo]i|m[ìi]nh)\\b' +
      // A friend's company account, in Malay: "terus ke akaun Maybank syarikat kawan saya".
      '|\\bke\\s+akaun\\s+(?:\\S+\\s+){0,3}?(?:kawan|rakan|adik|abang|kakak|bos|saudara)\\b' +
      // Indonesian: "transfer aja ke BCA 000 123 4567 a.n. Susanti": an account at a named bank (not Alibaba's virtual account).
      '|\\b(?:transfer|tf|trf|bayar|kirim)\\w*\\s+(?:\\S+\\s+){0,2}?ke\\s+(?:rek(?:ening)?\\s+)?(?:bca|bni|bri|mandiri|permata|bsi|btn)\\b(?!\\s+(?:virtual|va)\\b)' +
      // Hausa: "in ba ka lambar asusun kai tsaye" (I give you the account number directly), "ka biya kai tsaye" (pay directly).
      // Urdu "ادائیگی براہ راست ہمارے بینک میں کریں" (pay straight into our bank).
      '|براہ\\s+راست\\s+(?:\\S+\\s+){0,2}?(?:بینک|اکاؤنٹ|اکاونٹ|کھاتے)' +
      '|\\blambar\\s+asusu\\w*\\s+(?:\\S+\\s+)?kai\\s+tsaye\\b|\\b(?:ka|ki|ku)\\s+biya\\s+(?:\\S+\\s+)?kai\\s+tsaye\\b',
    {
      anchors: [
        'โอนตรง',
        'เข้าบัญชีบริษัท',
        'เข้าบัญชี',
        'direct acc',
        'direct a/c',
        'direct khate',
        'direct hamare',
        'direct humare',
        'direct mere',
        'direct hamara',
        'thẳng',
        'thang',
        'khoản',
        'khoan',
        'sur notre compte',
        'konto',
        'berweis',
        'bezpośrednio',
        'bezposrednio',
        'podane',
        'podany',
        'wskazane',
        'wskazany',
        'angegebene konto',
        'sul conto',
        'direto na',
        'على حساب',
        'sur le compte',
        'auf das konto',
        'na nasze konto',
        'na moje konto',
        'na nasz rachunek',
        'verdiğim',
        'χωρίς',
        'χωρις',
        'პირდაპირ',
        'дамжуулах',
        'verdigim',
        'hong kong',
        'гонконг',
        'оплат',
        'перев',
        'перечисл',
        'отправ',
        'hk',
        '新しい口座',
        'こちらの口座',
        '下記の口座',
        '下記の銀行口座',
        '弊社の口座',
        'akaun',
        'kai tsaye',
        'براہ راست',
        'bca',
        'bni',
        'bri',
        'mandiri',
        'permata',
        'bsi',
        'btn',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // Swedish "betala … till vårt nya konto", Norwegian and Danish "til vår/vores konto", "send tollavgiften til speditøren vår";
    // Finnish "suoraan … tilille" (straight to the account); Serbian, Croatian and Bosnian "direktno na naš račun"; Albanian
    // "direkt në llogarinë tonë bankare"; German "überweisen Sie … an den Spediteur" (to the forwarder); Turkish "bakiye
    // ödemesini yeni hesabımıza yapın" (make the balance payment to our new account); Latvian "tieši uz mūsu Honkongas kontu,
    // nevis caur Alibaba" (straight to our Hong Kong account, not through Alibaba); Czech "pošlete dnes na nový účet" (to the
    // new account); Vietnamese "anh chuyển VND trực tiếp" (transfer it directly).
    '\\btill\\s+(?:v[åa]rt|mitt)\\s+(?:nya\\s+)?(?:bank)?konto\\b|\\btil\\s+(?:v[åa]r|vores|min)\\s+(?:nye\\s+)?(?:bank)?konto\\b' +
      '|\\btil\\s+spedit[øo]ren\\s+(?:v[åa]r|vores)\\b|\\btill\\s+v[åa]r\\s+spedit[öo]r\\b|\\bsuoraan\\s+(?:\\S+\\s+)?[\\p{L}]*tilille\\b' +
      '|\\bdirektno\\s+na\\s+(?:naš|nas|moj)\\s+(?:\\S+\\s+)?ra[čc]un\\b|\\bdirekt\\s+n[ëe]\\s+llogarin[ëe]\\s+(?:ton[ëe]|time)(?![\\p{L}])' +
      '|(?:\\b(?:ueberweis|uberweis|zahl)\\w*|überweis\\w*)\\s+(?:\\S+\\s+){0,7}?an\\s+(?:den|unseren)\\s+(?:spediteur|agenten|zollagenten)\\b' +
      '|(?<![\\p{L}])(?:[öo]deme|bakiye|kapora|depozito|avans)[\\p{L}]*\\s+(?:\\S+\\s+){0,2}?(?:yeni\\s+)?hesab[ıi]m(?:[ıi]z)?a\\s+(?:yap|yat[ıi]r|g[öo]nder|havale|aktar)' +
      '|\\btie[šs]i\\s+uz\\s+(?:m[ūu]su|manu)\\s+(?:\\S+\\s+)?kont|\\bnevis\\s+caur\\s+alibaba\\b|\\bna\\s+(?:nov[ýy]|n[áa][šs]|m[ůu]j)\\s+(?:\\S+\\s+)?(?:účet|ucet)(?![\\p{L}])' +
      '|(?<![\\p{L}])chuy[ểe]n\\s+(?:\\S+\\s+){0,3}?tr[ựu]c\\s+ti[ếe]p(?![\\p{L}])',
    {
      anchors: [
        'konto',
        'til speditøren',
        'til speditoren',
        'till vår speditör',
        'till var speditor',
        'till vår speditor',
        'till var speditör',
        'suoraan',
        'direktno na',
        'direkt në',
        'direkt ne',
        'ueberweis',
        'uberweis',
        'zahl',
        'überweis',
        'hesab',
        'tieši',
        'tiesi',
        'nevis caur',
        'účet',
        'ucet',
        'tiếp',
        'tiep',
      ],
    },
  ),
  ...MORE_DIRECT_TRANSFERS,
];
