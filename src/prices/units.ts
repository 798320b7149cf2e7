/**
 * Units of sale, folded so that "Pieces", "pcs" and "piece" compare as one.
 * Only units that mean the same amount are folded together: a "set" and a
 * "piece" never are, nor a "pack" and a "piece" (a pack holds an unknown count).
 */
const SYNONYMS: Record<string, string> = {
  piece: 'piece',
  pc: 'piece',
  pcs: 'piece',
  unit: 'piece',
  item: 'piece',
  set: 'set',
  pair: 'pair',
  pr: 'pair',
  bag: 'bag',
  box: 'box',
  carton: 'carton',
  ctn: 'carton',
  roll: 'roll',
  sheet: 'sheet',
  dozen: 'dozen',
  pack: 'pack',
  barrel: 'barrel',
  bottle: 'bottle',
  kilogram: 'kg',
  kg: 'kg',
  kilo: 'kg',
  gram: 'gram',
  g: 'gram',
  ton: 'ton',
  tonne: 'ton',
  'metric ton': 'ton',
  mt: 'ton',
  meter: 'meter',
  metre: 'meter',
  m: 'meter',
  'square meter': 'square meter',
  'square metre': 'square meter',
  sqm: 'square meter',
  'sq meter': 'square meter',
  'cubic meter': 'cubic meter',
  'cubic metre': 'cubic meter',
  cbm: 'cubic meter',
  liter: 'liter',
  litre: 'liter',
  l: 'liter',
  yard: 'yard',
  foot: 'foot',
  feet: 'foot',
  gallon: 'gallon',
};

/**
 * The unit a price is per, in one spelling; null when there is none.
 * Unknown units are kept (singular, lower case), so two listings sold by the
 * same unknown unit still compare.
 */
export function canonicalUnit(text: string | null | undefined): string | null {
  if (!text) return null;
  // A page sells by a handful of units: each spelling is folded once.
  const known = folded.get(text);
  if (known !== undefined) return known;
  const unit = foldUnit(text);
  if (folded.size >= 1_000) folded.clear();
  folded.set(text, unit);
  return unit;
}

const folded = new Map<string, string | null>();

function foldUnit(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'per');
  if (words.length === 0) return null;
  const phrase = words.slice(0, 2).map(singular).join(' ');
  if (words.length > 1 && SYNONYMS[phrase]) return SYNONYMS[phrase];
  const first = singular(words[0] as string);
  return SYNONYMS[first] ?? first;
}

function singular(word: string): string {
  if (word in SYNONYMS) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:box|x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 2) return word.slice(0, -1);
  return word;
}
