import type { Cue } from './cue';

/** A new or changed receiving account in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const CHANGES_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [];
