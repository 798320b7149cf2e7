// Minimum order text ("Min. order: 1,000 pieces", "MOQ:30 pieces", "Мин. заказ: 5 штук").
import { cleanText } from './clean-text';
import { parseLocaleNumber } from './number-format';

export interface ParsedMoq {
  quantity: number;
  unit: string | null;
}

const QUANTITY = /(?<![\d.,])(\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*)/u;
// Ladder tiers ("500-2,499 pieces", ">= 1000 pieces") describe price breaks, not the minimum.
const TIER_AFTER = /^\s*(?:-|–|—|~|to\s)\s*\d/i;
const TIER_BEFORE = /(?:>=|≥|>|<=|≤|<)\s*$/;
// A unit word is letters in any script, written as "not a digit, space or symbol": \p{L}'s
// Unicode tables cost about a millisecond to compile on every page a content script runs in.
const NOT_WORD = `\\s\\d.,:;!?()\\[\\]{}<>/\\\\"+*=%&#@$€£¥₹₫|~^\`_`;
const WORD = `[^${NOT_WORD}'-][^${NOT_WORD}]*`;
const UNIT = new RegExp(`^\\s*(${WORD})(?:\\s+(${WORD}))?`);
// Two-word units: keep "square meters", not "pieces per".
const UNIT_PREFIX = /^(?:square|cubic|metric|long|short|linear|running|sq|cu|twenty-foot|forty-foot)$/i;

/**
 * First quantity and the unit word after it. Null for ranges and ">=" tiers (price
 * ladders, not a minimum), zero, or text without a number.
 */
export function parseMoq(text: string): ParsedMoq | null {
  const clean = cleanText(text);
  const match = QUANTITY.exec(clean);
  if (match?.[1] === undefined) return null;
  const before = clean.slice(0, match.index);
  const after = clean.slice(match.index + match[1].length);
  if (TIER_BEFORE.test(before) || TIER_AFTER.test(after)) return null;
  const quantity = parseLocaleNumber(match[1]);
  if (quantity === null || !Number.isFinite(quantity) || quantity <= 0) return null;

  const unitMatch = UNIT.exec(after);
  let unit: string | null = null;
  if (unitMatch?.[1] !== undefined) {
    const [, first, second] = unitMatch;
    unit = (second !== undefined && UNIT_PREFIX.test(first) ? `${first} ${second}` : first).toLowerCase();
  }
  return { quantity, unit };
}
