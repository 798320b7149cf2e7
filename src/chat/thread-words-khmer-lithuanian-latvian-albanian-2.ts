import type { ContactAndLinkReplies } from './thread-language-packs';

// The talk moved elsewhere, a suspicious link and the buyer's why, in Khmer (as phrases: it writes no spaces between
// its words), Lithuanian, Latvian and Albanian (with and without their marks), as probe 88's chats wrote them; the
// paying replies are in thread-words-khmer-lithuanian-latvian-albanian.ts, which joins these.

export const KHMER_LITHUANIAN_LATVIAN_ALBANIAN_CONTACT_AND_LINK: ContactAndLinkReplies = {
  moved: {
    words: [
      // Lithuanian "parašiau per Signal" (I wrote on Signal), "parasiau i whatsapp", "pridėjau jus" (I added you),
      // "paskambinau" (I called).
      '(?:parašiau|parasiau|parašėme|paraseme|pridėjau|pridejau|pridėjome|pridejome|paskambinau|išsiunčiau\\s+žinutę|issiunciau\\s+zinute)(?!\\s+(?:jums\\s+)?(?:čia|cia))',
      // Latvian "pievienoju telegram" (I added), "uzrakstīju viber" (I wrote), "uzrakstīšu viņam" (I'll write to him),
      // "piezvanīju" (I called).
      '(?:pievienoju|pievienojām|pievienojam|uzrakstīju|uzrakstiju|uzrakstīšu|uzrakstisu|uzrakstījām|uzrakstijam|piezvanīju|piezvaniju|piezvanīšu|piezvanisu)(?!\\s+(?:jums\\s+)?(?:šeit|seit))',
      // Albanian "të shkrova në WhatsApp" (I wrote to you), "të shtova" (I added you), "E telefonova" (I called him).
      '(?:t[ëe]|ju)\\s+(?:shkrova|shkruam|shtova|shtuam|telefonova|mora\\s+n[ëe]\\s+telefon)|(?:e|i)\\s+(?:telefonova|shkrova|mora\\s+n[ëe]\\s+telefon)',
    ],
    phrases: [
      // Khmer "add ហើយ" (added), "ខ្ញុំ add បងហើយ", "ផ្ញើសារទៅហើយ" (messaged), "ខ្ញុំ call ទៅគាត់ហើយ".
      'add\\s*(?:បង\\s*)?ហើយ|ថែមហើយ|បន្ថែមហើយ|ផ្ញើសារ(?:ទៅ)?ហើយ|ឆាតទៅហើយ|call\\s*ទៅ[^។\\n]{0,10}?ហើយ|តេទៅហើយ',
    ],
  },
  backToTheChat: {
    words: [
      '(?:bendraukime|kalbėkime|kalbekime|likime|rašykime|rasykime)\\s+(?:\\S+\\s+)?(?:čia|cia)|neturiu\\s+(?:whatsapp|viber|telegram|wechat|signal)',
      '(?:runāsim|runasim|paliksim|rakstīsim|rakstisim|rakstiet)\\s+(?:\\S+\\s+)?(?:šeit|seit)|man\\s+nav\\s+(?:whatsapp|viber|telegram|wechat|signal)',
      '(?:flasim|vazhdojm[ëe]|shkruajm[ëe]|rrim)\\s+(?:\\S+\\s+)?(?:k[ëe]tu)|nuk\\s+kam\\s+(?:whatsapp|viber|telegram|wechat|signal)',
    ],
    phrases: ['ឆាតនៅ\\s*alibaba|ឆាតនៅទីនេះ|និយាយនៅទីនេះ|គ្មាន\\s*(?:telegram|whatsapp|wechat)'],
  },
  namesTheChat: { words: ['čia|cia', 'šeit|seit', 'k[ëe]tu'], phrases: ['ទីនេះ'] },
  pageTakes: {
    words: [
      'slaptažod\\p{L}*|slaptazod\\p{L}*|kortel\\p{L}*|kod\\p{L}*|prisijungiau|įvedžiau|ivedziau',
      'parol\\p{L}*|kart\\p{L}*|kod\\p{L}*|pieslēdzos|piesledzos|ievadīju|ievadiju',
      'password\\p{L}*|fjalëkalim\\p{L}*|fjalekalim\\p{L}*|kart\\p{L}*|kod\\p{L}*|vendosa|futa|hyra',
    ],
    phrases: ['login\\s*ហើយ|ពាក្យសម្ងាត់|លេខកូដ|បញ្ចូល(?:ហើយ|រួច)|កាត'],
  },
  refusesThePage: {
    words: [
      'neįvesiu|neivesiu|neįvedžiau|neivedziau|niekada|pakeičiau\\s+slaptažodį|pakeiciau\\s+slaptazodi',
      'neievadīšu|neievadisu|neievadīju|neievadiju|nekad|nomainīju\\s+paroli|nomainiju\\s+paroli|neklikšķināšu|neklikskinasu',
      'nuk\\s+(?:po\\s+)?(?:e\\s+)?(?:d[ëe]rgoj|vendos|fus|jap)|(?:po\\s+)?(?:e\\s+)?ndryshoj\\s+(?:password\\p{L}*|fjal[ëe]kalim\\p{L}*)|raportoj|kurr[ëe]',
    ],
    phrases: ['មិនបញ្ចូល|មិនផ្ញើ(?:លេខ)?កូដ|មិន\\s*login|ប្តូរពាក្យសម្ងាត់|ប្ដូរពាក្យសម្ងាត់'],
  },
  asksWhy: {
    words: ['kodėl|kodel', 'kāpēc|kapec|kādēļ|kadel', 'pse|p[ëe]rse|p[ëe]r\\s+[çc]far[ëe]'],
    phrases: ['ហេតុអី|ហេតុអ្វី|ម៉េចបាន'],
  },
};
