import { cue, inMessageWith, inSentenceWith, type Cue } from './cue';
import { PAY_WORDS } from './pressure-words';

/**
 * "Today" in one language, what the buyer is told is lost after it (a
 * cancelled order, a higher price, the stock gone, "otherwise"), and the
 * words to look for ("today" itself: the losses are in more messages).
 */
interface TodayAndLoss {
  today: string;
  loss: string;
  anchors: readonly string[];
}

const LANGUAGES: readonly TodayAndLoss[] = [
  // "Bugün ödeme gelmezse fiyat artıyor"; Uzbek "bugun to'lamasangiz narx oshadi".
  {
    today: '(?:bugün|bugun)',
    loss: '(?:art[ıi]yor|artacak|y[üu]kseliyor|zamlan|iptal|de[ğg]i[şs]iyor|de[ğg]i[şs]ecek|ka[çc][ıi]r|oshadi|bekor)',
    anchors: ['bugün', 'bugun'],
  },
  // "Hari ini terakhir ya kak, kalau blm bayar pesanan otomatis batal", Malay "bayar hari ni juga, esok harga naik".
  {
    today: '(?:hari\\s+ini|hari\\s+ni)\\b',
    loss: '(?:\\bbatal|\\bnaik\\b|\\bhilang\\b|\\bhabis\\b|\\bhangus\\b|\\bterakhir\\b)',
    anchors: ['hari ini', 'hari ni'],
  },
  // "ต้องโอนมัดจำวันนี้ ไม่งั้นของหมด".
  { today: 'วันนี้', loss: '(?:ไม่งั้น|ไม่อย่างนั้น|มิฉะนั้น|ของหมด|ยกเลิก|ขึ้นราคา|ราคาขึ้น)', anchors: ['วันนี้'] },
  // "오늘까지 입금 안 하시면 주문 취소됩니다".
  { today: '오늘', loss: '(?:취소|인상|오릅|오를|올라갑|불가)', anchors: ['오늘'] },
  // "本日中にお振込みいただけないと出荷できません".
  {
    today: '(?:本日|今日)',
    loss: '(?:できません|出来ません|キャンセル|値上|取り?消|無効|間に合いません)',
    anchors: ['本日', '今日'],
  },
  // "Proszę o płatność jeszcze dziś, jutro surowiec idzie w górę".
  {
    today: '\\b(?:dzisiaj|dziś|dzis)(?![\\p{L}])',
    loss: '(?:\\bjutro\\s+(?:[\\p{L}]+\\s+){0,2}?(?:idzie\\s+w\\s+g[óo]r|dro[żz]|podro[żz])|\\banul|wstrzym|dro[żz]ej|\\binaczej\\b|przepad)',
    anchors: ['dziś', 'dzis'],
  },
  // "Vandaag nog betalen, anders geen verzending".
  {
    today: '\\bvandaag\\b',
    loss: '(?:\\banders\\b|\\bof\\s+we\\s+verkopen|annuler|geannuleerd|duurder|\\bstijg|vervalt|\\bkwijt\\b)',
    anchors: ['vandaag'],
  },
  // "Оплатіть сьогодні, завтра вже буде пізно"; "до вечера нужна предоплата, иначе снимаем бронь".
  {
    today: '(?:сьогодні|сегодня|до\\s+вечера)',
    loss: '(?:пізно|поздно|скасу|інакше|иначе|подорож|дороже|отмен|сним[\\p{L}]*\\s+(?:бронь|резерв)|сгор[\\p{L}]*)',
    anchors: ['сьогодні', 'сегодня', 'до вечера'],
  },
  // "Hôm nay là hạn cuối, anh thanh toán ngay kẻo mất suất".
  {
    today: '(?:hôm\\s+nay|hom\\s+nay)',
    loss: '(?:\\bk[ẻe]o\\b|h[ạa]n\\s+cu[ốo]i|\\bm[ấa]t\\s+(?:su[ấa]t|h[àa]ng|c[ọo]c|ch[ỗo])|\\bh[ủu]y\\b|t[ăa]ng\\s+gi[áa]|h[ếe]t\\s+h[àa]ng)',
    anchors: ['hôm nay', 'hom nay'],
  },
  // "আজকের মধ্যে পেমেন্ট না করলে অর্ডার বাতিল হয়ে যাবে".
  { today: 'আজ', loss: '(?:বাতিল|দাম\\s+বাড়)', anchors: ['আজ'] },
  // "لازم التحويل النهارده قبل الساعة ٣ والا الشحنة تتأخر".
  {
    today: '(?:اليوم|النهارده|النهاردة|النهاردا)',
    loss: '(?:والا|وإلا|تتأخر|يتأخر|تلغى|يلغى|إلغاء|الغاء|سيرتفع|يرتفع)',
    anchors: ['اليوم', 'النهارد'],
  },
  // Arabic in Latin letters: "law ma 7awalt el youm el order yetkansal".
  {
    today: '\\b(?:el\\s+youm|el\\s+yom|elyoum|(?:en|el)?naharda)\\b',
    loss: '(?:yetkansal|hayetkansal|yetlegh|hayetlegh|\\by?e?tl[gh]+y\\b|\\bcancel)',
    anchors: ['youm', 'yom', 'naharda'],
  },
  // "Porfa hoy mismo el pago, q mañana sube el dólar"; "o fornecedor só segura até hoje".
  {
    today: '\\b(?:hoy|hoje)\\b',
    loss: '(?:ma[ñn]ana\\s+(?:[\\p{L}]+\\s+){0,3}?(?:sube|aumenta|cambia)|amanh[ãa]\\s+(?:[\\p{L}]+\\s+){0,3}?(?:sobe|aumenta|muda)|\\bs[óo]\\s+(?:segura|guarda|mant[ée]m)\\b|\\bse\\s+cancela|\\bcancelamos\\b|\\bcancelado\\b)',
    anchors: ['hoy', 'hoje'],
  },
  // Swahili "lipa leo, kesho bei itapanda"; Hausa "dole ka biya yau, idan ba haka ba za a soke oda".
  {
    today: '\\bleo\\b',
    loss: '(?:itaghairiwa|\\bghairi|itapanda|inaongezeka|zinaongezeka|vinginevyo)',
    anchors: ['leo'],
  },
  { today: '\\byau\\b', loss: '(?:\\bsoke\\b|idan\\s+ba\\s+haka\\s+ba)', anchors: ['yau'] },
  // Kazakh "бүгін төлемесеңіз тапсырыс жойылады".
  { today: 'бүгін', loss: '(?:жо[йи]ыл|қымбаттайды|бас\\s+тарт)', anchors: ['бүгін'] },
  // Amharic "ዛሬ ካልከፈሉ ትዕዛዙ ይሰረዛል".
  { today: 'ዛሬ', loss: '(?:ይሰረዛል|ይሰረዛሉ|ይጨምራል)', anchors: ['ዛሬ'] },
  // Persian "اگر امروز واریز نکنید سفارش لغو می‌شود"; Urdu "آج ادائیگی نہ کی تو آرڈر منسوخ".
  { today: '(?:امروز|آج)', loss: '(?:لغو|گران|وگرنه|منسوخ|ورنہ|کینسل)', anchors: ['امروز', 'آج'] },
  // Tagalog "bayaran niyo na po ngayon o ika-cancel namin ang order".
  { today: '\\bngayon\\b', loss: '(?:cancel|mawawala|tataas)', anchors: ['ngayon'] },
  // Hinglish "aaj payment nahi aaya to order cancel".
  {
    today: '\\baaj\\b',
    loss: '(?:\\bcancel|\\bwarna\\b|\\bvarna\\b|\\bnahi\\s+to\\b|\\bbadh\\s+jayega|\\bnikal\\s+jayega)',
    anchors: ['aaj'],
  },
];

