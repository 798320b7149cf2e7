import { GOODS_CALLED_A_BANK } from './cue';

// Where "bank" names no account the money goes to: a building, a letter of credit's bank, goods, a row of things.

/** A bank as a place, not where money goes: "the new bank in the logistics park opened", "a new bank branch near our factory". */
export const NOT_A_BANK_BUILDING =
  '(?!\\s+(?:[^\\s,.;:!?]+\\s+){0,5}?(?:opened|opens|opening|building|near|nearby|next\\s+to|across\\s+(?:the|from)|down\\s+the\\s+(?:road|street))\\b)';

/** A letter of credit's banks, which pay or check documents for the buyer. */
export const LETTER_OF_CREDIT_BANKS = 'advising|negotiating|issuing|confirming|reimbursing';

/** A bank that is no account's: a letter of credit's ("the advising bank has changed"), or goods ("the power bank has been updated"). */
export const NOT_A_BANK_FOR_MONEY = `(?<!\\b(?:${LETTER_OF_CREDIT_BANKS}|${GOODS_CALLED_A_BANK})[\\s_-]+bank)`;

/** A row of things or a bank note, not a bank for money: "the bank of capacitors is replaced", "a new bank of LED lights", "the new bank of Pantone color chips", "old bank notes". */
export const NOT_A_BANK_OF_THINGS =
  '(?!\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}(?:led|lights?|lamps?|capacitors?|batteries|cells|elevators|lifts|switches|machines|monitors|screens|panels|servers|drawers|lockers|sterili[sz]ers|dryers|ovens|chargers|printers|laminators|pumps|heaters|looms|chips)\\b|\\s*-?notes?\\b)';
