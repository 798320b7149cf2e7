import { cue } from './cue';

/** Indonesian "rekening perusahaan sedang diperbaiki" (the company account is being repaired), from probe 64. Part of DETAILS_CHANGE, through OTHER_ACCOUNTS. */
export const CHANGES_FROM_FURNITURE_AND_CHIPS = cue(
  'a changed receiving account',
  '\\brekening\\s+(?:perusahaan\\s+|kami\\s+)?(?:sedang\\s+)?(?:diperbaiki|bermasalah|diblokir|dibekukan)\\b',
  { anchors: ['rekening'] },
);
