import { DELIVERY_CONTEXT } from './lexicon/contact-details';

/**
 * A phone number at the end of an address written out for a parcel ("Ahmed Al Mansoori / Warehouse 14, Al Quoz
 * Industrial 3 / Dubai, UAE / Tel +971 4 338 2210", "Receiver Chen Ming, mobile 139 …", "send the DHL to Van Dijk
 * Customs: …, tel +31 …"), given for the courier's label: no move off the platform.
 */

/**
 * Words of the parcel the address is for (a supplier's office address with a phone number is still a number to call); a
 * forwarder's warehouse: โกดัง (warehouse), 仓库, 泰国专线 (a forwarder's line to Thailand).
 */
const FOR_A_PARCEL =
  /\b(?:dhl|fedex|ups|tnt|aramex|sf\s+express|ems|samples?|muestras?|amostras?|[ée]chantillons?|campioni|numune|receiver|consignee|attn|c\/o)\b|(?<![\p{L}])đ[ịi]a\s+ch[ỉi]\s+giao|寄到|收件人|收货人|样品|快递|โกดัง|仓库|专线/u;
/**
 * A street line or part of an address: "2150 W Stassney Ln, Suite 104", "22-B Susan Road", "Rua Augusta, 1508", "Jl.
 * Raya Darmo No. 45", "ул. Малышева 51", "Лиговский пр. 50", "1234. Cad. No:18".
 */
const A_STREET_LINE =
  /(?:^|[\n,，])[^\n,，]{0,30}?(?:\b\d{1,5}(?:-?[a-z])?\s+(?:[\p{L}.]+\s+){0,4}?(?:st|street|ave|avenue|rd|road|ln|lane|blvd|way|dr|drive)\b|(?<![\p{L}])(?:rua|calle|av\.|avenida|rue|jl\.|jalan|via|ul\.|ул\.|улица|пр\.|пр-т|проспект|cad\.|caddesi|sok\.|sokak|mah\.|mahallesi)\s)/u;
/** Words after the number that say whom it is for: "(para o entregador)". */
const FOR_THE_COURIER_AFTER =
  /^[^\n]{0,40}?\b(?:entregador|repartidor|livreur|courier|driver|delivery|kurye)\b/u;

/** Asking to be written to or called on that number: then it is a contact after all (Thai ไลน์ LINE, โทรหา call, ทักมา write). */
const ASKS_FOR_A_CALL =
  /\b(?:call|whats\s?app|wechat|telegram|viber|text|sms|message|contact\s+(?:me|us|is|number)|new\s+contact|my\s+(?:number|phone|mobile|cell)|mera\s+(?:number|no|mobile)|baat)\b|微信|联系我|我的(?:电话|手机)|मेरा|बात|ไลน์|โทรหา|ทักมา/u;
/** How far before the number an address reaches. */
const ADDRESS_REACH = 240;

export function endsAnAddressBlock(text: string, index: number): boolean {
  // The number's own part of the address, since its line or its comma: "Tel ", "mobile ", "收件电话 ".
  const partStart =
    Math.max(
      text.lastIndexOf('\n', index - 1),
      text.lastIndexOf(',', index - 1),
      text.lastIndexOf('，', index - 1),
    ) + 1;
  if (partStart === 0) return false;
  const ownPart = text.slice(partStart, index);
  if (ownPart.length > 30 || ASKS_FOR_A_CALL.test(ownPart)) return false;
  const above = text.slice(Math.max(0, partStart - ADDRESS_REACH), partStart);
  const after = text.slice(index, index + 60);
  const forAParcel =
    FOR_A_PARCEL.test(above) ||
    DELIVERY_CONTEXT.test(above) ||
    FOR_THE_COURIER_AFTER.test(after) ||
    A_STREET_LINE.test(above);
  return forAParcel && !ASKS_FOR_A_CALL.test(above) && !ASKS_FOR_A_CALL.test(after);
}
