import { cue } from './cue';

/**
 * The account changed, in probe 74's scams that borrow the language of safety ("That message was not from us. Use our
 * Hong Kong account"): Portuguese "a conta da China está em auditoria" and "nossa conta de Hong Kong", Russian "на наш
 * гонконгский счёт" and "китайский банк больше не принимает платежи", "we opened a Dubai account for Middle East
 * customers". Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_IN_SAFETY_LANGUAGE = cue(
  'a changed receiving account',
  '\\bconta\\s+(?:da|de|do)\\s+\\S+\\s+(?:est[áa]\\s+)?em\\s+auditoria\\b|\\bnossa\\s+conta\\s+de\\s+hong\\s+kong\\b|\\bnossa\\s+conta\\s+em\\s+hong\\s+kong\\b' +
    '|(?<![\\p{L}])(?:гонконгск|дубайск|нов)\\p{L}*\\s+сч[её]т|банк\\s+больше\\s+не\\s+принимает' +
    '|\\bwe\\s+(?:have\\s+)?opened\\s+(?:a\\s+|an\\s+|our\\s+)?(?:new\\s+)?\\S+\\s+account\\s+for\\b',
  {
    instruction: true,
    anchors: [
      'em auditoria',
      'conta de hong kong',
      'conta em hong kong',
      'сч',
      'банк больше не принимает',
      'opened',
    ],
  },
);

/**
 * Paying to "this account instead" of the invoice's, after calling the invoice fake, in probe 74's languages: "veuillez
 * payer plutôt sur ce compte", "pague a esta cuenta en su lugar", "bunun yerine bu hesaba", "إلى هذا الحساب بدلاً منها",
 * "lipa kwa akaunti hii badala yake"; and the old one said to be gone or the new one the only real one: "la anterior ya
 * está cerrada", "a única conta verdadeira agora é a nova", "o banco mudou", "akaunti yetu halali pekee sasa ni hii
 * mpya", "the company bank is not using anymore". Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const INSTEAD_OF_THE_INVOICES_ACCOUNT = cue(
  'a different account from the one on the invoice or the order',
  '\\bplut[ôo]t\\s+sur\\s+ce\\s+compte\\b|\\ben\\s+su\\s+lugar\\b|\\bbunun\\s+yerine\\b|بدلاً\\s+منها|بدلا\\s+منها|\\bbadala\\s+yake\\b' +
    '|\\bla\\s+anterior\\s+ya\\s+est[áa]\\s+cerrada\\b|\\bconta\\s+verdadeira\\s+agora\\s+[ée]\\s+a\\s+nova\\b|\\bo\\s+banco\\s+mudou\\b' +
    '|\\bsasa\\s+ni\\s+hii\\s+mpya\\b|\\bcompany\\s+bank\\s+is\\s+not\\s+using\\s+any\\s?more\\b',
  {
    instruction: true,
    anchors: [
      'sur ce compte',
      'en su lugar',
      'bunun yerine',
      'بدلاً منها',
      'بدلا منها',
      'badala yake',
      'ya está cerrada',
      'ya esta cerrada',
      'agora é a nova',
      'agora e a nova',
      'o banco mudou',
      'ni hii mpya',
      'not using any',
    ],
  },
);
