import { parseCount } from '../../../signals/parse/rating';

export interface QuantityRange {
  min: number;
  max: number | null;
  unit: string | null;
}

/**
 * A price-ladder rung's quantity as the 2025 PDP prints it (product-dom-copy-2025.html):
 * "10 - 29 pieces", ">= 1000 pieces"; also "≥1,000 pieces" and "6-499 pieces".
 * Numbers go through parseCount; this only splits the rung into its parts.
 */
export function parseQuantityRange(text: string): QuantityRange | null {
  const match = /^\s*(>=|≥|>)?\s*([\d][\d.,\s]*?)\s*(?:[-–~]\s*([\d][\d.,]*))?\s*([^\d\s].*)?$/.exec(text);
  if (!match) return null;
  const [, open, low, high, unitText] = match;
  const lowCount = low === undefined ? null : parseCount(low);
  if (lowCount === null) return null;
  const min = open === '>' ? lowCount + 1 : lowCount;
  const max = high === undefined ? null : parseCount(high);
  if (max !== null && max < min) return null;
  const unit = unitText?.trim().toLowerCase() || null;
  return { min, max, unit };
}
