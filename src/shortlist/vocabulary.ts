/**
 * The shortlist's fixed words and limits, without the schemas (entry.ts
 * builds them from these and re-exports them), so the popup can show and
 * bound entries without loading zod.
 */

/** The vetting steps sourcing guides ask for, in the order a buyer usually does them. */
export const CHECKLIST_ITEMS = [
  'business-licence',
  'verification-report',
  'sample-evaluated',
  'inspection-booked',
  'certificates-verified',
  'video-tour',
  'trade-assurance-only',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const CHECKLIST_LABEL: Record<ChecklistItem, string> = {
  'business-licence': 'Business licence checked',
  'verification-report': 'Verification report read',
  'sample-evaluated': 'Sample ordered and evaluated',
  'inspection-booked': 'Third-party inspection booked',
  'certificates-verified': 'Certificates verified with the issuer',
  'video-tour': 'Video factory tour',
  'trade-assurance-only': 'Payment only through Trade Assurance',
};

/** The newest visits kept per entry; older ones are dropped first. */
export const MAX_VISITS = 50;
export const MAX_OFFERS = 50;
export const MAX_TAGS = 20;
export const MAX_NOTES = 10_000;
