import type { Cue } from './cue';

/** Asking to pay outside the order in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const PAYING_OUTSIDE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [];
