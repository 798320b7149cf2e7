import type { Cue } from './cue';

/** Moving the talk off the platform in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const CONTACT_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [];
