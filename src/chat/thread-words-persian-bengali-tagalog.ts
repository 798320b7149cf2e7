import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Persian (Persian script and Finglish), Bengali (Bangla script and Banglish) and Tagalog (with Taglish) (thread-language-packs.ts), as probe 84's chats wrote them.
// Persian joins its suffixes to the word ("حسابی", "واتساپتون") and writes a zero-width joiner the detector drops
// ("پیش‌پرداخت" is read "پیشپرداخت"); Bengali's vowel signs are marks. Both are written as phrases, with edges only where
// a word could hide in a longer one (چرا in چراغ, lamp). Tagalog is written in words; its English is read by the
// English lists (payment-thread.ts).

/** A number in Latin or Bengali digits (Persian digits are read as Latin ones: compatibility-form.ts). */
const NUMBER = '[\\d০-৯][\\d০-৯٬,.]*';
/** Nothing but an amount, as the reply to "how much?": "5040 دلار", "৭,৩৫০ ডলার", "USD 2,350 po". */
const AN_AMOUNT_ALONE = `^[\\s\\p{P}]*(?:(?:usd|php|us\\$|\\$|₱|৳)\\s?${NUMBER}|${NUMBER}\\s?(?:دلار|تومان|تومن|درهم|تتر|ডলার|টাকা|usd|usdt|php|pesos?))(?:\\s+po)?[\\s\\p{P}]*$`;
/** A bare account number, then its bank or branch: "6228 4806 1122 0937 415, ABC Foshan Nanhai branch". */
const AN_ACCOUNT_ALONE =
  '^[\\s\\p{P}]*\\d{4}(?:[\\s-]?\\d{3,4}){2,4}[\\s\\p{P}]*(?:\\S+\\s+){0,4}?(?:branch|bank|swift|ব্যাংক|শাখা|بانک|شعبه)';
/** What else is sent in an order's talk, in Persian and Bengali: photos, files, the order, the PI. */
const PERSIAN_THINGS =
  '(?:عکس|فایل|طرح|نمونه|سفارش|آدرس|لوگو|کاتالوگ|پیام|ایمیل|لیست|مشخصات|ویدیو|فاکتور|بارنامه|قرارداد|لینک|مدارک)';
const BENGALI_THINGS =
  '(?:পিআই|pi|ইনভয়েস|ক্যাটালগ|ছবি|স্যাম্পল|নমুনা|ফাইল|অর্ডার|লিংক|ডিজাইন|মেসেজ|ঠিকানা|লোগো|কোটেশন|বিএল|ট্র্যাকিং)';

