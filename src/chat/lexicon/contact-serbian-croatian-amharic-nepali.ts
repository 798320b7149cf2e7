import { APP } from './apps';
import { cue, type Cue } from './cue';

/** Talk moved off the chat in Serbian and Croatian, Amharic and Nepali, as probe 85's chats said it. Part of contact-more-wordings.ts's list. */
export const CONTACT_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Serbian and Croatian "Možemo li se čuti na Viberu?" (can we talk on Viber?), "javite mi se na WhatsApp", "dodajte me
    // na Viber", "pređimo na Telegram" (let's move to Telegram), "razgovarajmo … na Viberu"; not "ne možemo se čuti na Viberu".
    `(?<![\\p{L}])(?<!ne\\s)(?:mo[žz]emo\\s+li\\s+se|hajde\\s+da\\s+se|ajde\\s+da\\s+se|ajmo|razgovarajmo|pri[čc]ajmo|javi(?:te)?\\s+(?:mi\\s+)?se|pi[šs]ite\\s+mi|dodaj(?:te)?\\s+me|[čc]ujmo\\s+se|[čc]ujemo\\s+se` +
      `|pre[đd]imo|predjimo|prije[đd]imo|prijedjimo|prebacimo\\s+se|nastavimo|dopisujmo\\s+se)\\s+(?:\\S+\\s+){0,2}?(?:na|preko|putem|u)\\s+${APP}`,
    {
      anchors: [
        'možemo li se',
        'mozemo li se',
        'ajde da se',
        'ajmo',
        'razgovarajmo',
        'pričajmo',
        'pricajmo',
        'javi',
        'pišite mi',
        'pisite mi',
        'dodaj',
        'čujmo se',
        'cujmo se',
        'čujemo se',
        'cujemo se',
        'pređimo',
        'predimo',
        'predjimo',
        'prijeđimo',
        'prijedimo',
        'prijedjimo',
        'prebacimo se',
        'nastavimo',
        'dopisujmo se',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    // Amharic "በቴሌግራም ብናወራ ይቀለኛል" (it would be easier to talk on Telegram), "በWhatsApp ያግኙኝ" (reach me on WhatsApp),
    // "በቫይበር እንነጋገር" (let's talk on Viber); the app joined to its "በ" (on).
    `በ\\s?${APP}\\s+(?:\\S+\\s+)?(?:ብናወራ|እናውራ|እናወራ|እንነጋገር|ብንነጋገር|ያግኙኝ|ያናግሩኝ|ይጻፉልኝ|ይደውሉልኝ|አናግሩኝ|እንገናኝ|ያግኙን|ብንጻጻፍ|እንጻጻፍ)`,
    {
      anchors: [
        'ብናወራ',
        'እናውራ',
        'እናወራ',
        'እንነጋገር',
        'ብንነጋገር',
        'ያግኙኝ',
        'ያናግሩኝ',
        'ይጻፉልኝ',
        'ይደውሉልኝ',
        'አናግሩኝ',
        'እንገናኝ',
        'ያግኙን',
        'ብንጻጻፍ',
        'እንጻጻፍ',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    // Nepali "WeChat मा कुरा गर्दा सजिलो हुन्छ" (talking on WeChat is easier), "Viber मा म्यासेज गर्नुहोस्"; not "WeChat मा
    // कुरा गर्न मिल्दैन" (we can't), nor "कुरा नगरौं".
    `(?:${APP}|भाइबर|वीच्याट)\\s*मा\\s+(?:\\S+\\s+)?(?:कुरा\\s+गर|add\\s+गर|एड\\s+गर|म्यासेज\\s+गर|मेसेज\\s+गर|सम्पर्क\\s+गर)(?![^।,]{0,20}?(?:मिल्दैन|सक्दैन|गर्दैनौं))`,
    { anchors: ['कुरा गर', 'add गर', 'एड गर', 'म्यासेज गर', 'मेसेज गर', 'सम्पर्क गर'] },
  ),
];
