import type { Cue } from './cue';

/** Moving the talk off the platform in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const CONTACT_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [];
