import type { Cue } from './cue';

/** A new or changed receiving account in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const CHANGES_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [];
