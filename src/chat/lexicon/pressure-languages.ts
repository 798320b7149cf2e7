import { cue, WORDS, type Cue } from './cue';
import { STAKES_IN_OTHER_LANGUAGES } from './pressure-languages-stakes';
import { SAFEGUARDS_IN_OTHER_LANGUAGES } from './pressure-languages-safeguards';
import { DEADLINES_TODAY_IN_OTHER_LANGUAGES } from './pressure-languages-today';

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
    'a deadline in hours',
    // A phishing deadline to confirm or log in: "Подтвердите данные за 24 часа", "войдите в аккаунт в течение 12 часов".
    `(?:подтвердите|подтвердить|верифицируйте|обновите|войдите)\\s+${WORDS(3)}${BY_RU}`,
    { anchors: ['час', 'вечер'] },
  ),
  ...STAKES_IN_OTHER_LANGUAGES,
  ...DEADLINES_TODAY_IN_OTHER_LANGUAGES,
  ...SAFEGUARDS_IN_OTHER_LANGUAGES,
];
