import type { Cue } from './cue';

/** A new or changed receiving account in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const CHANGES_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [];