export const PERSIAN_BENGALI_TAGALOG_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // Finglish "ferestadam", "variz kardam"; Banglish "pathiyechi", "taka diye diyechi".
      'ferestadam|(?:variz|pardakht|havale)\\s+kardam|(?<!(?:catalog|pi|photo|chobi|sample|file|order|invoice|design|link)\\s+)(?:pathiyechi|pathaisi|pathalam)|(?:taka|payment|tt)\\s+(?:kore\\s+|diye\\s+)?(?:diyechi|dilam|korechi|korlam)',
      // Tagalog "Na-send ko na po via BDO", "Na-transfer ko na po", "nagbayad na ako", "babayaran ko bukas"; not "na-send ko
      // na po ang PI" (the PI).
      'na-?(?:send|transfer|deposit|remit|padala)\\s+(?:ko|namin)\\s+na(?!(?:\\s+po)?\\s+(?:ang|yung|ng)\\s+(?:order|pi|photos?|pictures?|designs?|logo|samples?|files?|quotation|catalog|address|tracking)\\b)|(?:nabayaran|naipadala)\\s+(?:ko|namin)\\s+na|nagbayad\\s+na\\s+(?:po\\s+)?(?:ako|kami)|nag-?(?:send|transfer|deposit)\\s+na\\s+(?:po\\s+)?(?:ako|kami)',
      '(?:magbabayad|magpapadala|ise-?send|ita-?transfer|babayaran|ipapadala)\\s+(?:(?!(?:ang|yung|ng)\\s)\\S+\\s+){0,3}?(?:bukas|mamaya|ngayon|today|tomorrow)',
    ],
    phrases: [
      // Persian "فرستادم، هش تراکنش: …" (sent, the hash), "از صرافی حواله کردم", "از سه تا کارت زدم" (paid from three
      // cards); "فردا واریز می‌کنم". Not "عکس‌ها رو براتون فرستادم" (sent you the photos), "نفرستادم" (didn't).
      `(?<![\\p{L}])(?<!${PERSIAN_THINGS}\\S*\\s+(?:[^\\s.!?؟،]+\\s+){0,2})(?:فرستادم|فرستادیم|(?:واریز|حواله|پرداخت|کارت\\s?به\\s?کارت)\\s?(?:کردم|کردیم)|حواله\\s?زدم|کارت\\s+زدم|(?:پول|مبلغ)\\S*\\s+(?:رو\\s+|را\\s+)?زدم)`,
      '(?:امروز|فردا|الان|امشب)\\s+(?:[^\\s.!?؟]+\\s+){0,2}?(?:(?:واریز|حواله|پرداخت|کارت\\s?به\\s?کارت)\\s?(?:می\\s?کنم|می\\s?کنیم|می\\s?زنم)|می\\s?فرستم)',
      // Bengali "পাঠিয়েছি, এই যে TT স্লিপ" (sent, here's the slip), "ব্যাংকে গিয়ে TT করে দিয়েছি", "আজ বিকেলে পাঠাচ্ছি"
      // (sending this afternoon). Not "PI পাঠালাম" (sent the PI), "পেমেন্ট করেছি কার্ডে" (by card, in the order).
      `(?<![\\p{L}\\p{M}])(?<!${BENGALI_THINGS}\\S*\\s+)(?:পাঠিয়েছি|পাঠিয়ে\\s+দিয়েছি|পাঠালাম|পাঠিয়ে\\s+দিলাম)`,
      '(?<!কার্ডে\\s+)(?:tt|টিটি|ট্রান্সফার|পেমেন্ট|টাকা|অগ্রিম)\\s+(?:[^\\s।.!?]+\\s+)?(?:করে\\s+দিয়েছি|করে\\s+দিলাম|করেছি|করলাম|পাঠিয়েছি|দিয়েছি|দিলাম)(?![^।.!?]{0,12}কার্ডে)',
      `(?<![\\p{L}\\p{M}])(?:আজ|আজই|আজকে|কাল|এখন|এখনই)\\s+(?:(?!${BENGALI_THINGS})[^\\s।.!?]+\\s+)?(?:পাঠাচ্ছি|পাঠাব|পাঠাবো|পাঠিয়ে\\s+দেব|পেমেন্ট\\s+করব|ট্রান্সফার\\s+করব|টাকা\\s+দেব)`,
    ],
  },
  asksWhere: {
    words: [
      'che\\s+ghadr|be\\s+esm(?:e)?\\s+ki|shomare\\s+(?:hesab|kart)|kodoom\\s+hesab',
      'koto\\s+(?:taka\\s+)?(?:pathabo|dibo|debo)|kon\\s+(?:account|number|nombor)|kar\\s+name|(?:send\\s+money|cash\\s+out)\\s+(?:korbo|korte|dibo)',
      // Tagalog "Magkano po exactly ang 50%?", "Anong account number po ng factory?", "Sa GCash po ba o pwede Maya?".
      'magkano\\s+(?:po\\s+)?(?:(?:ba|exactly|talaga)\\s+)*(?:ang\\s+|yung\\s+)?(?:\\d+\\s?%|downpayment|dp|deposit|balance|balanse|ise-?send|ipapadala|ibabayad|babayaran|ita-?transfer|total|lahat)',
      'saan\\s+(?:(?:po|ako|ko)\\s+){0,2}(?:magbabayad|magse-?send|magpapadala|ipapadala|ise-?send|ita-?transfer)|anong\\s+(?:po\\s+)?(?:account|acct|bank|gcash|maya|wallet)|kanino\\s+(?:(?:po|ko)\\s+){0,2}(?:ipapadala|ise-?send|ita-?transfer|babayaran|ibibigay)|pangalan\\s+(?:po\\s+)?(?:ng|sa)\\s+(?:account|gcash|maya|receiver|recipient)|sa\\s+(?:gcash|maya|paymaya)\\s+(?:po\\s+)?ba|o\\s+pwede\\s+(?:po\\s+)?(?:ba\\s+)?(?:sa\\s+)?(?:maya|gcash|paymaya|bdo|bpi|palawan|cebuana)',
    ],
    phrases: [
      // Persian "مبلغ دقیق پیش‌پرداخت چقدر میشه؟" (how much exactly is the deposit?), "اسم کامل گیرنده چیه؟" (the payee's
      // full name?), "این کارت به نام کیه؟" (whose name is the card in?), "چند بار بزنم؟" (in how many goes?).
      'چقدر\\s+(?:باید\\s+)?(?:بفرستم|بریزم|واریز|بزنم|پرداخت|حواله)|(?:مبلغ|پیش\\s?پرداخت|مانده|بیعانه)[^.!?؟]{0,25}?چقدر|اسم\\s+(?:کامل\\s+|دقیق\\s+)?(?:گیرنده|صاحب\\s+حساب|ذینفع)|به\\s+(?:نام|اسم)\\s+(?:کی|چه\\s+کسی)|(?:شماره|آدرس)\\s+(?:حساب|کارت|شبا|کیف\\s?پول|ولت)|(?:کدوم|کدام)\\s+(?:حساب|کارت|آدرس|شبکه|بانک)|چند\\s+(?:بار|تا\\s+کارت)\\s+(?:بزن|واریز)',
      // Bengali "কত পাঠাব?" (how much do I send?), "নতুন অ্যাকাউন্ট নম্বর কোনটা?", "কার নামে?" (in whose name?).
      'কত\\s+(?:টাকা\\s+|ডলার\\s+)?(?:পাঠাব|পাঠাবো|পাঠাতে|দেব|দিব|দিতে\\s+হবে|জমা)|কার\\s+নামে|কোন\\s+(?:অ্যাকাউন্ট|একাউন্ট|নম্বর|নাম্বার|ব্যাংক)|(?:অ্যাকাউন্ট|একাউন্ট)\\s+(?:নম্বর|নাম্বার|ডিটেইলস)|কোথায়\\s+(?:পাঠাব|পাঠাবো|পাঠাতে|দেব|দিব)',
      // The number given, pointed at: "yung number na yan" (that number), "همون شماره", "এই নম্বরেই" (this very number);
      // here, not in pointsAt, where it would also be the number of an app the talk moved to.
      'yung\\s+number\\s+na\\s+(?:yan|yun|iyan|iyon|binigay|sinend|ibinigay)|(?:همون|همان|همین)\\s?شماره|(?<![\\p{L}\\p{M}])(?:এই|ওই|সেই|একই|আগের)\\s+(?:নম্বর|নাম্বার)',
      // The details given: an amount alone or named as one ("مبلغ ۶۴۵۰ دلار"), an account number alone. Kept out of
      // pointsAt, which also reads the replies after a move to another app, where prices are quoted.
      `مبلغ\\s+${NUMBER}\\s?(?:دلار|تومان|تومن|درهم|تتر)`,
      AN_AMOUNT_ALONE,
      AN_ACCOUNT_ALONE,
    ],
  },
  pointsAt: {
    words: [
      // Tagalog "yung account na yan" (that account), "eto po yung slip", "ref no. 9014".
      'yung\\s+(?:account|acct|wallet|gcash|maya)\\s+na\\s+(?:yan|yun|iyan|iyon|binigay|sinend|ibinigay)|(?:parehong|kaparehong)\\s+(?:account|number|acct)|eto\\s+(?:po\\s+)?(?:ang|yung)\\s+(?:slip|resibo|receipt|screenshot|confirmation|proof)|ref(?:erence)?\\s+(?:no|number)\\.?\\s*:?\\s*\\d+',
    ],
    phrases: [
      // Persian "همون حسابی که فرستادم" (the account I sent), "همون که گفتم" (the one I said), "هش تراکنش" (the hash).
      '(?:همون|همان|همین)\\s?(?:حساب|کارت|آدرس|کیف\\s?پول|ولت)|(?:همون|همان|همونی|همانی)\\s+که\\s+(?:گفتم|فرستادم|دادم)|(?:هش|رسید|کد\\s+رهگیری|شماره\\s+پیگیری)\\s+(?:تراکنش|حواله|واریز)|رسید\\S*\\s+(?:رو\\s+|را\\s+)?(?:بفرستید|بفرست|فرستادم)',
      // Bengali "এই অ্যাকাউন্টটাই" (this very account), "TT স্লিপ", "TrxID", bKash's "সেন্ড মানি" (send money).
      '(?<![\\p{L}\\p{M}])(?:এই|ওই|সেই|একই|আগের)\\s+(?:অ্যাকাউন্ট|একাউন্ট|ওয়ালেট|বিকাশ)|(?:tt|টিটি|ব্যাংক)\\s+স্লিপ|স্লিপ\\s+(?:দিলাম|দিন|পাঠান|পাঠালাম|দিয়েছি)|trxid|ট্রানজেকশন\\s+আইডি|সেন্ড\\s+মানি|ক্যাশ\\s+আউট',
    ],
  },
  toPay: {
    words: ['bayad|babayaran|ibabayad|downpayment|balanse|ipadala|ipapadala|magbayad'],
    phrases: ['مبلغ|واریز|پیش\\s?پرداخت|مانده|بیعانه|حواله|টাকা|পেমেন্ট|অগ্রিম|ব্যালেন্স|পাঠান|পাঠাবেন'],
  },
  backToTheOrder: {
    words: [
      // Tagalog "Ok po, sa order page na lang", "hindi ako magbabayad", "Kayo po ba yun?" (is that really you?).
      '(?:sa|via|thru|through)\\s+(?:alibaba|trade\\s+assurance|order\\s+page|order)\\s+(?:na\\s+)?(?:po\\s+)?lang|(?:hindi|di)\\s+(?:po\\s+)?(?:ako|kami)\\s+(?:magbabayad|magpapadala|magse-?send)|hindi\\s+(?:ko|namin)\\s+(?:ise-?send|ipapadala|babayaran)|ayoko|kayo\\s+(?:po\\s+)?ba\\s+(?:yun|iyon|yon|talaga)',
    ],
    phrases: [
      // Persian "از طریق سفارش پرداخت می‌کنم", "فقط از طریق علی‌بابا", "پول نمی‌فرستم"; "واقعیه؟" (is it real?).
      '(?:از\\s+طریق|با|تو|در|روی)\\s+(?:همون\\s+|همان\\s+)?(?:سفارش|علی\\s?بابا|trade\\s+assurance|ترید\\s?اشورنس)\\s+(?:[^\\s.!?؟]+\\s+){0,2}?(?:پرداخت\\s+)?(?:می\\s?کنم|می\\s?کنیم|انجام\\s+می\\s?دم|می\\s?پردازم)|فقط\\s+(?:از\\s+طریق\\s+)?(?:علی\\s?بابا|سفارش|trade\\s+assurance)|پول\\s+(?:نمی\\s?فرستم|نمی\\s?دم|نمی\\s?ریزم)|واقعیه\\s*[؟?]|(?:از\\s+طرف\\s+شما|کار\\s+شما)(?:ست|است)?\\s*[؟?]',
      // Bengali "আগের মতো অর্ডারে পেমেন্ট করব" (I'll pay in the order), "শুধু আলিবাবা", "পাঠাব না" (I won't send).
      '(?:অর্ডারে|অর্ডারের\\s+মাধ্যমে)\\s+(?:[^\\s।.!?]+\\s+)?(?:পেমেন্ট\\s+)?(?:করব|করবো|দেব|দিব|দেবো)|(?:শুধু|কেবল)\\s+(?:আলিবাবা|অর্ডার|trade\\s+assurance)|(?:পাঠাব|পাঠাবো|দেব|দিব)\\s+না(?![\\p{L}\\p{M}])|এটা\\s+কি\\s+আপনারা',
    ],
  },
  vouches: {
    words: [
      'karamihan\\s+(?:\\S+\\s+){0,2}?(?:clients?|customers?|buyers?|kliyente)\\s+(?:\\S+\\s+){0,3}?(?:ganito|ganyan)|(?:huwag|wag)\\s+(?:po\\s+)?(?:kayong\\s+)?mag-?alala|legit\\s+po\\s+kami|safe\\s+po\\s+(?:ito|yan|yun)',
    ],
    phrases: [
      'همه\\s+(?:مشتری|مشتریا|مشتریان|مشتریهای)\\S*\\s+(?:[^\\s.!?؟]+\\s+){0,3}?(?:همینطوری|همین\\s?طور|اینطوری|این\\s?طور)|نگران\\s+نباشید|مطمئن\\s+باشید|کامل\\p{M}*ا\\p{M}*\\s+(?:امن|مطمئن)',
      '(?:সব|বেশিরভাগ|অনেক)\\s+(?:[^\\s।.!?]+\\s+)?(?:ক্লায়েন্ট|কাস্টমার|ক্রেতা|বায়ার)\\S*\\s+(?:[^\\s।.!?]+\\s+)?(?:এভাবে|এইভাবে)|চিন্তা\\s+করবেন\\s+না|নিশ্চিন্তে',
    ],
  },
  doubts: {
    words: ['bakit|sigurado|ligtas|totoo\\s+ba|scam\\s+ba|chera|motmaen'],
    phrases: [
      '(?<![\\p{L}])(?:چرا|مطمئن\\p{L}*|امنه|کلاهبرداری|عجیب\\p{L}*|واقعی\\p{L}*)(?![\\p{L}])',
      '(?<![\\p{L}\\p{M}])(?:কেন|নিরাপদ|নিশ্চিত|প্রতারণা|ভুয়া|অদ্ভুত|সত্যি)',
    ],
  },
  namesTheOrder: {
    words: ['order\\s+page|pay\\s+button|sa\\s+(?:alibaba\\s+)?order'],
    phrases: [
      '(?<!(?:خارج|بیرون)\\s+از\\s+)(?:علی\\s?بابا|سفارش|ترید\\s?اشورنس)',
      '(?<!(?:বাইরে|ছাড়া)\\s*)(?:আলিবাবা|অর্ডার|ট্রেড\\s+অ্যাসিওরেন্স)|এলসি',
    ],
  },
  moved: {
    words: [
      'add\\s+kardam|payam\\s+dadam|pm\\s+dadam',
      'add\\s+(?:korlam|korechi)|(?:message|msg)\\s+(?:dilam|diyechi)|(?:peyechi|pathiyechi|pathalam)\\s+(?:imo|whatsapp|viber|telegram|wechat)\\s?(?:te|e)|(?:imo|whatsapp|viber|telegram|wechat)\\s?(?:te|e)\\s+(?:add|message|msg|peyechi|pathiyechi|pathalam|kotha)',
      // Tagalog "Na-add na po kita sa Viber", "mas mabilis ako mag-reply doon" (I reply faster there), "Anong name mo po
      // sa Viber?", "Viber po ba o Telegram?".
      '(?:na-?add|in-?add)\\s+(?:na\\s+)?(?:po\\s+)?kita|nag-?message\\s+na\\s+(?:po\\s+)?ako|(?:doon|dun)\\s+(?:na\\s+)?(?:po\\s+)?tayo|mag-?reply\\s+(?:\\S+\\s+)?(?:doon|dun)|(?:anong|ano\\s+ang|ano\\s+po\\s+ang)\\s+(?:name|pangalan|id|number|username)\\s+(?:mo|niyo|nyo|ninyo)\\s+(?:po\\s+)?sa\\s+(?:viber|telegram|whatsapp|wechat|line|skype|imo|messenger)|(?:viber|telegram|whatsapp|wechat|messenger|imo)\\s+(?:po\\s+)?ba\\s+o\\s+(?:viber|telegram|whatsapp|wechat|messenger|imo)',
    ],
    phrases: [
      // Persian "پیام دادم" (messaged), "اونجا ادامه میدیم" (we go on there); Bengali "মেসেজ দিলাম", "ওখানে ক্যাটালগ
      // পাঠাচ্ছি" (sending the catalogue there), "Lily নামে দেখাবে" (it shows as Lily).
      '(?:اد|ادد)\\s+(?:کردم|شدم)|پیام\\s+(?:دادم|فرستادم)|(?:اونجا|آنجا)\\s+(?:ادامه|صحبت|حرف|پیام)',
      'মেসেজ\\s+(?:দিলাম|দিয়েছি|করলাম|করেছি|পাঠালাম|পাঠিয়েছি)|অ্যাড\\s+(?:করলাম|করেছি)|ওখানে\\s+(?:[^\\s।.!?]+\\s+)?(?:পাঠাচ্ছি|পাঠাব|পাঠালাম|কথা)|নামে\\s+(?:দেখাবে|পাবেন|আছি)',
    ],
  },
  backToTheChat: {
    words: [
      'dito\\s+(?:na\\s+)?(?:lang|na\\s+lang)\\s+(?:po\\s+)?(?:tayo|mag-?usap)|wala\\s+(?:po\\s+)?(?:akong|kaming)\\s+(?:viber|telegram|whatsapp|wechat)',
    ],
    phrases: [
      '(?:همین|این)\\s?جا\\s+(?:صحبت|ادامه|حرف)|(?:تلگرام|واتساپ|واتس\\s?اپ)\\s+ندارم',
      'এখানেই\\s+(?:কথা|আলোচনা)|(?:হোয়াটসঅ্যাপ|ইমো|imo|whatsapp)\\s+(?:নেই|চালাই\\s+না|ব্যবহার\\s+করি\\s+না)',
    ],
  },
  namesTheChat: { words: ['dito'], phrases: ['(?:همین|این)\\s?جا|এখানে'] },
  pageTakes: {
    words: ['nag-?log\\s?-?in|in-?enter|nilagay|inilagay'],
    phrases: [
      '(?<![\\p{L}])(?:کد|رمز|پسورد|کارت)(?:ش|و|ی|ها)?(?![\\p{L}])|وارد\\s+(?:شدم|کردم)|لاگین',
      'লগইন|পাসওয়ার্ড|ওটিপি|(?<![\\p{L}\\p{M}])(?:কোড|কার্ড)',
    ],
  },
  refusesThePage: {
    words: ['hindi\\s+ko\\s+(?:ibibigay|ilalagay|ise-?send)|ayoko'],
    phrases: [
      'نمی\\s?(?:دم|دهم|فرستم|زنم)|نفرستادم|نفرستم|وارد\\s+نکردم|نزدم',
      '(?:দেব|দিব|দিচ্ছি)\\s+না|দিইনি|দেইনি',
    ],
  },
  asksWhy: {
    words: ['bakit(?!\\s+(?:po\\s+)?(?:hindi|di)\\b)'],
    phrases: [
      '(?<![\\p{L}])چرا(?![\\p{L}])(?!\\s+(?:که\\s+)?نه)',
      '(?<![\\p{L}\\p{M}])কেন(?![\\p{L}\\p{M}])',
    ],
  },
};
