import type { Cue } from './cue';

/** Asking to pay outside the order in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const PAYING_OUTSIDE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [];
