import type { Cue } from './cue';

/** A new or changed receiving account in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const CHANGES_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [];
