import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay or confirm soon, in wordings probe 57 found among fit-out contractors and
 * their suppliers: the goods or the slot given to another buyer (also in Tagalog and Moroccan Darija), the price locked
 * only today, the shipping line releasing the space, the installers leaving the site. Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_IN_MORE_WORDINGS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    // "Only 2 hours left before factory gives your marble block to other buyer"; Tagalog "ibibigay na ng factory sa ibang
    // buyer yung production slot natin"; Darija "l'usine ghadi tbi3 zellige l client akhor" (the factory will sell the tiles to
    // another client).
    // Not a promise not to ("we never give your design to other buyers", "hindi namin ibibigay sa ibang buyer"): the refusals
    // that pressure cues don't read.
    '\\bbefore\\s+(?:the\\s+)?(?:factory|we|they|supplier|seller)\\s+gives?\\s+(?:your|the|our)\\s+(?:\\S+\\s+){0,3}?to\\s+(?:an?\\s+)?(?:other|another)\\s+(?:buyer|customer|client)\\b' +
      '|\\bibibigay\\s+na\\s+(?:ng\\s+\\S+\\s+)?sa\\s+ibang\\s+(?:buyer|customer|kliyente)\\b|\\bl\\s?client\\s+(?:akhor|akhur|ekhor)\\b',
    { anchors: ['before', 'ibibigay na', 'akhor', 'akhur', 'ekhor'] },
  ),
  cue(
    'a deadline with a penalty',
    // "Send the 30% by PayPal F&F today to lock the SPC flooring price"; Spanish "si no la naviera libera el espacio del
    // contenedor" (if not, the shipping line releases the container's space); "by tomorrow or installation team will leave site".
    '\\btoday\\s+to\\s+lock\\s+(?:the\\s+|your\\s+|this\\s+)?(?:\\S+\\s+){0,3}?price\\b' +
      '|\\bsi\\s+no\\s+(?:la\\s+naviera|el\\s+forwarder|la\\s+f[áa]brica|el\\s+agente)\\s+(?:libera|cancela|vende)\\b' +
      // "… to our Singapore account before Wednesday or the glass factory cut our slot".
      '|\\bor\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?factory\\s+(?:will\\s+)?(?:cuts?|cancels?|gives?\\s+away|releases?)\\s+(?:our|your|the)\\s+(?:production\\s+)?slot\\b' +
      '|\\bor\\s+(?:the\\s+|our\\s+)?(?:installation\\s+)?(?:team|workers|installers?)\\s+will\\s+(?:leave|pull\\s+out\\s+of)\\s+(?:the\\s+)?site\\b',
    { anchors: ['to lock', 'si no ', 'factory', 'team', 'workers', 'installer'] },
  ),
];
