import type { Level } from '../signals/assessment';

export const LEVEL_LABEL: Record<Level, string> = {
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
  unknown: 'Risk unknown',
};

export const LEVEL_EXPLAINER: Record<Level, string> = {
  low: 'What this page shows looks like an established supplier.',
  medium: 'Some signals need checking before you order.',
  high: 'Several red flags: vet this supplier carefully before paying anything.',
  unknown: 'This page shows too little about the supplier to judge.',
};
