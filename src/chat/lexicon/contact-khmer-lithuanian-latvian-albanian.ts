import { APP } from './apps';
import { cue, type Cue } from './cue';

/** Moving the talk off the platform in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const CONTACT_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Khmer "បងមាន Telegram ទេ?" (do you have Telegram?), "ឆាតតាម Telegram" (chat on Telegram), "add … ខ្ញុំ";
    // Lithuanian "parašykite man į WhatsApp", "pridėkite mane per Viber", "ar turite WhatsApp?"; Latvian "rakstiet man
    // uz WhatsApp", "pievienojiet mani", "varbūt caur WhatsApp?", "vai jums ir Viber?"; Albanian "më shkruani në
    // WhatsApp", "më shtoni në Viber", "A keni Viber?"; and the buyer's own "parašiau per Signal", "pievienoju
    // Telegram", "të shkrova në WhatsApp" (I wrote there, I added you). One app list after all the verbs.
    '(?:(?:ឆាតតាម|ឆាតនៅ|និយាយតាម|ទាក់ទងតាម|ផ្ញើសារតាម|ឆាតក្នុង)\\s*' +
      '|(?<![\\p{L}])(?:para[šs]ykite|para[šs]yk|pridėkite|pridekite|pridėk|pridek|susisiekime|susisiekite|bendraukime|kalbėkime|kalbekime)\\s+(?:man\\s+|mane\\s+|mus\\s+|mums\\s+)?(?:į|i|per)\\s+' +
      '|(?<![\\p{L}])ar\\s+turi(?:te|t)?\\s+' +
      '|(?<![\\p{L}])(?:parašiau|parasiau|pridėjau|pridejau)\\s+(?:jums\\s+|jus\\s+|tau\\s+)?(?:į\\s+|i\\s+|per\\s+)?' +
      '|(?<![\\p{L}])(?:rakstiet|raksti|rakstiet\\s+man|pievienojiet|pievieno|sazinieties|sazināsimies|sazinasimies|turpināsim|turpinasim|runāsim|runasim)\\s+(?:man\\s+|mani\\s+|mums\\s+|mūs\\s+|mus\\s+)?(?:uz|pa|caur|iekš)\\s+' +
      '|(?<![\\p{L}])(?:pievienoju|uzrakstīju|uzrakstiju)\\s+(?:jums\\s+|jūs\\s+|jus\\s+|tev\\s+)?(?:uz\\s+|pa\\s+|caur\\s+)?' +
      '|(?<![\\p{L}])(?:varbūt|varbut|vai|var)\\s+caur\\s+|(?<![\\p{L}])(?:jums\\s+ir|tev\\s+ir)\\s+' +
      `|(?<![\\p{L}])(?:m[ëe]\\s+shkruani|m[ëe]\\s+shkruaj|na\\s+shkruani|m[ëe]\\s+shtoni|m[ëe]\\s+shto|na\\s+kontaktoni|m[ëe]\\s+kontaktoni|flasim|vazhdojm[ëe])\\s+(?:n[ëe]|ne|n[ëe]p[ëe]rmjet|nepermjet|me|n[ëe]\\s+numrin\\s+e)\\s+|(?<![\\p{L}])(?:a\\s+keni|a\\s+ke)\\s+|(?<![\\p{L}])(?:t[ëe]\\s+shkrova|t[ëe]\\s+shtova)\\s+(?:n[ëe]\\s+|ne\\s+)?)${APP}`,
    {
      anchors: [
        'ឆាតតាម',
        'ឆាតនៅ',
        'និយាយតាម',
        'ទាក់ទងតាម',
        'ផ្ញើសារតាម',
        'ឆាតក្នុង',
        'parašyk',
        'parasyk',
        'pridėk',
        'pridek',
        'susisiek',
        'bendraukime',
        'kalbėkime',
        'kalbekime',
        'ar turi',
        'parašiau',
        'parasiau',
        'pridėjau',
        'pridejau',
        'raksti',
        'pievieno',
        'uzrakstīju',
        'uzrakstiju',
        'sazin',
        'turpinā',
        'turpina',
        'runāsim',
        'runasim',
        'caur',
        'jums ir',
        'tev ir',
        'shkrua',
        'shto',
        'kontaktoni',
        'flasim',
        'vazhdojm',
        'a keni',
        'a ke',
        'të shkrova',
        'te shkrova',
        'të shtova',
        'te shtova',
      ],
    },
  ),
  cue(
    'asking for a messaging app',
    // Khmer "បងមាន Telegram ទេ?" (do you have Telegram?), "មាន WhatsApp អត់?": the app asked for, not "we have a
    // production line".
    `មាន\\s*${APP}\\s*(?:ទេ|អត់|ឬទេ|ឬអត់|[?？])`,
    { anchors: ['មាន'] },
  ),
];
