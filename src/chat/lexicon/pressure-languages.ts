import { cue, WORDS, type Cue } from './cue';

/**
 * Put right after a word: it is not the word after one of `words` (and maybe an article),
 * "después del pago", "après le paiement", "sau khi thanh toán": what happens after paying, or a buyer's "I will pay".
 */
const notAfter = (words: string): string => `(?<!(?<![\\p{L}])(?:${words})\\s+(?:[\\p{L}]+\\s+)?[\\p{L}]+)`;

/** Not a buyer's own plan: "ödeme yapacağım" (I will pay), "payment kar dunga". */
const NOT_I_WILL_TR = '(?![\\p{L}\\s]{0,24}?(?:aca[gğ][ıi]|ece[gğ]i))';
const NOT_I_WILL_HI = '(?![\\p{L}\\s]{0,24}?(?:dunga|dungi|denge|karunga|karungi|karenge))';

// Paying, and a deadline in hours, tonight or at a clock time, language by language.
const PAY_ES_PT =
  '\\b(?:pag(?:ar|ue|uen|uem|o|amento)|transfer[eê]ncia|transferencia|dep[óo]sito|saldo)\\b' +
  notAfter(
    'voy\\s+a|vamos\\s+a|vou|vamos|puedo|podemos|posso|quiero|quero|despu[ée]s\\s+del?|tras|ap[óo]s|depois\\s+do|confirm[\\p{L}]*|recib[\\p{L}]*|receb[\\p{L}]*|verific[\\p{L}]*',
  );
const BY_ES_PT =
  '(?:(?:en|em|dentro\\s+de|en\\s+las\\s+pr[óo]ximas|nas\\s+pr[óo]ximas|antes\\s+de|at[ée])\\s+(?:at[ée]\\s+)?(?:\\d+|una|uma|dos|duas|tres|tr[êe]s|cuatro|quatro|cinco|seis|media|meia)\\s+horas?\\b' +
  '|(?:antes\\s+de\\s+|at[ée]\\s+)?(?:esta\\s+noche|esta\\s+noite|hoje\\s+[àa]\\s+noite)|(?:antes\\s+de\\s+las|antes\\s+das)\\s+\\d|at[ée]\\s+(?:[àa]s\\s+)?\\d{1,2}\\s?h\\b)';
const PAY_FR =
  '\\b(?:payer|payez|paiement|r[ée]gler|r[ée]glez|r[èe]glement|virement)\\b' +
  notAfter(
    'je\\s+vais|je\\s+peux|nous\\s+allons|apr[èe]s|d[èe]s|confirm[\\p{L}]*|re[çc]u|recevons|recevoir|r[ée]ception\\s+du',
  );
const BY_FR =
  "(?:(?:dans|sous|d'ici|en|avant)\\s+(?:les\\s+)?(?:\\d+|une|deux|trois|quatre|cinq|six)\\s+heures?\\b|(?:avant\\s+|d'ici\\s+)?ce\\s+soir\\b|(?:avant|d'ici)\\s+(?:\\d{1,2}\\s?h(?:\\d\\d)?\\b|minuit))";
const BY_DE =
  '(?:(?:in|innerhalb(?:\\s+von)?|binnen|in\\s+den\\s+n[äa]chsten)\\s+(?:\\d+|einer|zwei|drei|vier|f[üu]nf|sechs|einer\\s+halben)\\s+stunden?\\b|(?:bis\\s+)?heute\\s+abend\\b|bis\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s+uhr|mitternacht)\\b)';
const PAY_RU =
  '(?:оплат[\\p{L}]*|заплат[\\p{L}]*|переведите|перевести|плат[её]ж[\\p{L}]*)' +
  notAfter('после|я|мы|подтверд[\\p{L}]*|получ[\\p{L}]*');
const BY_RU =
  '(?:(?:в\\s+течени[еи]|за|в\\s+ближа[йи]шие)\\s+(?:\\d+\\s+|одного\\s+|двух\\s+|тр[её]х\\s+|пяти\\s+|полу)?час(?:а|ов)?(?![\\p{L}])|(?:до\\s+)?сегодня\\s+вечер[\\p{L}]*|до\\s+вечера)';
