/** The words of a deadline that DEADLINES_WITH_A_LOSS reads in English, kept apart so that file stays readable. */

/** The season's breaks, before or after which a payment is hurried: "before CNY", "after the holiday". */
const BREAKS = [
  'the holiday',
  'the holidays',
  'the weekend',
  'the break',
  'the festival',
  'new year',
  'the new year',
  'chinese new year',
  'the chinese new year',
  'cny',
  'spring festival',
  'the spring festival',
  'golden week',
  'national day',
  'christmas',
];
export const AROUND_A_BREAK = ['before', 'after'].flatMap((word) => BREAKS.map((name) => `${word} ${name}`));

/** Named cut-offs: "before the deadline", "before the bank close". */
export const CLOSINGS = [
  'before the deadline',
  'before the cut-off',
  'before the cutoff',
  'before we close',
  'before the factory close',
  'before the office close',
  'before the bank close',
];
