import { cue, type Cue } from './cue';

/** Not the seller's store on the marketplace ("notre compte Alibaba est suspendu"), a login, not a bank account. */
const NOT_ALIBABA = '(?![^.!?]{0,40}alibaba)';
/** A bank closed for the weekend or a holiday (not "transferir") has not given up its account. */
const NOT_FOR_A_HOLIDAY =
  '(?![^.!?]{0,30}(?:week|samedi|dimanche|(?<![\\p{L}])f[ée]ri[ée]|vacances|feiertag|wochenende|выходн|праздн|tatil|bayram|libur|cuti|feriado|fin\\s+de\\s+semana|fim\\s+de\\s+semana|fine\\s+settimana|假|节|周末|週末))';
/** "Compte" as an account, not "tenir compte" (take into account) or "compte tenu" (given). */
const COMPTE = '(?<!\\b(?:tenir|tenons|tenez|tient|rendre|rendu)\\s)\\bcompte\\b(?!\\s+tenu)';

/**
 * The business-e-mail-compromise letter in the languages buyers and
 * suppliers write in: "our account is frozen for the annual audit", "pay
 * the balance to our subsidiary's account", "from now on pay our Hong Kong
 * account". The English is in DETAILS_CHANGE; this is part of it.
 */
export const PRETEXTS_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a pretext for a new account',
    // "Our account is frozen / blocked / under audit": the seller's own account ("our"), not the buyer's login.
    `(?:(?:notre|nos)\\s+(?:\\S+\\s+){0,2}?compte${NOT_ALIBABA}[^.!?]{0,40}?(?:suspendu|bloqu[ée]|gel[ée]|ferm[ée]|en\\s+(?:cours\\s+d'|phase\\s+d')?audit|sous\\s+audit)` +
      `|unser(?:e|es|er)?\\s+(?:\\S+\\s+){0,2}?\\S*konto${NOT_ALIBABA}[^.!?]{0,70}?(?<!\\b(?:nicht|nie|niemals)\\s)(?:gesperrt|eingefroren|blockiert|geschlossen|gek(?:ü|ue|u)ndigt|in\\s+pr(?:ü|ue|u)fung|wird\\s+gepr(?:ü|ue|u)ft)` +
      `|наш[\\p{L}]*\\s+(?:\\S+\\s+){0,2}?сч[её]т(?!-?\\s?фактур)[\\p{L}]*${NOT_ALIBABA}[^.!?]{0,40}?(?:заблокирован|заморожен|арестован|закрыт|приостановлен|на\\s+проверке)` +
      '|(?:تجميد|حظر|إيقاف|ايقاف|تعليق)\\s+حساب(?:نا|\\s+شركتنا)|حساب(?:نا|\\s+شركتنا)\\s+(?:\\S+\\s+){0,3}?(?:تحت\\s+(?:ال)?تدقيق|مجمد|موقوف|محظور|معلق)' +
      `|hesab[ıi]m[ıi]z${NOT_ALIBABA}\\s+(?:\\S+\\s+){0,2}?(?:donduruldu|bloke|ask[ıi]ya|kapat[ıi]ld[ıi]|denetimde)` +
      '|t[àa]i\\s+kho[ảa]n(?![^.!?]{0,20}alibaba)(?!\\s+(?:c[ủu]a\\s+)?(?:b[ạa]n|qu[ýy]\\s+kh[áa]ch|anh|ch[ịi])(?![\\p{L}]))[^.!?]{0,40}?(?:b[ịi]\\s+(?:t[ạa]m\\s+)?(?:kh[óo]a|ph[ôo]ng\\s+t[ỏo]a|[đd][óo]ng\\s+b[ăa]ng)|[đd]ang\\s+(?:b[ịi]\\s+)?ki[ểe]m\\s+(?:to[áa]n|tra)|[đd]ang\\s+(?:b[ịi]\\s+)?kh[óo]a)' +
      '|(?:rekening|akaun)\\s+(?:\\S+\\s+){0,5}?(?:sedang\\s+)?(?:dibekukan|diblokir|ditutup|diaudit|dalam\\s+audit)' +
      `|(?:nossa\\s+conta|conta\\s+da\\s+empresa)${NOT_ALIBABA}\\s+(?:\\S+\\s+){0,5}?(?:est[áa]\\s+|foi\\s+)?(?:temporariamente\\s+)?(?:bloqueada|congelada|suspensa|encerrada|em\\s+auditoria)` +
      `|(?:nuestra\\s+cuenta|cuenta\\s+de\\s+la\\s+empresa)${NOT_ALIBABA}\\s+(?:\\S+\\s+){0,5}?(?:est[áa]\\s+|fue\\s+|ha\\s+sido\\s+)?(?:temporalmente\\s+)?(?:congelada|bloqueada|suspendida|cerrada|en\\s+auditor[íi]a)` +
      `|nostro\\s+conto${NOT_ALIBABA}\\s+(?:\\S+\\s+){0,3}?(?:[èe]\\s+(?:stato\\s+)?)?(?:temporaneamente\\s+)?(?:bloccato|congelato|sospeso|chiuso|sotto\\s+revisione)` +
      '|(?:帳戶|帳號|账户|账号)(?:暫停|暂停|凍結)|' +
      '(?:帳戶|帳號|账户|账号)(?:现在|現在|暂时|暫時|目前)(?:不能用|用不了|不能使用)(?:了|(?=[，。！？,.!?\\s]|$)))' +
      NOT_FOR_A_HOLIDAY,
    {
      anchors: [
        'compte',
        'konto',
        'сч',
        'حساب',
        'hesab',
        'khoản',
        'khoan',
        'rekening',
        'akaun',
        'nossa conta',
        'conta da empresa',
        'nuestra cuenta',
        'cuenta de la empresa',
        'nostro conto',
        '帳戶',
        '帳號',
        '账户',
        '账号',
      ],
    },
  ),
  cue(
    "another company's account",
    // The account of a subsidiary, partner, sister company, branch or office: someone other than the seller.
    '(?:\\bcompte\\s+(?:bancaire\\s+)?de\\s+(?:notre|nos)\\s+(?:\\S+\\s+)?(?:filiale|partenaire|soci[ée]t[ée]\\s+s(?:œ|oe)ur|succursale|bureau|maison\\s+m[èe]re)' +
      '|\\bkonto\\s+unser(?:er|es)\\s+(?:\\S+\\s+)?(?:tochter|partner|schwester|niederlassung|filiale|mutter|b(?:ü|ue|u)ros)' +
      '|на\\s+сч[её]т\\s+наш(?:ей|его)\\s+(?:дочерн|материнск|партн[её]р|сестринск|филиал|офис|представительств)' +
      '|حساب\\s+(?:شركتنا\\s+(?:ال)?(?:فرعية|شقيقة|أم|ام|الأم|الام)|شريكنا|فرعنا|مكتبنا)' +
      '|(?:yan|ortak|karde[şs]|ana)\\s+[şs]irketimizin\\s+(?:\\S+\\s+)?hesab' +
      // Turkish "ödemeyi … ortak firmamıza gönderin" (send the payment to our partner firm): money, not samples.
      '|(?:[öo]deme|havale|bakiye|kapora|depozito)[^.!?]{0,60}?(?:yan|ortak|karde[şs]|ana)\\s+(?:firmam[ıi]za|[şs]irketimize)' +
      '|t[àa]i\\s+kho[ảa]n\\s+(?:c[ủu]a\\s+)?(?:c[ôo]ng\\s+ty\\s+(?:con|m[ẹe]|[đd][ốo]i\\s+t[áa]c|li[êe]n\\s+k[ếe]t)|chi\\s+nh[áa]nh|v[ăa]n\\s+ph[òo]ng)' +
      '|(?:rekening|akaun)\\s+(?:\\S+\\s+)?(?:anak\\s+(?:perusahaan|syarikat)|perusahaan\\s+(?:induk|mitra|rekanan)|syarikat\\s+(?:induk|rakan)|mitra|cabang|kantor\\s+kami\\s+di)' +
      '|\\bconta\\s+d[ao]\\s+nossa\\s+(?:filial|subsidi[áa]ria|empresa\\s+(?:parceira|irm[ãa]|m[ãa]e|coligada|associada))|\\bconta\\s+do\\s+nosso\\s+(?:parceiro|escrit[óo]rio)' +
      '|\\b(?:pag|transfer|deposit)[\\p{L}]*\\s+(?:\\S+\\s+){0,4}?(?:para|[àa]|na)\\s+(?:nossa\\s+|a\\s+)?empresa\\s+(?:parceira|irm[ãa]|coligada|associada)' +
      '|\\bcuenta\\s+de\\s+nuestr[ao]\\s+(?:oficina|socio|sucursal|subsidiaria|empresa\\s+(?:asociada|hermana|matriz|socia))' +
      '|\\ba\\s+nombre\\s+de\\s+(?:nuestra|la)\\s+empresa\\s+(?:asociada|hermana|socia|matriz)' +
      // "Desde este pedido los pagos van a nombre de la empresa de mi primo": another name to pay from now on.
      '|\\b(?:desde|a\\s+partir\\s+de)\\s+(?:este|el\\s+pr[óo]ximo|ahora)\\b[^.!?]{0,40}?\\bpagos?\\s+(?:van|ir[áa]n|deben\\s+ir|se\\s+hacen)\\s+a\\s+nombre\\s+de\\b' +
      '|\\bconto\\s+della\\s+nostra\\s+(?:filiale|succursale|societ[àa]\\s+(?:partner|sorella|madre|collegata))|\\bconto\\s+del\\s+nostro\\s+(?:partner|ufficio))' +
      NOT_ALIBABA,
    {
      anchors: [
        'compte',
        'konto',
        'сч',
        'حساب',
        'irketimizin',
        'firmamıza',
        'firmamiza',
        'irketimize',
        'khoản',
        'khoan',
        'rekening',
        'akaun',
        'conta d',
        'empresa',
        'cuenta',
        'nombre',
        'conto',
      ],
    },
  ),
  cue(
    'a new beneficiary from now on',
    // "From now on" with an account in the same sentence, and no Alibaba in it.
    `(?:d[ée]sormais|dor[ée]navant|[àa]\\s+partir\\s+d'aujourd'hui|[àa]\\s+partir\\s+de\\s+maintenant)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?${COMPTE}|${COMPTE}(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?(?:d[ée]sormais|dor[ée]navant)` +
      '|\\b(?:ab\\s+sofort|ab\\s+jetzt|ab\\s+heute|k(?:ü|ue|u)nftig|zuk(?:ü|ue|u)nftig)\\b(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?(?<!kunden|ihr\\s|ihrem\\s|ihren\\s)konto' +
      '|(?:(?:с\\s+этого|с\\s+сегодняшнего)\\s+(?:месяца|дня|момента)|отныне)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?на\\s+сч[её]т' +
      '|من\\s+(?:الآن|الان|اليوم)(?![^.!?]{0,60}علي\\s*بابا)[^.!?]{0,60}?حساب(?!ك)' +
      '|\\bbundan\\s+(?:sonra|b[öo]yle)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?hesab(?:[ıi]na|[ıi]m[ıi]za)' +
      '|(?:từ|tu)\\s+(?:bây\\s+giờ|bay\\s+gio|nay|h[ôo]m\\s+nay)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?t[àa]i\\s+kho[ảa]n' +
      '|\\bmulai\\s+(?:sekarang|hari\\s+ini|saat\\s+ini|bulan\\s+ini)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?(?:rekening|akaun)' +
      '|\\b(?:a\\s+partir\\s+de\\s+(?:ahora|hoy|agora|hoje)|de\\s+ahora\\s+en\\s+adelante|daqui\\s+em\\s+diante)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?(?<!\\b(?:en|em|por|a)\\s)(?:cuenta|conta)\\b' +
      "|\\b(?:d'ora\\s+in\\s+poi|da\\s+ora\\s+in\\s+poi|da\\s+oggi)(?![^.!?]{0,60}alibaba)[^.!?]{0,60}?(?<!\\b(?:tenere|teniamo|tenete|per|in)\\s)\\bconto\\b",
    {
      anchors: [
        'sormais',
        'dorénavant',
        'dorenavant',
        'partir d',
        'compte',
        'ab sofort',
        'ab jetzt',
        'ab heute',
        'nftig',
        'с этого',
        'с сегодняшнего',
        'отныне',
        'من',
        'bundan',
        'bây giờ',
        'bay gio',
        'nay',
        'mulai',
        'de ahora',
        'daqui em',
        "d'ora",
        'da ora',
        'da oggi',
      ],
    },
  ),
  cue(
    'a changed receiving account',
    // "Don't pay to the old account": the old one is given up for another.
    '\\bno\\s+(?:pague|pagues|transfiera|deposite)\\s+(?:\\S+\\s+){0,2}?(?:a\\s+|en\\s+)?la\\s+cuenta\\s+(?:antigua|anterior|vieja)' +
      '|\\bn[ãa]o\\s+(?:pague|transfira|deposite)\\s+(?:\\S+\\s+){0,2}?(?:para\\s+|na\\s+)?a?\\s*conta\\s+(?:antiga|anterior|velha)' +
      "|\\bne\\s+(?:payez|versez|virez)\\s+pas\\s+(?:\\S+\\s+){0,2}?(?:sur\\s+)?l'?ancien\\s+compte" +
      '|\\bnicht\\s+(?:mehr\\s+)?(?:an|auf)\\s+(?:die|das)\\s+alte\\s+(?:bankverbindung|konto|iban)|\\balte[ns]?\\s+(?:bankverbindung|konto)\\s+(?:ist\\s+)?(?:bitte\\s+)?(?:ung(?:ü|ue|u)ltig|nicht\\s+mehr)' +
      '|не\\s+(?:платите|оплачивайте|переводите)\\s+(?:\\S+\\s+){0,2}?на\\s+стар[\\p{L}]*\\s+(?:сч[её]т|реквизит)' +
      '|\\bpuran[ea]\\s+(?:wale\\s+|vale\\s+)?(?:account|khate)\\s+(?:\\S+\\s+){0,2}?(?:mat|na)\\b|\\bnaya\\s+(?:bank\\s+)?account\\b(?!\\s+(?:manager|team|rep|holder|executive)\\b)' +
      // "Our bank has changed", "nosso banco mudou", "o agente mudou de banco", "o novo beneficiário é …", 收款银行由…变更为….
      // "Notre comptable vous enverra un autre RIB, l'ancien ne fonctionne plus"; "no use los datos del pedido de Alibaba".
      "|\\bautre\\s+rib\\b|\\bl'ancien\\s+(?:rib|compte)\\s+ne\\s+(?:fonctionne|marche)\\s+plus|\\bno\\s+use\\s+(?:los|las|el|la)\\s+(?:datos\\s+)?del?\\s+pedido\\b" +
      '|\\bnotre\\s+banque\\s+a\\s+chang[ée]|\\bnosso\\s+banco\\s+mudou|\\bmudou\\s+de\\s+banco\\b|\\bnovo\\s+benefici[áa]rio\\b|\\bnuestro\\s+banco\\s+(?:ha\\s+)?cambi|\\bunsere\\s+bank\\s+hat\\s+sich\\s+ge(?:ä|ae|a)ndert|收款银行(?:由|从)[^。！？，]{1,20}?(?:变更|更换|改)为' +
      // Swedish "vi har bytt bank", "det gamla kontot", "vårt nya konto", Norwegian and Danish "vi har byttet bank", "den gamle
      // kontoen", Finnish "uusi tilinumero", "vanha tili"; Serbian and Croatian "novi račun", "stari račun", "promijenili smo banku";
      // Albanian "llogaria e re", "llogaria e vjetër".
      '|\\bvi\\s+har\\s+bytt\\s+bank|\\bvi\\s+har\\s+(?:ett\\s+)?nytt\\s+(?:bank)?konto|\\bdet\\s+gamla\\s+kontot|\\bv[åa]rt\\s+nya\\s+(?:bank)?konto' +
      '|\\bvi\\s+har\\s+byttet\\s+bank|\\bvi\\s+har\\s+skiftet\\s+bank|\\bden\\s+gamle\\s+konto|\\b(?:v[åa]r|vores)\\s+nye\\s+(?:bank)?konto' +
      '|\\buusi\\s+tilinumero|\\bvanha\\s+tili|\\bnovi\\s+(?:[žz]iro\\s+)?ra[čc]un|\\bstari\\s+ra[čc]un|\\bprom(?:ij)?enili\\s+smo\\s+banku' +
      '|\\bllogari(?:a|në|ne)?\\s+e\\s+re(?![\\p{L}])|\\bllogari(?:a|në|ne)?\\s+e\\s+vjet[ëe]r',
    {
      anchors: [
        'bytt bank',
        'nytt',
        'gamla kontot',
        'nya',
        'byttet bank',
        'skiftet bank',
        'gamle konto',
        'nye',
        'tilinumero',
        'vanha tili',
        'novi',
        'stari',
        'banku',
        'llogari',
        'compte',
        'alte',
        'стар',
        'antigua',
        'anterior',
        'vieja',
        'antiga',
        'velha',
        'puran',
        'naya',
        'banque',
        'banco',
        'novo benefici',
        'unsere bank',
        'autre rib',
        'ancien',
        'pedido',
        '收款银行',
      ],
    },
  ),
];
