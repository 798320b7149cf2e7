import { cue, WORDS, type Cue } from './cue';

/**
 * What the buyer is told it will lose, said in the other languages buyers and suppliers write in: a price rise
 * tomorrow, another buyer waiting, a threat. Part of PRESSURE_IN_OTHER_LANGUAGES, beside its deadlines to pay.
 */
export const STAKES_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a price rise tomorrow',
    // "Le prix augmente demain", "der Preis steigt morgen", "цена вырастет завтра".
    '\\bprix\\s+(?:\\S+\\s+)?(?:augmente(?:nt|ra|ront)?|monte(?:nt|ra)?|vont?\\s+augmenter|va\\s+monter)\\s+(?:d[èe]s\\s+|[àa]\\s+partir\\s+de\\s+)?demain\\b|\\b(?:d[èe]s\\s+)?demain,?\\s+(?:le|les)\\s+prix\\s+(?:augment|mont)' +
      // Swahili "bei ya inverter itapanda kesho", "kesho bei inapanda".
      '|\\bbei\\s+(?:\\S+\\s+){0,4}?(?:itapanda|inapanda|itaongezeka)\\s+(?:kuanzia\\s+)?kesho\\b|\\bkesho\\s+(?:bei\\s+)?inapanda\\b' +
      '|\\bpreis\\w*\\s+(?:steigt|steigen|erh[öo]ht\\s+sich|erh[öo]hen\\s+sich)\\s+(?:ab\\s+)?morgen\\b(?!\\s+(?:noch\\s+)?nicht)|\\bpreis\\w*\\s+(?:wird|werden)\\s+(?:ab\\s+)?morgen\\s+(?:steigen|erh[öo]ht)|\\b(?:ab\\s+)?morgen\\s+(?:steigt|steigen|erh[öo]hen\\s+sich|erh[öo]ht\\s+sich)\\s+(?:der|die)\\s+preis' +
      // "Der Preis gilt nur bis morgen, danach steigt …".
      '|\\b(?:preis\\w*|angebot)\\s+gilt\\s+nur\\s+(?:noch\\s+)?bis\\s+(?:morgen|heute)\\b' +
      '|цен[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:выраст[\\p{L}]*|подним[\\p{L}]*|повыс[\\p{L}]*|вырост[\\p{L}]*)\\s+(?:уже\\s+|с\\s+)?завтра|завтра\\s+(?:[\\p{L}]+\\s+)?цен[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:выраст|подним|повыс|вырост)' +
      // "Fiyat yarın artıyor", "giá sẽ tăng vào ngày mai", "harga naik besok", "السعر سيرتفع غدا".
      '|fiyat[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?yar[ıi]n(?:dan\\s+itibaren)?\\s+(?:[\\p{L}]+\\s+)?(?:art|y[üu]ksel|zamlan)(?!m[ıiae])|yar[ıi]n(?:dan\\s+itibaren)?\\s+(?:[\\p{L}]+\\s+)?fiyat[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:art|y[üu]ksel|zamlan)(?!m[ıiae])' +
      '|gi[áa]\\s+(?:(?!kh[ôo]ng|ch[ưu]a)[\\p{L}]+\\s+){0,2}?t[ăa]ng\\s+(?:[\\p{L}]+\\s+)?(?:v[àa]o\\s+|t[ừu]\\s+)?ng[àa]y\\s+mai|ng[àa]y\\s+mai\\s+(?:[\\p{L}]+\\s+){0,2}?t[ăa]ng\\s+gi[áa]' +
      // "Giá này chỉ giữ đến hết hôm nay", "qua hôm nay là không giữ giá được nữa" (after today the price can't be kept),
      // "mai nhà máy tăng giá".
      '|gi[áa]\\s+(?:n[àa]y\\s+)?ch[ỉi]\\s+gi[ữu]\\s+(?:[đd][ếe]n\\s+)?(?:h[ếe]t\\s+)?(?:h[ôo]m\\s+nay|ng[àa]y\\s+mai)' +
      '|(?<![\\p{L}])(?:qua|sau)\\s+h[ôo]m\\s+nay\\s+(?:l[àa]\\s+)?(?:em\\s+)?kh[ôo]ng\\s+(?:c[òo]n\\s+)?gi[ữu]\\s+(?:[đd][ưu][ợo]c\\s+)?gi[áa]|(?<![\\p{L}])mai\\s+(?:[\\p{L}]+\\s+){0,2}?t[ăa]ng\\s+gi[áa]' +
      '|\\b(?:harga|ongkos|biaya|tarif)\\s+(?:(?!tidak|tak|belum|nggak|gak)[\\p{L}]+\\s+){0,2}?(?:naik|meningkat)\\s+(?:mulai\\s+)?besok\\b|\\bbesok\\s+(?:[\\p{L}]+\\s+)?(?:harga|ongkos|biaya|tarif)\\s+(?:[\\p{L}]+\\s+)?naik\\b' +
      '|(?:السعر|الأسعار|الاسعار|سعر|أسعار)\\s+(?:(?!لن|لا|ما)[\\p{L}]+\\s+)?(?:سي|ست|ي|ت)رتفع[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:غدا|من\\s+الغد|بكرة|بكره)|(?:غدا|بكرة|بكره)[\\p{M}]*\\s+(?:[\\p{L}]+\\s+)?(?:سي|ست|ي|ت)رتفع[\\p{L}]*\\s+(?:ال)?(?:سعر|أسعار|اسعار)' +
      // Hinglish "kal se rate badh jayega".
      '|\\bkal\\s+se\\s+(?:\\S+\\s+)?(?:rate|rates|price|prices|daam|dam|keemat|kimat|bhav|bhaav)\\s+(?:(?!nahi|nhi)\\S+\\s+)?(?:badh|badhega|badhenge|increase|up|zyada|jyada)\\b|\\b(?:rate|price|daam|keemat|kimat|bhav)\\s+kal\\s+se\\s+(?:\\S+\\s+)?(?:badh|badhega|increase|up|zyada|jyada)\\b',
    {
      anchors: [
        'demain',
        'morgen',
        'завтра',
        'yarın',
        'yarin',
        'ngày mai',
        'ngay mai',
        'besok',
        'غدا',
        'الغد',
        'بكرة',
        'بكره',
        'kal se',
        'kesho',
        'gilt nur',
        'giữ',
        'giu',
        'mai ',
      ],
    },
  ),
  cue(
    'another buyer waiting',
    // "Otro cliente quiere todo el stock", "un autre client est intéressé", "другой покупатель готов заплатить больше".
    '\\b(?:otro\\s+cliente|otro\\s+comprador)\\s+' +
      WORDS(3) +
      '(?:quiere|est[áa]\\s+interesado|ofrece|ofreci[óo]|espera|paga\\s+m[áa]s|va\\s+a\\s+(?:comprar|pagar))(?![\\p{L}])' +
      // "Depois das 18h vai pro outro cliente."
      '|\\bvai\\s+pr[oa]\\s+outro\\s+cliente\\b|\\bvai\\s+para\\s+o\\s+outro\\s+cliente\\b' +
      '|\\b(?:outro\\s+cliente|outro\\s+comprador)\\s+' +
      WORDS(3) +
      '(?:quer|est[áa]\\s+interessado|oferece|ofereceu|est[áa]\\s+esperando|vai\\s+(?:comprar|pagar)|paga\\s+mais)(?![\\p{L}])' +
      '|\\b(?:autre\\s+client|autre\\s+acheteur)\\s+' +
      WORDS(3) +
      '(?:veut|est\\s+int[ée]ress[ée]|offre|propose|attend|va\\s+(?:acheter|payer)|paie\\s+plus)(?![\\p{L}])' +
      '|\\bandere[rn]?\\s+(?:kunde|k[äa]ufer|interessent)\\s+' +
      WORDS(3) +
      '(?:will|m[öo]chte|wartet|bietet|ist\\s+interessiert|zahlt\\s+mehr)(?![\\p{L}])' +
      '|друг(?:о[йи]|ие)\\s+(?:клиент|покупател)[\\p{L}]*\\s+' +
      WORDS(3) +
      '(?:хоч|хот|жд|предлага|интерес|готов)' +
      '|ba[şs]ka\\s+(?:bir\\s+)?(?:m[üu][şs]teri|al[ıi]c[ıi])[\\p{L}]*\\s+' +
      WORDS(3) +
      '(?:istiyor|bekliyor|ilgileniyor|teklif)' +
      '|\\bdijual\\s+ke\\s+(?:pembeli|customer|buyer|orang|klien)\\s+lain\\b' +
      // "Vendue à un autre client", "отдадим другому клиенту", سنبيع البضاعة لعميل آخر, بكرة نبيع الكمية (tomorrow we sell the lot).
      '|\\bvendue?s?\\s+[àa]\\s+un\\s+autre\\s+client\\b|(?:отдадим|отдам|продадим|продам|уйд[её]т|уходит)\\s+(?:[\\p{L}]+\\s+){0,2}?друго(?:му|й)\\s+(?:клиент|покупател)|لعميل\\s+آخر|(?:بكرة|بكره|غدا|غداً|وإلا|والا)\\s+(?:[\\p{L}]+\\s+)?س?نبيع' +
      // The same in Latin letters: "tovar ujdet drugomu pokupatelyu" (the goods go to another buyer).
      '|\\b(?:otdadim|prodadim|ujdet|uydet|uhodit|ukhodit)\\s+(?:\\S+\\s+){0,2}?drugomu\\s+(?:klient|pokupatel)' +
      '|\\b(?:pembeli|customer|buyer|klien|pelanggan)\\s+lain\\s+' +
      WORDS(3) +
      '(?:mau|ingin|minat|tertarik|menunggu|menawar|nawar)' +
      // "Yang lain juga mau ambil lho" (the others want to take it too).
      '|\\byang\\s+lain\\s+(?:juga\\s+)?(?:mau|ingin|minat|tertarik)\\s+(?:ambil|beli)\\b' +
      '|kh[áa]ch\\s+(?:h[àa]ng\\s+)?kh[áa]c\\s+' +
      WORDS(3) +
      '(?:mu[ốo]n|[đd]ang\\s+(?:ch[ờo]|[đd][ợo]i|h[ỏo]i)|tr[ảa]\\s+gi[áa]\\s+cao)' +
      '|(?:زبون|عميل|مشتري|زبائن|عملاء)\\s+(?:آخر|اخر|آخرين|اخرين)\\s+' +
      WORDS(3) +
      '(?:يريد|مهتم|يرغب|ينتظر|يعرض|سيشتري)' +
      '|\\b(?:dusre|doosre|dusra|doosra|ek\\s+aur|aur\\s+ek)\\s+(?:buyer|customer|party|client)\\s+' +
      WORDS(4) +
      '(?:ko\\s+chahiye|chahta|chahte|chahiye|wait|le\\s+lega|ready)' +
      // "另一个客户也想要", "其他买家出价更高".
      '|(?:其他|另外|另一个|另一位|别的)(?:一个|一位)?(?:客户|买家|客人)也?(?:要|想要|在等|出价|出更高|订了)',
    {
      anchors: [
        'otro cliente',
        'otro comprador',
        'outro cliente',
        'outro comprador',
        'autre client',
        'autre acheteur',
        'kunde',
        'käufer',
        'kaufer',
        'interessent',
        'клиент',
        'покупател',
        'drugomu',
        'başka',
        'baska',
        ' lain',
        'khác',
        'khac',
        'آخر',
        'نبيع',
        'اخر',
        'dusr',
        'doosr',
        'ek aur',
        'aur ek',
        '客户',
        '买家',
        '客人',
      ],
    },
  ),
  cue(
    'a threat',
    // "O perdemos el espacio", "sinon vous perdez la réservation", "sonst verlieren wir den Platz".
    '\\b(?:o|ou|de\\s+lo\\s+contrario)\\s+' +
      WORDS(2) +
      '(?:perde(?:mos|r[áa]s?|r[áa]n|remos)?|pierde[ns]?)\\s+(?:el|la|o|a|su|sua|seu|los|las)\\s+(?:espacio|espa[çc]o|reserva|contenedor|cont[êe]iner|container|precio|pre[çc]o|descuento|desconto|stock|estoque|mercanc[íi]a|cupo|vaga|lugar)\\b' +
      '|\\b(?:sinon|ou)\\s+' +
      WORDS(2) +
      "perd(?:ez|rez|rons|ons|re|ra)\\s+(?:la|le|votre|l')\\s*(?:place|r[ée]servation|espace|conteneur|prix|remise|stock)" +
      '|\\bsonst\\s+' +
      WORDS(5) +
      '(?:verlieren|verf[äa]llt|stornier[\\p{L}]*|verkaufen|versteigert|vernichtet|beschlagnahmt)\\b' +
      '|иначе\\s+' +
      WORDS(3) +
      // "… иначе банк заблокирует обе суммы": the money frozen.
      '(?:потеря[\\p{L}]*|продади[\\p{L}]*|отдади[\\p{L}]*|отмен[\\p{L}]*|у[йи]д[её]т|заблокир[\\p{L}]*)' +
      '|aksi\\s+(?:halde|takdirde)\\s+' +
      WORDS(3) +
      '(?:kaybed[\\p{L}]*|iptal|sat[ıi]l[\\p{L}]*|satar[\\p{L}]*)' +
      '|\\b(?:kalau|jika|kalo)\\s+(?:tidak|nggak|gak|enggak)\\s*,?\\s+' +
      WORDS(3) +
      '(?:hilang|batal|dibatalkan|kami\\s+jual|dijual)\\b' +
      '|kh[ôo]ng\\s+th[ìi]\\s+' +
      WORDS(3) +
      '(?:m[ấa]t|h[ủu]y|b[áa]n\\s+cho)(?![\\p{L}])' +
      '|(?:وإلا|والا)\\s+' +
      WORDS(3) +
      // Egyptian "وإلا الأرضيات هتبدأ تتحسب" (or the port storage starts counting).
      '(?:سنفقد|ستفقد|سنلغي|سنبيع|سيتم\\s+(?:إلغاء|الغاء|بيع)|الأرضيات|غرام)' +
      '|\\b(?:nahi\\s+to|nahin\\s+to|nhi\\s+to|warna|varna)\\s+' +
      WORDS(3) +
      // "… warna container port pe reh jayega aur saara kharcha aapka": left at the port, at the buyer's cost.
      '(?:cancel|chala\\s+jayega|chali\\s+jayegi|nikal\\s+jayega|bik\\s+jayega|kisi\\s+aur\\s+ko|reh\\s+jayega|pada\\s+rahega|kharcha|demurrage)',
    {
      // The losses, not "or" or "otherwise" (in most messages).
      anchors: [
        'perd',
        'pierde',
        'verlieren',
        'verfällt',
        'verfallt',
        'stornier',
        'verkaufen',
        'versteigert',
        'vernichtet',
        'beschlagnahmt',
        'الأرضيات',
        'غرام',
        'иначе',
        'aksi',
        'hilang',
        'batal',
        'jual',
        'không thì',
        'khong thi',
        'không thi',
        'khong thì',
        'وإلا',
        'والا',
        'nahi to',
        'nahin to',
        'nhi to',
        'warna',
        'varna',
      ],
    },
  ),
];
