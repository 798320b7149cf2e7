import { cue, type Cue } from './cue';

/** A changed receiving account in Swahili, Dutch and Malay, as probe 83's chats announced it. Part of OTHER_ACCOUNTS. */
export const CHANGES_IN_SWAHILI_DUTCH_MALAY: readonly Cue[] = [
  cue(
    'a changed receiving account',
    // Dutch "Onze bankrekening in China wordt momenteel gecontroleerd (audit)", "onze rekening is geblokkeerd": the
    // account said to be stopped (not "onze rekening is geverifieerd").
    '\\b(?:bank)?rekening\\s+(?:\\S+\\s+){0,4}?wordt\\s+(?:\\S+\\s+){0,3}?(?:gecontroleerd|geaudit|onderzocht|geblokkeerd|bevroren|gesloten)' +
      '|\\b(?:bank)?rekening\\s+(?:\\S+\\s+){0,3}?(?:is|zijn|werd)\\s+(?:\\S+\\s+)?(?:geblokkeerd|bevroren|gesloten|opgeschort)',
    { anchors: ['rekening'] },
  ),
  cue(
    'a changed receiving account',
    // Dutch "Graag ook de volgende betalingen naar deze rekening in Hongkong", "alle toekomstige facturen naar de nieuwe
    // rekening": later payments moved to the account just given.
    '\\b(?:volgende|toekomstige|komende|alle)\\s+(?:betalingen|termijnen|facturen)\\s+(?:\\S+\\s+){0,2}?naar\\s+(?:deze|die|de\\s+nieuwe|onze\\s+nieuwe)\\s+rekening',
    { anchors: ['betalingen', 'termijnen', 'facturen'] },
  ),
  cue(
    'a changed receiving account',
    // Dutch "de tweede termijn … gaat naar de fabriek zelf, niet meer naar ons handelsbedrijf": the payee changed.
    '\\bniet\\s+meer\\s+(?:naar|aan|op)\\s+(?:ons|onze|de|het)\\s+(?:handelsbedrijf|handelsonderneming|rekening|bankrekening)' +
      '|\\b(?:termijn|betaling|restant|saldo)\\s*:?\\s+(?:\\S+\\s+){0,3}?(?:gaat|gaan)\\s+(?:nu\\s+)?naar\\s+de\\s+fabriek\\s+zelf',
    { anchors: ['niet meer', 'fabriek zelf'] },
  ),
  cue(
    'a changed receiving account',
    // Malay "Foshan Lianda Hardware Trading (syarikat bersekutu kami), Bank: …": an associated company's account.
    '(?:akaun|bank|a/c)[^.!?]{0,80}?\\b(?:syarikat\\s+bersekutu|syarikat\\s+sekutu)\\s+kami' +
      '|\\b(?:syarikat\\s+bersekutu|syarikat\\s+sekutu)\\s+kami[^.!?]{0,80}?(?:akaun|bank|a/c)',
    { anchors: ['syarikat bersekutu', 'syarikat sekutu'] },
  ),
];
