import { cue } from './cue';

/**
 * The account changed, in the words of people who took over a supplier's account or pose as its finance team (probe 63):
 * the order's own account "not ours anymore", the beneficiary on the PI that "should read" another company, all payments
 * from a date going to a "payment collection company"; Polish "nowa faktura z aktualnym numerem konta", French
 * "changement de banque" and "non plus sur celui de la facture d'origine", Italian "nuovo beneficiario", "intestatario
 * diverso", "non è più valido", and Portuguese "a conta que está no PI antigo foi encerrada". Part of DETAILS_CHANGE,
 * through OTHER_ACCOUNTS.
 */
export const CHANGES_BY_IMPOSTORS = cue(
  'a changed receiving account',
  '\\b(?:is|are)\\s+not\\s+ours\\s+any\\s?more\\b' +
    '|\\b(?:beneficiary\\s+on|beneficiary\\s+in)\\s+(?:the\\s+)?(?:pi|invoice|proforma)\\b[^!?]{0,20}?\\bshould\\s+(?:read|be)\\b' +
    '|\\ball\\s+payments?\\s+(?:from|starting|after|since)\\s+(?:\\S+\\s+){0,3}?(?:should|will|must|shall)\\s+(?:go\\s+to|be\\s+made\\s+to|be\\s+sent\\s+to)\\b|\\bpayment\\s+collection\\s+(?:company|agent|entity)\\b' +
    '|\\b(?:aktualnym\\s+numerem\\s+konta|nowym\\s+numerem\\s+konta)\\b' +
    '|\\bchangement\\s+de\\s+(?:banque|compte|rib|coordonn[ée]es\\s+bancaires)\\b|\\bnon\\s+plus\\s+sur\\s+(?:celui|le\\s+compte)\\s+(?:de|du)\\b' +
    '|\\bnuovo\\s+beneficiario\\b|\\bintestatario\\s+diverso\\b|\\bconto\\s+(?:\\S+\\s+){0,4}?non\\s+[èe]\\s+pi[ùu]\\s+valido\\b' +
    '|\\ba\\s+conta\\s+(?:\\S+\\s+){0,5}?foi\\s+(?:encerrada|bloqueada|fechada|congelada|cancelada|suspensa)\\b',
  {
    // Statements of their own: "não usa os dados da última PI, a conta … foi encerrada" is not a refused list.
    instruction: true,
    anchors: [
      'not ours',
      'beneficiary on',
      'beneficiary in',
      'all payment',
      'payment collection',
      'numerem konta',
      'changement de',
      'non plus sur',
      'nuovo beneficiario',
      'intestatario diverso',
      'non è più valido',
      'non e più valido',
      'non è piu valido',
      'non e piu valido',
      // With its space: "a container", "a contact" are not it.
      'a conta ',
    ],
  },
);
