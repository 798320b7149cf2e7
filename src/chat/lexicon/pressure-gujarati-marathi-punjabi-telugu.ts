import type { Cue } from './cue';

/** Pressure to pay in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const PRESSURE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [];
