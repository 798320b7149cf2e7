import { z } from 'zod';
import { JudgeSettingsSchema } from '../judge/rule-settings';
import { MAX_TARGETS, StoredRatesSchema, TargetPriceSchema } from './market-settings';

/** A supplier the buyer has checked for themselves ("I have verified this supplier"). */
export const AllowedSupplierSchema = z.object({
  /** The shortlist's supplier key (see supplierKey). */
  key: z.string().min(3).max(200),
  name: z.string().max(300).nullable(),
  verifiedAt: z.number().int().min(0),
});
export type AllowedSupplier = z.infer<typeof AllowedSupplierSchema>;

export const MAX_ALLOWED = 2_000;

/**
 * One change to the stored settings, sent by an extension page to the
 * background, which alone writes them. Fields left out are kept as stored.
 * The allowlist changes one supplier at a time, so two pages open at once
 * can't write over each other's lists.
 */
export const SettingsChangeSchema = z.object({
  judge: JudgeSettingsSchema.optional(),
  targets: z.array(TargetPriceSchema).max(MAX_TARGETS).optional(),
  rates: StoredRatesSchema.optional(),
  /** One target price added, replacing the one for the same product words, currency and unit (from the shortlist). */
  addTarget: TargetPriceSchema.optional(),
  allow: AllowedSupplierSchema.optional(),
  disallow: z.string().min(3).max(200).optional(),
});
export type SettingsChange = z.infer<typeof SettingsChangeSchema>;
