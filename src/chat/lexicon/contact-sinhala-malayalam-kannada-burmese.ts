import type { Cue } from './cue';

/** Moving the talk off the platform in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const CONTACT_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [];
