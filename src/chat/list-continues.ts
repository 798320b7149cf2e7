/** When a refusal reaches back across a list: "we don't accept WU, MoneyGram, crypto or PayPal". */

/**
 * A clause that only continues a list ("MoneyGram, crypto or gift cards", "PayPal or any personal account", "WhatsApp,
 * Western Union or to a personal account", "… ou sur un compte personnel", "IRIS, Viva ή πληρωμές σε προσωπικούς λογαριασμούς")
 * lets a refusal reach across it.
 */
const LIST_CONTINUES =
  /^\s*$|\b(?:or|and|nor|ou|et|o|y|e|oder|of)(?:\s+(?:any|to|into|a|an|the|sur|par|un|une|le|la|les|des|à|el|los|las|una|um|uma|num|numa|em|na|no|por|en|auf|ein|eine|einen)){0,2}\s*$|[&/或和及]\s*$|(?<![\p{L}])(?:[ήη]|και|sau|ori|[șşs]i|або|чи|та|или|یا|و|বা|ও|এবং|או)(?:\s+(?:σε|στο|στον|στην|πληρωμ[έε]ς|μεταφορ[έε]ς|pe|[îi]n|pl[ăa][țţt]i|transferuri|на|в|у|платежі|платежи|перекази|переводы|به|پرداخت|העברות|תשלומים)){0,2}\s*(?<=\s)[לב]?$/u;

/**
 * A bare item between commas, "MoneyGram" in "we don't accept WU, MoneyGram, crypto or PayPal": the list runs on. In
 * writing without spaces (Chinese, Japanese, Thai) a whole clause looks like one word, so it is never a bare item.
 */
const A_BARE_ITEM = /^\s*(?:[\p{L}\p{N}&.'’-]{1,20}\s*){1,3}$/u;
const WRITTEN_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Words that make a clause more than an item: an instruction, a choice, a turn, or the order itself ("mat karo, TA, paytm pe bhejo"). */
const MORE_THAN_AN_ITEM =
  /\b(?:pay|use|send|transfer|only|pls|please|ok|okay|fine|but|instead|is|are|via|by|alibaba|ta|trade|assurance|platform|order)\b/u;

/** A clause a refusal reaches across: an "or" or "and" before the words, or, further back, a bare item of the list. */
export function continuesAList(clause: string, reached: boolean): boolean {
  return (
    LIST_CONTINUES.test(clause) ||
    (reached &&
      A_BARE_ITEM.test(clause) &&
      !WRITTEN_WITHOUT_SPACES.test(clause) &&
      !MORE_THAN_AN_ITEM.test(clause))
  );
}
