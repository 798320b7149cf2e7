import type { Cue } from './cue';

/** Pressure to pay in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const PRESSURE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [];
