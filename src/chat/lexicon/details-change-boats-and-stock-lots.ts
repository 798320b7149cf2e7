import { cue } from './cue';

/**
 * The account changed, in wordings probe 65 found: "the bank in that PI is old one", Tagalog "bago na po ang bank
 * namin" (our bank is new now), Polish "konto firmowe jest zablokowane", Hausa "asusun kamfani yana da matsala" (the
 * company account has a problem), a beneficiary "now" another company. Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_BOATS_AND_STOCK_LOTS = cue(
  'a changed receiving account',
  '\\b(?:bank\\s+in|account\\s+in|bank\\s+on|account\\s+on)\\s+(?:that|the|this)\\s+pi\\s+is\\s+(?:the\\s+)?old\\b' +
    '|\\bbago\\s+na\\s+(?:po\\s+)?ang\\s+(?:bank|account)\\s+namin\\b|\\bkonto\\s+firmowe\\s+(?:jest\\s+)?(?:zablokowane|zamkni[ęe]te|zamro[żz]one)' +
    '|\\basusun\\s+kamfani\\s+(?:yana\\s+da\\s+matsala|an\\s+rufe)\\b|\\bbeneficiary\\s+(?:is\\s+)?now\\b',
  {
    instruction: true,
    anchors: [
      'bank in',
      'account in',
      'bank on',
      'account on',
      'bago na',
      'konto firmowe',
      'asusun kamfani',
      'beneficiary',
    ],
  },
);
