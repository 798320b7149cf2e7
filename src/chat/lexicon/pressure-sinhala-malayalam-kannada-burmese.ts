import type { Cue } from './cue';

/** Pressure to pay in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const PRESSURE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [];