const PAY_TR = '(?:[öo]deme(?!den|si\\s+al)[\\p{L}]*|[öo]deyin[\\p{L}]*|[öo]denme(?:si|li)|havale|transfer)';
const BY_TR =
  "(?:(?:\\d+|bir|iki|[üu][çc]|d[öo]rt|be[şs]|yar[ıi]m)\\s+saat\\s+i[çc](?:inde|erisinde)|(?:bu\\s+ak[şs]am|bu\\s+gece)(?:a|ye)?\\s+kadar|saat\\s+\\d{1,2}(?:[:.]\\d\\d)?'?(?:e|a|ye|ya)\\s+kadar)";
const PAY_ID =
  '\\b(?:pembayaran|bayar|transfer|pelunasan|lunasi|dp)\\b' +
  notAfter('setelah|sesudah|saya|aku|kami\\s+akan|konfirmasi|terima');
const BY_ID =
  '(?:(?:dalam(?:\\s+waktu)?|maksimal|maks|paling\\s+lambat)\\s+(?:\\d+|satu|dua|tiga|empat|lima|setengah)\\s+jam\\b|(?:sebelum\\s+|paling\\s+lambat\\s+)?(?:malam\\s+ini|nanti\\s+malam)\\b|(?:sebelum|paling\\s+lambat)(?:\\s+jam|\\s+pukul)\\s+\\d)';
const PAY_VI =
  '(?:thanh\\s+to[áa]n|chuy[ểe]n\\s+(?:kho[ảa]n|ti[ềe]n)|[đd][ặa]t\\s+c[ọo]c)' +
  notAfter(
    'sau\\s+khi|t[ôo]i\\s+s[ẽe]|em\\s+s[ẽe]|m[ìi]nh\\s+s[ẽe]|x[áa]c\\s+nh[ậa]n|nh[ậa]n\\s+[đd][ưu][ợo]c',
  );
const BY_VI =
  '(?:trong\\s+(?:v[òo]ng\\s+)?(?:\\d+|m[ộo]t|hai|ba|b[ốo]n|n[ăa]m|n[ửu]a)\\s+(?:gi[ờo]|ti[ếe]ng)(?![\\p{L}])|(?:tr[ưu][ớo]c\\s+)?t[ốo]i\\s+nay|tr[ưu][ớo]c\\s+\\d{1,2}\\s?h(?![\\p{L}])|tr[ưu][ớo]c\\s+\\d{1,2}\\s?gi[ờo](?![\\p{L}]))';
const PAY_AR = '(?:الدفع|ادفع|تدفع|السداد|سداد|التحويل|تحويل)' + notAfter('بعد');
const BY_AR =
  '(?:خلال\\s+(?:\\d+\\s+)?(?:ساعة|ساعات|ساعتين)|(?:قبل|حتى)\\s+(?:الساعة\\s+\\d|الليلة|منتصف\\s+الليل|المساء)|الليلة)';
const PAY_HI = '\\b(?:payment|pay|paisa|paise|transfer|advance|balance)\\b';
const BY_HI =
  '(?:(?:\\d+|ek|do|teen|char|chaar|aadha|adha)\\s+(?:ghante|ghanta|ghanton)\\s+(?:mein|me|mai|ke\\s+andar|tak)|(?:aaj\\s+)?(?:raat\\s+tak|sham\\s+tak|shaam\\s+tak))\\b';
const BY_ZH = '[\\d一二两三四五六七八九十几半]+\\s*个?(?:小时|钟头|分钟)(?:之内|以内|内)';

/** Digits before "h" or " h": a clock time ("avant 18h", "trước 18h"). */
const CLOCK_ANCHORS = [...'0123456789'].flatMap((digit) => [`${digit}h`, `${digit} h`]);

/**
 * Urgency in the other languages buyers and suppliers write in: paying within hours or by
 * tonight, the price up tomorrow, another buyer, the space lost. Part of PRESSURE.
 */
