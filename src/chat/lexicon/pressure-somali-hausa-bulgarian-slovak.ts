import type { Cue } from './cue';

/** Pressure to pay in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const PRESSURE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [];
