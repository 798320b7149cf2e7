import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 88's cues in Khmer, Lithuanian, Latvian and Albanian, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const KHMER_LITHUANIAN_LATVIAN_ALBANIAN_CASES: ChatCase[] = [
  // Paying outside the order: to a person or a staff member, by Wing, straight into an account, a customs "release"
  // fee.
  { text: 'បងអាចផ្ទេរប្រាក់កក់តាម Wing ទៅបុគ្គលិកយើងនៅសៀមរាប ងាយជាង។', rules: [PAY] },
  { text: 'ប្រាក់កក់ សូមបង់លើ Trade Assurance order តែប៉ុណ្ណោះ កុំផ្ទេរតាម Wing។', rules: [] },
  { text: 'ទំនិញរបស់បងជាប់គយនៅកំពង់ផែ ត្រូវបង់ថ្លៃ $190 ទៅភ្នាក់ងារគយ ទើបបញ្ចេញបាន។', rules: [PAY] },
  { text: 'ទំនិញរបស់បងមកដល់កំពង់ផែហើយ ពន្ធគយបង់នៅការិយាល័យគយផ្ទាល់ មានវិក្កយបត្រ។', rules: [] },
  { text: 'Likutį prašome pervesti tiesiai į mūsų Honkongo įmonės sąskaitą, taip pigiau.', rules: [PAY] },
  { text: 'Likutį prašome sumokėti per Alibaba užsakymą, kaip ir avansą.', rules: [] },
  { text: 'Avansą galite pervesti į mūsų direktoriaus asmeninę sąskaitą Revolut.', rules: [PAY] },
  { text: 'Mes niekada nepriimame mokėjimų į asmeninę sąskaitą, tik per Trade Assurance.', rules: [] },
  { text: 'Atlikumu lūdzam pārskaitīt tieši uz mūsu kontu Igaunijā, ārpus Alibaba.', rules: [PAY] },
  { text: 'Mēs nekad nepieņemam maksājumus ārpus Alibaba, tikai caur pasūtījumu.', rules: [] },
  { text: 'Depozitën mund ta dërgoni direkt në llogarinë e menaxherit tonë, pa komision.', rules: [PAY] },
  { text: 'Nuk pranojmë pagesa në llogari personale, vetëm përmes porosisë në Alibaba.', rules: [] },
  { text: 'គណនី ABA: 002 118 903 ឈ្មោះ: KEO DAVY សូមផ្ទេរប្រាក់កក់ 30% ចូលគណនីនេះ។', rules: [PAY] },
  { text: 'ខ្ញុំផ្ទេរពី ABA ទៅគណនីដែលបង្ហាញលើ order page ហើយ upload slip រួចហើយ។', rules: [] },
  { text: 'Avansu lūdzu uz šo: konts 4471 0093 2285 1160, saņēmējs Wei Long.', rules: [PAY] },
  { text: 'Avansu maksājam uz kontu, kas redzams pasūtījuma maksājuma lapā.', rules: [] },
  // A new or changed account.
  { text: 'ក្រុមហ៊ុនយើងប្តូរគណនីហើយ សូមផ្ទេរ balance ទៅគណនីថ្មីនៅហុងកុង។', rules: [CHANGE] },
  { text: 'គណនីក្រុមហ៊ុនយើងមិនដែលប្តូរទេ សូមបង់លើ order ដដែល។', rules: [] },
  { text: 'Mūsų sąskaita šiuo metu audite, likutį pervesite į naują sąskaitą Lietuvoje.', rules: [CHANGE] },
  { text: 'Mūsų sąskaita nepasikeitė, likutį mokėkite per užsakymo puslapį.', rules: [] },
  { text: 'Mūsu konts ir bloķēts, lūdzu maksājiet uz jauno kontu Vācijā.', rules: [CHANGE] },
  { text: 'Mūsu konts nav mainījies, maksājiet pasūtījuma lapā kā parasti.', rules: [] },
  {
    text: 'Llogaria jonë është e bllokuar, mbetjen paguajeni në llogarinë tonë të re në Dubai.',
    rules: [CHANGE],
  },
  { text: 'Llogaria jonë nuk ka ndryshuar, mbetjen paguajeni në porosinë e Alibaba.', rules: [] },
  // Talk moved elsewhere.
  { text: 'បងមាន WhatsApp ទេ? ខ្ញុំផ្ញើរូបភាពរោងចក្រឲ្យ។', rules: [CONTACT] },
  { text: 'យើងឆាតនៅ Alibaba នេះបានហើយ ខ្ញុំផ្ញើរូបភាពរោងចក្រនៅទីនេះ។', rules: [] },
  { text: 'Parašykite man į WhatsApp, ten atsiųsiu katalogą.', rules: [CONTACT] },
  { text: 'WhatsApp nenaudojame, katalogą atsiųsiu čia, Alibaba pokalbyje.', rules: [] },
  { text: 'Lūdzu, rakstiet man uz Viber, tur nosūtīšu video no ceha.', rules: [CONTACT] },
  { text: 'Viber neizmantojam, video nosūtīšu šeit Alibaba čatā.', rules: [] },
  { text: 'Më shkruani në Viber, atje ju dërgoj katalogun.', rules: [CONTACT] },
  { text: 'Nuk përdorim Viber, katalogun jua dërgoj këtu në Alibaba.', rules: [] },
  // Pressure to pay: a deadline with a loss.
  { text: 'សូមផ្ទេរថ្ងៃនេះមុនម៉ោង 6 ល្ងាច ព្រោះស្អែកតម្លៃឡើង។', rules: [PRESSURE] },
  { text: 'បងបង់លើ order ពេលណាក៏បាន តម្លៃនេះនៅដដែលដល់ចុងខែ។', rules: [] },
  { text: 'Sumokėkite šiandien, rytoj kaina pakils dėl plieno.', rules: [PRESSURE] },
  { text: 'Sumokėkite, kai jums patogu, kaina galioja iki mėnesio pabaigos.', rules: [] },
  { text: 'Lūdzu samaksājiet šodien, citādi konteinera vieta tiks atdota citam.', rules: [PRESSURE] },
  { text: 'Samaksājiet, kad jums ērti, konteinera vieta ir apstiprināta.', rules: [] },
  { text: 'Ju lutem paguani sot, përndryshe humbasim vendin në anije.', rules: [PRESSURE] },
  { text: 'Paguani kur të keni mundësi, vendi në anije është i konfirmuar.', rules: [] },
];
