import { z } from 'zod';

export const SeveritySchema = z.enum(['info', 'warning', 'danger']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LevelSchema = z.enum(['low', 'medium', 'high', 'unknown']);
export type Level = z.infer<typeof LevelSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  /** good: a reassuring signal; concern: adds risk. */
  tone: z.enum(['good', 'concern']),
  message: z.string(),
  evidence: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const AssessmentSchema = z.object({
  risk: z.number().min(0).max(100).nullable(),
  level: LevelSchema,
  findings: z.array(FindingSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
