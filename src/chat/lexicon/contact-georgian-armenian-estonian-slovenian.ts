import type { Cue } from './cue';

/** Moving the talk off the platform in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const CONTACT_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [];
