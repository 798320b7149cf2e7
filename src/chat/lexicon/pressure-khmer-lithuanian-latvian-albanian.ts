import type { Cue } from './cue';

/** Pressure to pay in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const PRESSURE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [];
