import { cue } from './cue';

/**
 * The account changed, in probe 72's wordings: Kinyarwanda "twahinduye konti" (we changed the account) and "konti
 * nshya" (a new account), Haitian "nou chanje kont bank lan" and "nouvo kont", Malagasy "niova ny kaonty" (the account
 * changed) and "kaonty vaovao", Swahili "tumebadilisha akaunti", Lingala "compte … ebongwani"; and "we now receive EUR
 * payments only through our subsidiary in Poland". Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_TENDERS_AND_LONG_LETTERS = cue(
  'a changed receiving account',
  '\\btwahinduye\\s+konti\\b|\\bkonti\\s+nshya\\b|\\bnou\\s+chanje\\s+kont\\b|\\bnouvo\\s+kont\\b|\\bniova\\s+ny\\s+kaonty\\b|\\bkaonty\\s+vaovao\\b' +
    '|\\btumebadilisha\\s+akaunti\\b|\\bcompte\\s+(?:\\S+\\s+){0,3}?ebongwani\\b' +
    '|\\breceive\\s+(?:\\S+\\s+){0,3}?payments?\\s+(?:only\\s+)?(?:through|via|to)\\s+our\\s+(?:\\S+\\s+)?(?:subsidiary|entity|affiliate|branch|sister\\s+company)\\b',
  {
    instruction: true,
    anchors: [
      'twahinduye konti',
      'konti nshya',
      'nou chanje kont',
      'nouvo kont',
      'niova ny kaonty',
      'kaonty vaovao',
      'tumebadilisha akaunti',
      'ebongwani',
      'receive',
    ],
  },
);
