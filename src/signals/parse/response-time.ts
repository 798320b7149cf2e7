// Average reply time ("≤3h", "Within 24h", "≤30min") -> hours.
import { cleanText } from './clean-text';

const HOURS_PER_UNIT: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:h|hrs?|hours?|ч|час(?:а|ов)?|小时)$/, 1],
  [/^(?:m|mins?|minutes?|мин|分钟)$/, 1 / 60],
  [/^(?:d|days?|дн(?:я|ей)?|天)$/, 24],
];
const AMOUNT = /(\d{1,4}(?:[.,]\d+)?)\s*([a-zа-я\u4e00-\u9fff]+)?/i;
const MAX_HOURS = 24 * 365;

/**
 * Hours, else null. Bounds are read at face value ("≤3h" -> 3, ">24h" -> 24): the
 * marketplace only ever publishes a bucket edge. A number without a unit is null.
 */
export function parseResponseTimeHours(text: string): number | null {
  const match = AMOUNT.exec(cleanText(text));
  const unit = match?.[2]?.toLowerCase();
  if (match?.[1] === undefined || unit === undefined) return null;
  const perUnit = HOURS_PER_UNIT.find(([pattern]) => pattern.test(unit))?.[1];
  if (perUnit === undefined) return null;
  const hours = Number(match[1].replace(',', '.')) * perUnit;
  return Number.isFinite(hours) && hours > 0 && hours <= MAX_HOURS ? hours : null;
}
