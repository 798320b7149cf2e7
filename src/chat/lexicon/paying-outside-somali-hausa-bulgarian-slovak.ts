import type { Cue } from './cue';

/** Asking to pay outside the order in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const PAYING_OUTSIDE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [];
