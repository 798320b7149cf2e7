// One locale-formatted number -> JS number. Grouping may be Western (1,234,567),
// Indian (1,09,988) or space/apostrophe; the decimal mark may be '.' or ','.

export type DecimalSeparator = '.' | ',';

// Spaces (incl. no-break/thin) and apostrophes only ever group digits.
const SPACE_GROUP = /(\d)['\u2019 \u00a0\u2009\u202f](?=\d{3}(?!\d))/g;
const SHAPE = /^\d+(?:[.,]\d+)*$/;

function validGroups(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1) return false;
  if (rest.length === 0) return true;
  if (first.length > 3) return false;
  const last = rest[rest.length - 1];
  const middle = rest.slice(0, -1);
  if (last === undefined || last.length !== 3) return false;
  // Western: all groups of 3. Indian: 2-digit groups before the final 3.
  return middle.every((g) => g.length === 3) || (first.length <= 2 && middle.every((g) => g.length === 2));
}

/** Which mark is the decimal one, or null when the text can't say on its own. */
export function inferDecimalSeparator(token: string): DecimalSeparator | null {
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  // A mark that repeats can only be grouping.
  if (token.indexOf('.') !== lastDot) return ',';
  if (token.indexOf(',') !== lastComma) return '.';
  return null;
}

function singleMark(
  token: string,
  mark: DecimalSeparator,
  hint: DecimalSeparator | undefined,
): DecimalSeparator {
  const [intPart = '', fracPart = ''] = token.split(mark);
  const couldGroup = fracPart.length === 3 && intPart.length <= 3 && !/^0+$/.test(intPart);
  if (!couldGroup) return mark;
  // Truly ambiguous ("1,234" / "1.234"): the hint decides; otherwise English reading,
  // where "," groups and "." is the decimal mark.
  return hint ?? '.';
}

/**
 * Parse one number such as "1,09,988.64", "1.234,56", "1 234,56" or "12.5".
 * Without a hint a lone "." is decimal ("1.234" -> 1.234) and a lone "," followed by
 * exactly three digits is grouping ("1,234" -> 1234, "1,5" -> 1.5). Returns null if malformed.
 */
export function parseLocaleNumber(text: string, decimalSeparator?: DecimalSeparator): number | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  let token = text.trim();
  const negative = token.startsWith('-');
  if (negative) token = token.slice(1);
  token = token.replace(SPACE_GROUP, '$1');
  if (!SHAPE.test(token)) return null;

  let decimal = inferDecimalSeparator(token);
  if (decimal === null) {
    const mark = token.includes('.') ? '.' : token.includes(',') ? ',' : null;
    decimal = mark === null ? '.' : singleMark(token, mark, decimalSeparator);
  }
  const group = decimal === '.' ? ',' : '.';
  const parts = token.split(decimal);
  if (parts.length > 2) return null;
  const [intPart = '', fracPart] = parts;
  if (!validGroups(intPart.split(group))) return null;
  if (fracPart !== undefined && (fracPart.length === 0 || fracPart.includes(group))) return null;

  const value = Number(`${intPart.split(group).join('')}${fracPart === undefined ? '' : `.${fracPart}`}`);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}