export const PRESSURE_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a deadline to pay',
    // "Necesitamos el pago en 2 horas", "precisa pagar em 3 horas", "il faut payer avant 18h".
    `${PAY_ES_PT}\\s+${WORDS(3)}${BY_ES_PT}|${PAY_FR}\\s+${WORDS(3)}${BY_FR}` +
      // "Die Zahlung muss in 3 Stunden erfolgen", "bitte bis heute Abend bezahlen" (not "wir können … zahlen").
      `|(?:\\b(?:be|an|rest)?zahl(?:en|ung)|[üu]berweis(?:en|ung))\\b${notAfter('ich|wir\\s+werden|werde|nach|bei|best[äa]tig[\\p{L}]*|erhalt[\\p{L}]*')}\\s+${WORDS(3)}${BY_DE}` +
      `|${BY_DE}(?<!\\b(?:ich|wir)\\s+(?:[\\p{L}]+\\s+){0,2}${BY_DE})\\s+${WORDS(2)}(?:(?:be)?zahlen|[üu]berweisen)\\b` +
      // "Оплатите в течение 3 часов", "в течение часа переведите".
      `|${PAY_RU}\\s+${WORDS(3)}${BY_RU}|${BY_RU}\\s+${WORDS(2)}(?:оплатите|переведите|заплатите|(?:нужно|необходимо|надо)\\s+оплатить)` +
      // "3 saat içinde ödeme yapmanız gerekiyor", "ödemeyi bu akşama kadar yapın".
      `|${BY_TR}\\s+${WORDS(2)}${PAY_TR}${NOT_I_WILL_TR}|${PAY_TR}\\s+${WORDS(2)}${BY_TR}${NOT_I_WILL_TR}` +
      // "Pembayaran harus dalam 3 jam", "dalam 2 jam harus dibayar".
      `|${PAY_ID}\\s+${WORDS(3)}${BY_ID}|${BY_ID}\\s+${WORDS(1)}(?:harus|mohon|tolong|segera)\\s+(?:di)?(?:bayar|transfer|lunasi|lunas)\\b` +
      // "Thanh toán trong 3 giờ", "الدفع خلال ساعتين".
      `|${PAY_VI}\\s+${WORDS(3)}${BY_VI}|${PAY_AR}\\s+${WORDS(3)}${BY_AR}|${BY_AR}\\s+${WORDS(1)}(?:ادفع|يجب\\s+الدفع|يرجى\\s+الدفع)` +
      // Hinglish "3 ghante mein payment karna padega", "payment aaj raat tak kar do".
      `|${BY_HI}\\s+${WORDS(2)}${PAY_HI}${NOT_I_WILL_HI}|${PAY_HI}\\s+${WORDS(2)}${BY_HI}${NOT_I_WILL_HI}` +
      // "三小时内付款" (not "我们会在2小时内付款", the buyer's plan).
      `|${BY_ZH}(?<!(?:我|我们)(?:会|将|可以|能|尽量)?在?${BY_ZH})[^，。！？,.!?\\n]{0,6}?(?:付|打款|转账|汇款|交定金)`,
    {
      // The deadlines' words: paying is named in most messages, a span of hours or "tonight" in few.
      anchors: [
        'hora',
        'esta noche',
        'esta noite',
        'noite',
        'antes de las',
        'antes das',
        'heure',
        'ce soir',
        'minuit',
        'stunde',
        'heute abend',
        'uhr',
        'mitternacht',
        'час',
        'вечер',
        'saat',
        'bu akşam',
        'bu aksam',
        'bu gece',
        ' jam',
        'malam',
        'pukul',
        'giờ',
        'gio',
        'tiếng',
        'tieng',
        'tối nay',
        'toi nay',
        'ساع',
        'الليل',
        'المساء',
        'ghant',
        'raat tak',
        'sham tak',
        'shaam tak',
        '小时',
        '钟头',
        '分钟',
        ...CLOCK_ANCHORS,
      ],
    },
  ),
  cue(
    'a price rise tomorrow',
    // "Le prix augmente demain", "der Preis steigt morgen", "цена вырастет завтра".
    '\\bprix\\s+(?:\\S+\\s+)?(?:augmente(?:nt|ra|ront)?|monte(?:nt|ra)?|vont?\\s+augmenter|va\\s+monter)\\s+(?:d[èe]s\\s+|[àa]\\s+partir\\s+de\\s+)?demain\\b|\\bd[èe]s\\s+demain,?\\s+(?:le|les)\\s+prix\\s+(?:augment|mont)' +
      '|\\bpreis\\w*\\s+(?:steigt|steigen|erh[öo]ht\\s+sich|erh[öo]hen\\s+sich)\\s+(?:ab\\s+)?morgen\\b(?!\\s+(?:noch\\s+)?nicht)|\\bpreis\\w*\\s+(?:wird|werden)\\s+(?:ab\\s+)?morgen\\s+(?:steigen|erh[öo]ht)|\\b(?:ab\\s+)?morgen\\s+(?:steigt|steigen|erh[öo]hen\\s+sich|erh[öo]ht\\s+sich)\\s+(?:der|die)\\s+preis' +
      // "Der Preis gilt nur bis morgen, danach steigt …".
      '|\\bpreis\\w*\\s+gilt\\s+nur\\s+(?:noch\\s+)?bis\\s+(?:morgen|heute)\\b' +
      '|цен[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:выраст[\\p{L}]*|подним[\\p{L}]*|повыс[\\p{L}]*|вырост[\\p{L}]*)\\s+(?:уже\\s+|с\\s+)?завтра|завтра\\s+(?:[\\p{L}]+\\s+)?цен[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:выраст|подним|повыс|вырост)' +
      // "Fiyat yarın artıyor", "giá sẽ tăng vào ngày mai", "harga naik besok", "السعر سيرتفع غدا".
      '|fiyat[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?yar[ıi]n(?:dan\\s+itibaren)?\\s+(?:[\\p{L}]+\\s+)?(?:art|y[üu]ksel|zamlan)(?!m[ıiae])|yar[ıi]n(?:dan\\s+itibaren)?\\s+(?:[\\p{L}]+\\s+)?fiyat[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:art|y[üu]ksel|zamlan)(?!m[ıiae])' +
      '|gi[áa]\\s+(?:(?!kh[ôo]ng|ch[ưu]a)[\\p{L}]+\\s+){0,2}?t[ăa]ng\\s+(?:[\\p{L}]+\\s+)?(?:v[àa]o\\s+|t[ừu]\\s+)?ng[àa]y\\s+mai|ng[àa]y\\s+mai\\s+(?:[\\p{L}]+\\s+){0,2}?t[ăa]ng\\s+gi[áa]' +
      // "Giá này chỉ giữ đến hết hôm nay", "mai nhà máy tăng giá".
      '|gi[áa]\\s+(?:n[àa]y\\s+)?ch[ỉi]\\s+gi[ữu]\\s+(?:[đd][ếe]n\\s+)?(?:h[ếe]t\\s+)?(?:h[ôo]m\\s+nay|ng[àa]y\\s+mai)|(?<![\\p{L}])mai\\s+(?:[\\p{L}]+\\s+){0,2}?t[ăa]ng\\s+gi[áa]' +
      '|\\bharga\\s+(?:(?!tidak|tak|belum|nggak|gak)[\\p{L}]+\\s+){0,2}?(?:naik|meningkat)\\s+(?:mulai\\s+)?besok\\b|\\bbesok\\s+(?:[\\p{L}]+\\s+)?harga\\s+(?:[\\p{L}]+\\s+)?naik\\b' +
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
      // "Vendue à un autre client", "отдадим другому клиенту", سنبيع البضاعة لعميل آخر.
      '|\\bvendue?s?\\s+[àa]\\s+un\\s+autre\\s+client\\b|(?:отдадим|отдам|продадим|продам)\\s+(?:[\\p{L}]+\\s+){0,2}?друго(?:му|й)\\s+клиент|لعميل\\s+آخر' +
      '|\\b(?:pembeli|customer|buyer|klien|pelanggan)\\s+lain\\s+' +
      WORDS(3) +
      '(?:mau|ingin|minat|tertarik|menunggu|menawar|nawar)' +
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
        'başka',
        'baska',
        ' lain',
        'khác',
        'khac',
        'آخر',
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
      WORDS(3) +
      '(?:verlieren|verf[äa]llt|stornier[\\p{L}]*|verkaufen)\\b' +
      '|иначе\\s+' +
      WORDS(3) +
      '(?:потеря[\\p{L}]*|продади[\\p{L}]*|отдади[\\p{L}]*|отмен[\\p{L}]*|у[йи]д[её]т)' +
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
      '(?:سنفقد|ستفقد|سنلغي|سنبيع|سيتم\\s+(?:إلغاء|الغاء|بيع))' +
      '|\\b(?:nahi\\s+to|nahin\\s+to|nhi\\s+to|warna|varna)\\s+' +
      WORDS(3) +
      '(?:cancel|chala\\s+jayega|chali\\s+jayegi|nikal\\s+jayega|bik\\s+jayega|kisi\\s+aur\\s+ko)',
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
