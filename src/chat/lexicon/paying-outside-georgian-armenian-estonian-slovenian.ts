import type { Cue } from './cue';

/** Asking to pay outside the order in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [];
