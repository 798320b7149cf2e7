import { ARABIC_PAYING_IN_LATIN, inMessageWith } from './cue';

/**
 * Paying, in the languages buyers and suppliers write in: what a deadline today or a hurry is about. "Today" is a
 * deadline to pay only with paying named near it ("ödemeyi bugün gönder, yarın kur değişiyor"), not a job the
 * supplier does today.
 */
export const PAY_WORDS =
  '(?:[öo]deme|[öo]de[yn]|havale|bakiye|r[ée]gle[zr]|خرچ|کلیئر|bayar|transfer|\\btf\\b|\\bdp\\b|โอน|จ่าย|ชำระ|มัดจำ|입금|결제|송금|지불|振込|振り込|入金|支払|' +
  'p[łl]atno|p[łl]at[nę]|przelew|zap[łl]a|wp[łl]a|betal|overmak|оплат|сплат|переказ|переве|заплат|предоплат|thanh\\s+to[áa]n|chuy[ểe]n\\s+kho[ảa]n|chuy[ểe]n\\s+(?:n[ốo]t|ti[ềe]n|c[ọo]c|\\d)|\\bn[ộo]p\\b|c[ọo]c|πληρ|στείλ|στειλ|לשלם|תשלום|' +
  `পেমেন্ট|পরিশোধ|টাকা|تحويل|التحويل|تحول|حول|دفع|ادفع|سداد|${ARABIC_PAYING_IN_LATIN}|bayad|pag(?:o|ar|ue|amento)|dep[óo]sito|` +
  'paiement|payer|payez|virement|consign[ae]|western\\s+union|zahl|[üu]berweis|bonifico|pagare|\\b(?:ku)?lipa|ushuru|fizet|fizess|\\butal[jn]|\\butal[áa]s|malipo|biya|төле|to.?lov|to.?la|ከፈ|ክፍያ|پرداخت|واریز|ادائیگی|' +
  '\\bpay|\\bpaisa|\\bpaise|deposit|balance|advance|gcash|\\bupi\\b|m-?pesa|bkash|বিকাশ|جاز\\s+کیش|پیمنٹ|पेमेंट|रकम|ویسترن|ويسترن|' +
  '付款|打款|转账|轉帳|汇款|匯款|定金|订金|訂金|尾款|货款|貨款|到账|到帳|gửi\\s+tiền|ipadala|pieni[ąa]dze|przela|maak\\s+(?:\\S+\\s+){0,3}?over|tuma\\s+pesa|sumok|samaks|platb|uplat|makse|maksa|s[äa]tt\\s+in|tebeat|\\blacag|پارە|el[őo]leg|d[óo]lares|zelle|পাঠান|অগ্রিম|بھیج|ڈپازٹ)';

/**
 * Money said without a verb of paying: an amount ("480 Euro", "RM 850", "22,500 rupay") or the account it goes to
 * ("auf sein Konto", "în contul", "hesabına"). With PAY_WORDS, what makes a deadline one to pay.
 */
export const MONEY_NAMED =
  '(?:\\d\\s?[€$]|\\d\\s?(?:fcfa|cfa|ugx|tzs|rwf|goud|usd|eur|euros?|rm|lei|dolar|dollars?|rupay|rupees?|rs|inr|rmb|yuan|евро|євро|лв|ლარი)(?![\\p{L}])|(?:\\busd|\\beur|\\brm|\\brs\\.?|\\binr|\\brmb|us\\$|[$€₹])\\s?\\d' +
  '|konto|hesab|cuenta|contul|\\baccount|rekening|\\bcompte|\\bconta\\b|сч[её]т|рахун)';

/** Paying or money named within 200 characters of a deadline: what makes it one to pay by (a cue's `near` check). */
export const NEAR_PAYING = inMessageWith(`(?:${PAY_WORDS}|${MONEY_NAMED})`, 200);
