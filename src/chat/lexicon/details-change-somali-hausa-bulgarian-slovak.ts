import { cue, type Cue } from './cue';

/** A new or changed receiving account in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const CHANGES_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [
  cue(
    'a new account to pay to',
    // Somali "account cusub" / "xisaab cusub" (a new account); Hausa "sabon account" / "sabon asusu"; Bulgarian "новата
    // сметка", "нова сметка", Latin "novata smetka"; Slovak "nový účet", "nové číslo účtu", "nový IBAN".
    '(?<![\\p{L}])(?:account|akoon|xisaab)\\p{L}*(?:-\\p{L}+)?\\s+cusub|(?<![\\p{L}])(?:sabon|sabuwar)\\s+(?:account|akant|asusu\\p{L}*|banki)' +
      '|(?<![\\p{L}])(?:нова|новата)\\s+(?:банкова\\s+)?сметка(?![\\p{L}])|(?<![\\p{L}])(?:nova|novata)\\s+(?:bankova\\s+)?smetka(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:nov[ýy]|nov[ée]ho|nov[ée])\\s+(?:[úu][čc]et|[úu][čc]tu|iban|[čc][íi]slo\\s+[úu][čc]tu)(?![\\p{L}])',
    {
      anchors: [
        'cusub',
        'sabon',
        'sabuwar',
        'нова',
        'nova',
        'nový',
        'novy',
        'nového',
        'noveho',
        'nové',
        'nove',
      ],
    },
  ),
  cue(
    'the company account said to be blocked or changed',
    // Somali "xisaabtii hore waa la xiray" (the old account was closed); Hausa "an rufe account din mu" (our account
    // was closed); Bulgarian "сметката ни е под одит / блокирана / сменена", Latin "smetkata ni e pod odit"; Slovak
    // "náš účet je v audite / zablokovaný" (Czech's cue reads "zablokovaný" already).
    '(?<![\\p{L}])(?:xisaab|account|akoon)\\p{L}*(?:-\\p{L}+)?\\s+(?:\\S+\\s+)?(?:waa\\s+la\\s+(?:xiray|joojiyay|xannibay)|la\\s+xiray|xiran)' +
      '|(?<![\\p{L}])(?:an\\s+rufe|an\\s+kulle|an\\s+dakatar\\s+da)\\s+(?:account|akant|asusu)\\p{L}*' +
      '|(?<![\\p{L}])(?:сметката|сметка)\\s+(?:\\S+\\s+)?(?:ни\\s+|ви\\s+)?(?:е|беше)\\s+(?:временно\\s+)?(?:под\\s+одит|под\\s+проверка|блокирана|замразена|сменена|променена|закрита)' +
      '|(?<![\\p{L}])smetkata\\s+(?:\\S+\\s+)?(?:ni\\s+|vi\\s+)?(?:e|beshe)\\s+(?:vremenno\\s+)?(?:pod\\s+odit|pod\\s+proverka|blokirana|zamrazena|smenena|promenena|zakrita)' +
      '|(?<![\\p{L}])(?:n[áa][šs]|firemn[ýy]|p[ôo]vodn[ýy]|star[ýy])\\s+[úu][čc]et\\s+(?:je\\s+)?(?:teraz\\s+)?(?:v\\s+audite|pod\\s+auditom|zmenen[ýy]|zmrazen[ýy]|zru[šs]en[ýy])',
    {
      anchors: [
        'xiray',
        'joojiyay',
        'xannibay',
        'xiran',
        'an rufe',
        'an kulle',
        'an dakatar',
        'под одит',
        'под проверка',
        'блокирана',
        'замразена',
        'сменена',
        'променена',
        'закрита',
        'pod odit',
        'pod proverka',
        'blokirana',
        'zamrazena',
        'smenena',
        'promenena',
        'zakrita',
        'audite',
        'auditom',
        'zmenen',
        'zmrazen',
        'zrušen',
        'zrusen',
      ],
    },
  ),
];
