import type { Cue } from './cue';

/** Moving the talk off the platform in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const CONTACT_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [];
