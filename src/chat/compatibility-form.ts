/**
 * Text in Unicode's compatibility form (NFKC: full-width "Ｗestern" as
 * "Western", ligatures and circled digits as plain ones), except Thai's and
 * Lao's vowel "am" (ำ, ຳ): NFKC splits it in two, and every Thai or Lao word
 * holding it (ชำระ "pay", มัดจำ "deposit") would then no longer read as written.
 * Arabic-Indic and Persian digits (٠١٢, ۰۱۲), which NFKC keeps, read as 0–9: a phone number is the same number in
 * either.
 */
export function compatibilityForm(text: string): string {
  const folded = asciiDigits(text.normalize('NFKC'));
  if (!folded.includes('\u0e4d\u0e32') && !folded.includes('\u0ecd\u0eb2')) return folded;
  return folded.replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\u0ecd\u0eb2/g, '\u0eb3');
}

const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const EASTERN_DIGITS = new RegExp(EASTERN_DIGIT.source, 'g');
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

function asciiDigits(text: string): string {
  if (!EASTERN_DIGIT.test(text)) return text;
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}