/**
 * "Today", paying, and what is lost after today, in one sentence, in the
 * languages whose own phrases the other pressure cues don't hold: a deadline
 * however it is worded ("…mezse", "안 하시면", "いただけないと"). Part of PRESSURE.
 */
export const DEADLINES_TODAY_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a deadline to pay',
    // "Today itself" said of paying: "hari ini juga ya", "hôm nay luôn anh", วันนี้เลยนะ, "ngayon na po", 本日中にお願いします,
    // "jeszcze dziś", "vandaag nog", همین امروز, "leo hii", আজকেই, "آج ہی", "aaj hi", "لازم اليوم", "bas el naharda",
    // "тільки сьогодні", "сегодня до 18:00", "deadline today", "must be today".
    '(?:hari\\s+ini\\s+juga|hôm\\s+nay\\s+lu[ôo]n|hom\\s+nay\\s+lu[ôo]n|วันนี้เลย|\\bngayon\\s+na\\b|本日中に|jeszcze\\s+dzi[śs]|\\bvandaag\\s+nog\\b|همین\\s+امروز|\\bleo\\s+hii\\b' +
      '|আজকেই|আজই|آج\\s+ہی|आज\\s+ही|\\baaj\\s+hi\\b|لازم\\s+اليوم|\\bbas\\s+el\\s+naharda\\b|тільки\\s+сьогодні|сегодня\\s+до\\s+\\d' +
      '|\\bdeadline\\s+(?:is\\s+)?today\\b|\\bmust\\s+be\\s+(?:done\\s+|paid\\s+)?today\\b|\\bwithin\\s+today\\b)' +
      // In the message: "お振込みください。本日中にお願いします。"
      inMessageWith(PAY_WORDS, 150),
    {
      anchors: [
        'hari ini juga',
        'hôm nay lu',
        'hom nay lu',
        'วันนี้เลย',
        'ngayon na',
        '本日中に',
        'jeszcze dzi',
        'vandaag nog',
        'همین امروز',
        'leo hii',
        'আজকেই',
        'আজই',
        'آج ہی',
        'आज ही',
        'aaj hi',
        'لازم اليوم',
        'bas el naharda',
        'тільки сьогодні',
        'сегодня до',
        'deadline',
        'must be',
        'within today',
      ],
    },
  ),
  cue(
    'a deadline to pay',
    LANGUAGES.map(({ today, loss }) => `${today}${inSentenceWith(loss)}${inSentenceWith(PAY_WORDS)}`).join(
      '|',
    ),
    { anchors: LANGUAGES.flatMap(({ anchors }) => anchors) },
  ),
];
