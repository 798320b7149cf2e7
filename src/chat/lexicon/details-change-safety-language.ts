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
