import { cue, inMessageWith, type Cue } from './cue';

/** Bengali money words: taka, dollars, payment, the advance, the balance, "send". */
const BENGALI_MONEY = '(?:টাকা|ডলার|পেমেন্ট|অগ্রিম|ব্যালেন্স|বিকাশ|পাঠান|পাঠাবেন|union|usdt)';

/** Pressure to pay in Persian, Bengali and Tagalog, as probe 84's chats said it. Part of MORE_OFFERS_ENDING. */
export const PRESSURE_IN_PERSIAN_BENGALI_TAGALOG: readonly Cue[] = [
  cue(
    'a deadline to pay, and a loss if it is missed',
    // Bengali "৫,৬০০ ডলার Western Union এ না পাঠালে মাল তাকে দিয়ে দেব" (unless you send the dollars, I give the goods
    // to him), "টাকা না দিলে অর্ডার বাতিল"; not "ডিজাইন না পাঠালে প্রোডাকশন শুরু হবে না" (no money named).
    `(?:না\\s+পাঠালে|না\\s+দিলে|না\\s+করলে)(?<=${BENGALI_MONEY}[^।.!?\\n]{0,60})[^।.!?\\n]{0,40}?(?:অন্য|আরেক|তাকে|ওকে|বাতিল|দাম\\s+(?:বাড়|বেড়)|চলে\\s+যাবে|দিয়ে\\s+দেব|বিক্রি)`,
    { anchors: ['না পাঠালে', 'না দিলে', 'না করলে'] },
  ),
  cue(
    'another buyer waiting',
    // "আরেকজন বায়ার পুরো লট নিতে চাইছে" (another buyer wants the whole lot), with money asked in the same message; not
    // "আরেকজন বায়ার একই মডেল নিয়েছে" alone.
    '(?:আরেকজন|আরেক\\s+জন)\\s+(?:বায়ার|ক্রেতা|কাস্টমার|গ্রাহক)',
    { anchors: ['আরেক'], near: [inMessageWith(BENGALI_MONEY, 200)] },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // Persian "اگر امروز پرداخت نکنید قیمت بالا میره" (if you don't pay today the price goes up), "اگه تا فردا واریز
    // نکنید نوبت تولید از دست میره"; not "اگه پول تا ۲۰ آبان نرسه چی میشه؟" (the buyer asking).
    '(?:اگر|اگه)\\s+(?:تا\\s+)?(?:امروز|امشب|فردا|الان)\\s+(?:[^\\s.!?؟]+\\s+){0,4}?(?:پرداخت|واریز|حواله)\\s?(?:نکنید|نکنین|نکنی|نشه)' +
      '[^.!?؟\\n]{0,40}?(?:بالا\\s?می\\s?ره|گرون\\s?(?:می\\s?)?شه|از\\s+دست\\s?(?:می\\s?ره|میدید|می\\s?دید)|(?:لغو|کنسل)\\s?(?:می\\s?)?شه|مشتری\\s+(?:دیگه|دیگر))',
    { anchors: ['اگر', 'اگه'] },
  ),
  cue(
    'a payment lost unless it goes to the new account',
    // "هر پرداختی به حساب قبلی برگشت می‌خوره" (any payment to the old account bounces); Tagalog "Kapag sa lumang account,
    // mare-return lang po ang bayad" (to the old account, the payment just comes back). Not "huwag magbayad sa lumang
    // account" (negation.ts).
    '(?:حساب\\s+قبلی|حساب\\s+قدیمی?)\\S*\\s+(?:[^\\s.!?؟]+\\s+){0,3}?(?:برگشت|برمی\\s?گرده|از\\s+بین\\s+می\\s?ره|ضبط)' +
      '|(?:lumang|dating)\\s+account[^.!?\\n]{0,40}?(?:mare-?return|ibabalik|babalik|mawawala|masasayang|sayang)',
    { anchors: ['حساب قبلی', 'حساب قدیم', 'lumang', 'dating'] },
  ),
  cue(
    'a price for today only',
    // Tagalog "Today lang po ang presyo na USD 4,250", "ngayong araw lang ang discount", "Last chance na po ito"; not
    // "ngayon lang po namin nakita" (we only just saw it).
    '\\btoday\\s+lang\\s+(?:po\\s+)?(?:ang\\s+)?(?:presyo|price|discount|promo|offer)\\b' +
      '|\\bngayon(?:g\\s+araw)?\\s+lang\\s+(?:po\\s+)?(?:ang\\s+)?(?:presyo|discount|promo|offer)\\b|\\blast\\s+chance\\s+na\\b',
    { anchors: ['today lang', 'ngayon', 'last chance'] },
  ),
];
