import { cue, inMessageWith, inSentenceWith, type Cue } from './cue';
import { PAY_WORDS } from './pressure-words';
import { TODAY_AND_LOSSES, type TodayAndLoss } from './pressure-today-losses';

/** How far from "today", before or after it, a `lossAlone` is looked for. */
const LOSS_ALONE_REACH = 150;

/** The languages with a loss that is pressure alone. */
const WITH_LOSS_ALONE = TODAY_AND_LOSSES.filter(
  (language): language is TodayAndLoss & { lossAlone: string } => language.lossAlone !== undefined,
);

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
      // Indonesian "harga ini cuma sampai jam 5 sore" (this price only until 5pm).
      '|\\b(?:harga|promo|diskon)\\s+(?:\\S+\\s+)?(?:cuma\\s+sampai|hanya\\s+sampai|cuman\\s+sampai|cuma\\s+sampe|hanya\\s+sampe)\\s+(?:jam\\s+\\d+|hari\\s+ini|malam\\s+ini|nanti\\s+malam)' +
      '|\\bdeadline\\s+(?:is\\s+)?today\\b|\\bmust\\s+be\\s+(?:done\\s+|paid\\s+)?today\\b|\\bwithin\\s+today\\b|ภายในวันนี้)',
    {
      // In the message: "お振込みください。本日中にお願いします。"
      near: [inMessageWith(PAY_WORDS, 150)],
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
        'cuma sampai',
        'hanya sampai',
        'cuman sampai',
        'cuma sampe',
        'hanya sampe',
        'must be',
        'within today',
        'ภายในวันนี้',
      ],
    },
  ),
  cue(
    'an offer that ends today',
    // The price itself said to end within the day: Dutch "prijs alleen vandaag", Arabic "باقي ساعتين فقط على هذا السعر"
    // (only two hours left on this price).
    '\\bprijs\\s+(?:is\\s+)?(?:alleen|enkel|maar)\\s+vandaag\\b|\\b(?:alleen|enkel)\\s+vandaag\\s+geldig\\b' +
      '|باقي\\s+(?:ساعة|ساعتين|\\d+\\s+ساعات?)\\s+(?:فقط\\s+)?على\\s+(?:هذا\\s+)?(?:السعر|العرض)',
    { anchors: ['prijs', 'vandaag', 'باقي'] },
  ),
  // A cue a language: together they are a pattern of some 50,000 characters, and V8 compiles a pattern
  // longer than 20,000 unoptimised, several times slower. Apart, each is tried only on its own words.
  ...TODAY_AND_LOSSES.map(({ today, loss, anchors }) =>
    cue('a deadline to pay', today, { anchors, near: [inSentenceWith(loss), inSentenceWith(PAY_WORDS)] }),
  ),
  // "ngayon lang po ang presyo, bukas tataas na", "kalau hari ini belum bayar saya lepas ke buyer lain".
  ...WITH_LOSS_ALONE.map(({ today, lossAlone, anchors }) =>
    cue('a deadline today, and a loss after it', today, {
      anchors,
      near: [inMessageWith(lossAlone, LOSS_ALONE_REACH)],
    }),
  ),
];
