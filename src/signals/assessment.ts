import { z } from 'zod';
import { BuyerMarkSchema } from './buyer';

export const SeveritySchema = z.enum(['info', 'warning', 'danger']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LevelSchema = z.enum(['low', 'medium', 'high', 'unknown']);
export type Level = z.infer<typeof LevelSchema>;

/** The numbers behind a price finding, for the price bar in the badge details. */
export const PriceCheckSchema = z.object({
  /** This offer's price per unit at its minimum order, and its lowest tier. */
  value: z.number().positive(),
  lowest: z.number().positive(),
  median: z.number().positive(),
  /** Median absolute deviation of the comparables (0 for a target). */
  spread: z.number().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  unit: z.string(),
  source: z.enum(['target', 'page', 'history']),
  /** Offers the benchmark was made from. */
  count: z.number().int().min(1),
  /** The target's product words, or the search of the history. */
  label: z.string().nullable(),
});
export type PriceCheck = z.infer<typeof PriceCheckSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  /** good: a reassuring signal; concern: adds risk. */
  tone: z.enum(['good', 'concern']),
  message: z.string(),
  evidence: z.string().optional(),
  priceCheck: PriceCheckSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const AssessmentSchema = z.object({
  risk: z.number().min(0).max(100).nullable(),
  level: LevelSchema,
  findings: z.array(FindingSchema),
  /** The buyer's own word on this supplier (shortlist, verified), when there is one. */
  buyer: BuyerMarkSchema.optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
