import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 84's cues in Persian, Bengali and Tagalog, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const PERSIAN_BENGALI_TAGALOG_CASES: ChatCase[] = [
  // Persian: Western Union and MoneyGram, refused after them (paying-outside-persian-bengali-tagalog.ts).
  { text: 'برای نمونه‌ها می‌تونید با وسترن یونیون به اسم Zhou Min بفرستید.', rules: [PAY] },
  { text: 'وسترن یونیون رو قبول نمی‌کنیم؛ هزینه‌ی نمونه رو روی سفارش پرداخت کنید.', rules: [] },
  { text: 'اگه براتون راحت‌تره، مبلغ رو با مانی‌گرام بفرستید.', rules: [PAY] },
  { text: 'مانی‌گرام و حواله‌ی شخصی قبول نمی‌کنیم، فقط Trade Assurance.', rules: [] },
  // Persian: a sister company's account, an account under audit.
  { text: 'این ماه مانده‌ی سفارش رو به حساب شرکت خواهرمون در هنگ‌کنگ واریز کنید.', rules: [PAY, CHANGE] },
  { text: 'شرکت خواهرمون در هنگ‌کنگ فقط بسته‌بندی رو انجام میده؛ پرداخت روی سفارش علی‌باباست.', rules: [] },
  { text: 'حساب بانکی ما فعلاً در حال حسابرسی است و پولی دریافت نمی‌کنه.', rules: [CHANGE] },
  { text: 'حسابرسی سالانه‌ی شرکت تموم شد و گزارشش رو براتون فرستادم.', rules: [] },
  { text: 'مانده رو این بار به حساب کارخانه واریز کنید.', rules: [PAY, CHANGE] },
  { text: 'حساب کارخانه رو بعداً با هم چک می‌کنیم.', rules: [] },
  // Persian: paying outside Alibaba; a relative's account.
  { text: 'پرداخت رو خارج از علی‌بابا انجام بدید تا ۵٪ تخفیف بگیرید.', rules: [PAY] },
  { text: 'هرگز پرداخت رو خارج از علی‌بابا انجام ندید؛ فقط دکمه‌ی Pay سفارش.', rules: [] },
  { text: 'لطفاً پیش‌پرداخت رو به حساب همسرم بریزید، اسمش روی رسید هست.', rules: [PAY] },
  { text: 'همسرم هم در شرکت کار می‌کنه و سفارش‌ها رو بسته‌بندی می‌کنه.', rules: [] },
  // Persian: asked onto Telegram or WhatsApp.
  { text: 'تلگرام دارید؟ کاتالوگ کامل رو اونجا می‌فرستم.', rules: [CONTACT] },
  { text: 'کاتالوگ کامل رو همین‌جا در چت علی‌بابا می‌فرستم.', rules: [] },
  { text: 'شماره واتساپتون رو بدید تا فیلم خط تولید رو بفرستم.', rules: [CONTACT] },
  { text: 'شماره سفارشتون رو بدید تا فیلم خط تولید رو پیدا کنم.', rules: [] },
  // Persian: unless paid today; a payment to the old account bounces.
  { text: 'اگر امروز پیش‌پرداخت رو واریز نکنید قیمت فولاد بالا میره.', rules: [PRESSURE] },
  { text: 'اگر امروز پیش‌پرداخت رو واریز نکنید مشکلی نیست، قیمت تا آخر ماه ثابته.', rules: [] },
  { text: 'هر واریزی به حساب قبلی ما برگشت می‌خوره، پس عجله کنید.', rules: [PRESSURE] },
  { text: 'حساب ما عوض نشده و همونیه که روی سفارش چاپ شده.', rules: [] },
  // Persian: ordinary talk of the samples and the order.
  { text: 'نمونه‌ها رو با DHL فرستادیم، کد رهگیری رو همین‌جا گذاشتم.', rules: [] },
  { text: 'نمونه‌ی پارچه‌ی ویسکوز آماده‌ست، مبلغ سفارش ۹۲۵۰ دلاره.', rules: [] },
  // Bengali: Western Union; a sister company's account; an account under audit.
  { text: 'নমুনার টাকা ওয়েস্টার্ন ইউনিয়নে পাঠান, নাম: Chen Hao।', rules: [PAY] },
  { text: 'ওয়েস্টার্ন ইউনিয়ন আমরা নিই না, নমুনার টাকা অর্ডারে দিন।', rules: [] },
  { text: 'বাকি টাকা আমাদের সিস্টার কোম্পানি Hengda Trading এর অ্যাকাউন্টে পাঠান।', rules: [PAY, CHANGE] },
  { text: 'আমাদের সিস্টার কোম্পানি Hengda Trading প্যাকিং করে, পেমেন্ট আলিবাবা অর্ডারেই।', rules: [] },
  { text: 'দুঃখিত, আমাদের ব্যাংক অ্যাকাউন্ট এখন অডিটে আছে।', rules: [CHANGE] },
  { text: 'আমাদের ব্যাংক অ্যাকাউন্ট অডিটে নেই, অর্ডারে যেভাবে আছে সেভাবেই পেমেন্ট করুন।', rules: [] },
  // Bengali: outside Alibaba, straight to an account, a relative's account, bKash offered.
  { text: 'আলিবাবার বাইরে পেমেন্ট করলে ৩% ছাড় দেব।', rules: [PAY] },
  { text: 'আলিবাবার বাইরে পেমেন্ট করবেন না, কেউ বললে রিপোর্ট করুন।', rules: [] },
  { text: 'সরাসরি আমাদের অ্যাকাউন্টে অগ্রিম পাঠালে চার্জ কম লাগবে।', rules: [PAY] },
  { text: 'সরাসরি অ্যাকাউন্টে আমরা টাকা নিই না, শুধু Trade Assurance।', rules: [] },
  { text: 'টাকাটা আমার ভাইয়ের অ্যাকাউন্টে পাঠিয়ে দিন।', rules: [PAY] },
  { text: 'আমার ভাইয়ের কারখানাও আমাদের সাথে কাজ করে।', rules: [] },
  { text: 'স্যাম্পলের টাকা কি বিকাশে দিতে পারি?', rules: [PAY] },
  { text: 'স্যাম্পলের টাকা কি কার্ডে দিতে পারি?', rules: [] },
  { text: 'অগ্রিমটা আমাদের ম্যানেজারের ব্যক্তিগত অ্যাকাউন্টে পাঠাবেন, চার্জ লাগবে না।', rules: [PAY] },
  { text: 'ম্যানেজারের ব্যক্তিগত অ্যাকাউন্টে আমরা কখনো টাকা নিই না।', rules: [] },
  // Bengali: imo and WhatsApp.
  { text: 'আপনার ইমো আছে? ছবিগুলো ওখানে পাঠাব।', rules: [CONTACT] },
  { text: 'আপনার অর্ডার নম্বর আছে? ছবিগুলো এখানে পাঠাব।', rules: [] },
  { text: 'whatsapp e message din, price list pathabo', rules: [CONTACT] },
  { text: 'ekhane message din, price list pathabo', rules: [] },
  // Bengali: unless the money is sent; another buyer.
  { text: 'আজকের মধ্যে ৩,২০০ ডলার না পাঠালে মাল অন্য পার্টিকে দিয়ে দেব।', rules: [PRESSURE] },
  { text: 'ডিজাইন না পাঠালে প্রোডাকশন শুরু করতে পারব না, তাড়া নেই।', rules: [] },
  { text: 'আরেকজন বায়ার এই লট নিতে চাইছে, তাড়াতাড়ি টাকা পাঠান।', rules: [PRESSURE] },
  { text: 'আরেকজন বায়ার একই মডেল নিয়েছে, আপনার জন্যও স্টক রাখা আছে।', rules: [] },
  // Tagalog: straight to the account, not through Alibaba, a wife's account.
  { text: 'Diretso na lang po sa bank account namin ang bayad para walang fee.', rules: [PAY] },
  { text: 'Hindi po kami tumatanggap ng bayad diretso sa bank account namin, sa order lang po.', rules: [] },
  { text: 'Pwede po, hindi na dadaan sa Alibaba ang bayad, mas mura.', rules: [PAY] },
  { text: 'Lahat po ng bayad ay dadaan sa Alibaba, mas ligtas.', rules: [] },
  { text: 'Sa account po ng asawa ko ipadala ang deposit, eto ang number.', rules: [PAY] },
  { text: 'Ang asawa ko po ang nag-aasikaso ng packing, bayad sa order page pa rin.', rules: [] },
  // Tagalog: Viber, WhatsApp, Telegram.
  { text: 'Viber niyo po? Doon ko na lang ipapadala ang mga design.', rules: [CONTACT] },
  { text: 'Design niyo po? Dito ko na lang ipapadala sa Alibaba chat.', rules: [] },
  { text: 'May WhatsApp po ba kayo? Mas mabilis doon.', rules: [CONTACT] },
  { text: 'May sample po ba kayo? Mas mabilis kung meron.', rules: [] },
  { text: 'Mas madali po sa Telegram para sa mga litrato.', rules: [CONTACT] },
  { text: 'Mas madali po sa Alibaba chat para sa mga litrato.', rules: [] },
  // Tagalog: today's price, the old account, the last chance; a frozen account.
  { text: 'Today lang po ang presyo na ito, bukas tataas na.', rules: [PRESSURE] },
  { text: 'Today po namin ipapadala ang quotation, walang pagmamadali.', rules: [] },
  { text: 'Kapag sa lumang account kayo nagbayad, mawawala lang ang pera.', rules: [PRESSURE] },
  { text: 'Ang lumang account po namin ay pareho pa rin, nasa order page.', rules: [] },
  { text: 'Last chance na po, ngayon lang ang discount na 8%.', rules: [PRESSURE] },
  { text: 'Ngayon lang po namin nakita ang message ninyo, salamat.', rules: [] },
  { text: 'Naka-freeze po ang account namin ngayon dahil sa audit.', rules: [CHANGE] },
  { text: 'Hindi po naka-freeze ang account namin, bayad sa order page lang.', rules: [] },
  // Refusals after probe 84, verb last ("نفرستید", "নিই না") or pointing back ("কিন্তু আমরা সেটা নিই না"), each with a request
  // in the same words.
  { text: 'به هیچ تأمین‌کننده‌ای تتر نفرستید.', rules: [] },
  { text: 'لطفا تتر به کیف پول مدیر ما بفرستید.', rules: [PAY] },
  { text: 'না, Western Union নিই না।', rules: [] },
  { text: 'হ্যাঁ, Western Union নিই।', rules: [PAY] },
  { text: 'না, বিকাশ বা নগদে আমরা কোনো টাকা নিই না।', rules: [] },
  { text: 'বিকাশ বা নগদে টাকা পাঠান, ম্যানেজারের নম্বরে।', rules: [PAY] },
  { text: 'কেউ কেউ USDT বা অন্য পথে পেমেন্টের কথা বলে, কিন্তু আমরা সেটা নিই না।', rules: [] },
  { text: 'কেউ কেউ USDT বা অন্য পথে পেমেন্টের কথা বলে, আমরাও সেটা নিই।', rules: [PAY] },
];
