import type { Cue } from './cue';

/** Moving the talk off the platform in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const CONTACT_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [];
