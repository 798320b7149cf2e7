import type { Cue } from './cue';

/** Asking to pay outside the order in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const PAYING_OUTSIDE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [];
