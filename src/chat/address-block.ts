import { DELIVERY_CONTEXT } from './lexicon/contact-details';

/**
 * A phone number at the foot of a postal address written out over lines ("Ahmed Al Mansoori / Warehouse 14, Al Quoz
 * Industrial 3 / Dubai, UAE / Tel +971 4 338 2210"), given for the courier's label: no move off the platform.
 */

/** Words of the parcel the address is for (a supplier's office address with a phone number is still a number to call). */
const FOR_A_PARCEL =
  /\b(?:dhl|fedex|ups|tnt|aramex|sf\s+express|ems|samples?|muestras?|amostras?|[ée]chantillons?|campioni|numune)\b|寄到|收件人|样品|快递/u;
/** Asking to be written to or called on that number: then it is a contact after all. */
const ASKS_FOR_A_CALL = /\b(?:call|whats\s?app|wechat|telegram|viber|text|sms|message|contact)\b|微信|联系/u;
/** How far above the number an address block reaches. */
const BLOCK_REACH = 240;

export function endsAnAddressBlock(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  // The block's lines above the number's own line: no address on one line makes no block.
  if (lineStart === 0) return false;
  const ownLine = text.slice(lineStart, index);
  if (ownLine.length > 30 || ASKS_FOR_A_CALL.test(ownLine)) return false;
  const above = text.slice(Math.max(0, lineStart - BLOCK_REACH), lineStart);
  return (FOR_A_PARCEL.test(above) || DELIVERY_CONTEXT.test(above)) && !ASKS_FOR_A_CALL.test(above);
}
