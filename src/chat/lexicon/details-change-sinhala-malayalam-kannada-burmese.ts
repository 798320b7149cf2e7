import type { Cue } from './cue';

/** A new or changed receiving account in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const CHANGES_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [];
