import type { ThreadLanguagePack } from './thread-language-packs';
import { KHMER_LITHUANIAN_LATVIAN_ALBANIAN_CONTACT_AND_LINK } from './thread-words-khmer-lithuanian-latvian-albanian-2';

// The threads' replies in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks), as
// probe 88's chats wrote them (thread-language-packs.ts). Khmer writes no spaces between its words: its replies are
// phrases, read without word edges, as Thai's are. The talk moved elsewhere and the links are in
// thread-words-khmer-lithuanian-latvian-albanian-2.ts.

/** What else is sent in an order's talk: the catalogue, photos, samples, the address, the drawings. */
const THINGS =
  '(?:katalog\\p{L}*|nuotrauk\\p{L}*|foto\\p{L}*|pavyzd\\p{L}*|adres\\p{L}*|br[ėe][žz]in\\p{L}*|bild\\p{L}*|paraug\\p{L}*|katalog|mostr\\p{L}*|fotografi\\p{L}*|dokument\\p{L}*|logo)';

export const KHMER_LITHUANIAN_LATVIAN_ALBANIAN_REPLIES: ThreadLanguagePack = {
  ...KHMER_LITHUANIAN_LATVIAN_ALBANIAN_CONTACT_AND_LINK,
  paid: {
    words: [
      // Lithuanian "Pervedžiau 4 950 EUR" (I transferred), "Pervesta, čia patvirtinimas" (transferred, here is the
      // proof), "pervedu / pervesiu šiandien" (I transfer / will transfer today), "išsiunčiau, MTCN …"; not "išsiunčiau
      // katalogą".
      '(?:pervedžiau|pervedziau|pervedėme|pervedeme|sumokėjau|sumokejau|sumokėjome|sumokejome|pervesta|sumokėta|sumoketa|apmokėta|apmoketa)' +
        `|(?:išsiunčiau|issiunciau|išsiuntėme|issiunteme|nusiunčiau|nusiunciau)(?!\\s+(?:jums\\s+|tau\\s+)?${THINGS})` +
        '|(?:pervedu|pervesiu|pervesime|sumokėsiu|sumokesiu|sumokėsime|sumokesime)\\s+(?:\\S+\\s+){0,2}?(?:šiandien|siandien|rytoj|dabar|į|i)|(?:prisegu|pridedu|siunčiu|siunciu)\\s+(?:\\S+\\s+)?(?:patvirtinim\\p{L}*|kvit\\p{L}*|čeki\\p{L}*|ceki\\p{L}*|screenshot\\p{L}*)|(?:čia|cia)\\s+patvirtinimas',
      // Latvian "Pārskaitīts 5 790 EUR", "nosūtīju 10 648 USDT", "šodien pārskaitīšu uz jauno IBAN", "grāmatvede
      // pārskaitīs ceturtdien", "parskaitu 3600 uz revolut", "pielikumā maksājuma uzdevums" (the payment order
      // attached).
      '(?:pārskaitīts|parskaitits|pārskaitīju|parskaitiju|samaksāts|samaksats|samaksāju|samaksaju|nosūtīju|nosutiju|iemaksāju|iemaksaju)' +
        `(?!\\s+(?:jums\\s+|tev\\s+)?${THINGS})|(?:pārskaitīšu|parskaitisu|pārskaitīsim|parskaitisim|pārskaitīs|parskaitis|pārskaitu|parskaitu|samaksāšu|samaksasu)\\s+(?:\\S+\\s+){0,2}?(?:uz|šodien|sodien|rīt|rit|\\d|pirmdien|otrdien|trešdien|ceturtdien|piektdien|no\\s+rīta|no\\s+rita)` +
        '|(?:pielikumā|pielikuma)\\s+(?:\\S+\\s+)?(?:maksājuma\\s+uzdevums|maksajuma\\s+uzdevums|tx\\s+hash|čeks|ceks|kvīts|kvits)|tx\\s+hash',
      // Albanian "e dërgova, MTCN …" (I sent it), "e bëra transfertën, ja konfirmimi" (I made the transfer, here is the
      // proof), "U dërgua" (it was sent), "banka e bën transfertën nesër" (the bank makes it tomorrow), "po shkoj te
      // MoneyGram sot"; not "e dërgova katalogun".
      `(?:e\\s+)?(?:dërgova|dergova|dërguam|derguam|pagova|paguam)(?!\\s+${THINGS})|(?:e\\s+)?(?:bëra|bera|bëmë|beme)\\s+(?:transfert\\p{L}*|pages\\p{L}*)|u\\s+(?:dërgua|dergua|pagua|transferua|krye)(?!\\s+${THINGS})` +
        '|(?:ja|këtu\\s+është|ketu\\s+eshte)\\s+(?:konfirmim\\p{L}*|fatur\\p{L}*|mandat\\p{L}*|screenshot\\p{L}*|fleta|foto\\s+e\\s+(?:mandatit|fletës|fletes))|(?:e\\s+)?b[ëe]n\\s+transfert\\p{L}*|po\\s+shkoj\\s+(?:te|tek|në|ne)\\s+\\S+\\s+(?:sot|nesër|neser)',
    ],
    phrases: [
      // Khmer "ផ្ទេរហើយ" (transferred), "បង់រួច" (paid), "ផ្ទេរ $35 ទៅ Wing ហើយ", "ល្ងាចនេះខ្ញុំផ្ទេរ ACLEDA ទៅ" (this
      // evening I transfer), "នេះ screenshot" (here's the screenshot), "នេះវិក្កយបត្រ" (here's the receipt).
      'ផ្ទេរហើយ|បង់[^។\\n]{0,12}?ហើយ|ផ្ទេររួច|បង់រួច|ផ្ញើលុយហើយ|ខ្ញុំផ្ទេរ|ខ្ញុំនឹងផ្ទេរ|ខ្ញុំនឹងបង់|ផ្ទេរ[^។\\n]{0,20}?ទៅ|នេះ\\s*(?:screenshot|slip|វិក្កយបត្រ|បង្កាន់ដៃ)',
    ],
  },
  asksWhere: {
    words: [
      // Lithuanian "atsiųskit duomenis" (send the details), "Atsiųskite banko rekvizitus", "siųsk Wise duomenis", "į
      // kokią sąskaitą?", "kam pervesti?".
      '(?:atsiųskit\\p{L}*|atsiuskit\\p{L}*|atsiųsk|atsiusk|siųsk|siusk|siųskite|siuskite|duokite|parašykite|parasykite)\\s+(?:man\\s+)?(?:\\S+\\s+)?(?:duomen\\p{L}*|rekvizit\\p{L}*|iban\\p{L}*|s[ąa]skait\\p{L}*|numer\\p{L}*|adres\\p{L}*|vard\\p{L}*)' +
        '|(?:į|i)\\s+(?:kokią|kokia|kurią|kuria)\\s+s[ąa]skait\\p{L}*|kam\\s+(?:pervesti|mokėti|moketi|siųsti|siusti)|kiek\\s+(?:pervesti|mokėti|moketi)',
      // Latvian "sūtiet rekvizītus", "atsūtiet IBAN", "uz kuru kontu?", "kam pārskaitīt?", "cik pārskaitīt?".
      '(?:sūtiet|sutiet|atsūtiet|atsutiet|sūti|suti|atsūti|atsuti|iedodiet|dodiet)\\s+(?:man\\s+)?(?:\\S+\\s+)?(?:rekvizīt\\p{L}*|rekvizit\\p{L}*|iban\\p{L}*|kont\\p{L}*|datus|numur\\p{L}*|adres\\p{L}*|vārd\\p{L}*|vard\\p{L}*)' +
        '|uz\\s+(?:kuru|kādu|kadu)\\s+kontu|kam\\s+(?:pārskaitīt|parskaitit|maksāt|maksat)|cik\\s+(?:pārskaitīt|parskaitit|maksāt|maksat)',
      // Albanian "më jep emrin dhe qytetin" (give me the name and the city), "dërgo të dhënat" (send the details), "në
      // cilën llogari?", "Si e kontaktoj?" (how do I reach him?, to pay him).
      '(?:më|me)\\s+(?:jep|jepni|dërgo|dergo|dërgoni|dergoni)\\s+(?:\\S+\\s+)?(?:emr\\p{L}*|iban\\p{L}*|llogari\\p{L}*|t[ëe]\\s+dh[ëe]nat|numr\\p{L}*|adres\\p{L}*)' +
        '|(?:dërgo|dergo|dërgoni|dergoni)\\s+(?:\\S+\\s+)?(?:t[ëe]\\s+dh[ëe]nat|iban\\p{L}*|llogarin\\p{L}*)|(?:n[ëe]|ne)\\s+(?:cil[ëe]n|ciln)\\s+llogari|sa\\s+(?:t[ëe]|te)\\s+(?:dërgoj|dergoj|paguaj)|si\\s+e\\s+kontaktoj',
    ],
    phrases: [
      // Khmer "ABA ឈ្មោះអ្នកណា?" (in whose name?), "ផ្ញើលេខគណនីមកមើល" (send the account number), "គណនីណា?".
      'ឈ្មោះអ្នកណា|ឈ្មោះអ្វី|លេខគណនី|ផ្ញើលេខ|គណនីណា|ផ្ទេរទៅណា|បង់ទៅណា|ផ្ញើ\\s*(?:wallet|address|account|qr)',
    ],
  },
  pointsAt: {
    words: [
      '(?:ta\\s+pačia|ta\\s+pacia|tą\\s+pačią|ta\\s+pati)\\s+s[ąa]skait\\p{L}*|kaip\\s+(?:ir\\s+)?praeitą\\s+kartą|kaip\\s+(?:ir\\s+)?praeita\\s+karta',
      '(?:to\\s+pašu|to\\s+pasu|tas\\s+pats)\\s+kont\\p{L}*|(?:kā|ka)\\s+iepriekš|(?:kā|ka)\\s+ieprieks|uz\\s+(?:revolut|wise)\\s+@',
      '(?:t[ëe]\\s+nj[ëe]jt[ëe]n|e\\s+nj[ëe]jta)\\s+llogari\\p{L}*|si\\s+her[ëe]n\\s+e\\s+kaluar|takohemi',
    ],
    phrases: ['គណនីដដែល|ដូចលើកមុន|គណនីមុន'],
  },
  toPay: {
    words: [
      'perved\\p{L}*|perves\\p{L}*|mok[ėe]\\p{L}*|sumok\\p{L}*|avans\\p{L}*',
      'p[āa]rskait\\p{L}*|maks\\p{L}*|samaks\\p{L}*|avans\\p{L}*|depozīt\\p{L}*',
      'pagu\\p{L}*|pages\\p{L}*|transfert\\p{L}*|d[ëe]rgo\\p{L}*|depozit\\p{L}*',
    ],
    phrases: ['ផ្ទេរ|បង់|ប្រាក់|លុយ|កក់'],
  },
  backToTheOrder: {
    words: [
      // Lithuanian "Moku tik per Trade Assurance" (I pay only via TA), "per Alibaba užsakymą", "nemokėsiu".
      '(?:tik|tiktai)\\s+per\\s+(?:alibab\\p{L}*|trade\\s+assurance|užsakym\\p{L}*|uzsakym\\p{L}*)|per\\s+(?:alibab\\p{L}*\\s+)?(?:užsakym\\p{L}*|uzsakym\\p{L}*|order\\s+puslap\\p{L}*)|nemokėsiu|nemokesiu|nemokėsime|nemokesime',
      // Latvian "Maksāsim tikai caur Alibaba pasūtījumu", "caur pasūtījumu", "nemaksāšu".
      '(?:tikai\\s+)?caur\\s+(?:alibab\\p{L}*\\s+)?(?:pasūtījum\\p{L}*|pasutijum\\p{L}*|trade\\s+assurance)|tikai\\s+caur\\s+alibab\\p{L}*|nemaksāšu|nemaksasu|nemaksāsim|nemaksasim',
      // Albanian "vetëm me Trade Assurance", "pagesë në porosi" (payment in the order), "nuk paguaj".
      '(?:vet[ëe]m|veç|vec)\\s+(?:me|p[ëe]rmes|nëp[ëe]rmjet|nepermjet|n[ëe])\\s+(?:alibab\\p{L}*|trade\\s+assurance|porosi\\p{L}*)|(?:n[ëe]|ne|nga|te)\\s+porosi\\p{L}*|nuk\\s+(?:do\\s+t[ëe]\\s+)?(?:paguaj|paguajm[ëe]|d[ëe]rgoj)',
    ],
    phrases: [
      // Khmer "ខ្ញុំបង់តែលើ Trade Assurance order" (I pay only on the TA order), "តាម order Alibaba", "មិនបង់ទេ".
      '(?:តាម|លើ|ក្នុង)\\s*(?:trade\\s*assurance|order\\s*alibaba|alibaba\\s*order|order)|(?<!បើ)មិន(?:បង់|ផ្ទេរ)ទេ|ខ្ញុំមិន(?:បង់|ផ្ទេរ)',
    ],
  },
  vouches: {
    words: [
      '(?:tai\\s+)?(?:saugu|normalu|patikima)(?!\\s*\\?)|(?:daug|visi)\\s+(?:mūsų\\s+|musu\\s+)?klient\\p{L}*\\s+(?:\\S+\\s+)?(?:taip|moka)|nesijaudinkite',
      '(?:tas\\s+ir\\s+)?(?:droši|drosi|normāli|normali)(?!\\s*\\?)|(?:daudzi|visi)\\s+(?:mūsu\\s+|musu\\s+)?klient\\p{L}*\\s+(?:tā|ta)\\s+(?:maksā|maksa|dara)|neuztraucieties',
      '(?:[ëe]sht[ëe]\\s+)?(?:e\\s+sigurt|i\\s+sigurt)\\s+100|shum[ëe]\\s+klient\\p{L}*\\s+(?:\\S+\\s+)?paguajn[ëe]\\s+(?:k[ëe]shtu|ashtu)|mos\\s+u\\s+(?:shqet[ëe]soni|merakosni)',
    ],
    phrases: [
      // Khmer "សុវត្ថិភាព 100%", "យើងធ្វើជាមួយភ្ញៀវខ្មែរច្រើនហើយ" (we've done it with many Khmer customers), "គាត់ជា …
      // របស់យើង" (he is our …), "កុំបារម្ភ" (don't worry).
      'សុវត្ថិភាព\\s*100|ភ្ញៀវ[^។\\n]{0,15}?ច្រើន|កុំបារម្ភ|គាត់ជា[^។\\n]{0,30}?របស់យើង',
    ],
  },
  doubts: {
    words: [
      'kodėl|kodel|keist\\p{L}*|saugu|normalu|tikrai|sukčiav\\p{L}*|sukciav\\p{L}*',
      'kāpēc|kapec|dīvain\\p{L}*|divain\\p{L}*|drošs|dross|droši|drosi|krāpšan\\p{L}*|krapsan\\p{L}*|tiešām|tiesam',
      'pse|përse|perse|e\\s+sigurt|mashtrim\\p{L}*|vërtet|vertet|e\\s+[çc]uditshme',
    ],
    phrases: ['ហេតុអី|ហេតុអ្វី|ចម្លែក|បោក|ពិតមែនទេ'],
  },
  namesTheOrder: {
    words: ['užsakym\\p{L}*|uzsakym\\p{L}*', 'pasūtījum\\p{L}*|pasutijum\\p{L}*', 'porosi\\p{L}*'],
    phrases: ['(?:លើ|តាម|ក្នុង)\\s*(?:order|alibaba|trade\\s*assurance)'],
  },
};
