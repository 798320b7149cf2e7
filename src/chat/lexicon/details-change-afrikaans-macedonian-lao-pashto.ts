import type { Cue } from './cue';

/** A new or changed receiving account in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const CHANGES_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [];
