import type { Cue } from './cue';

/** Pressure to pay in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const PRESSURE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [];
