/**
 * Text in Unicode's compatibility form (NFKC: full-width "Ｗestern" as
 * "Western", ligatures and circled digits as plain ones), except Thai's and
 * Lao's vowel "am" (ำ, ຳ): NFKC splits it in two, and every Thai or Lao word
 * holding it (ชำระ "pay", มัดจำ "deposit") would then no longer read as written.
 */
export function compatibilityForm(text: string): string {
  const folded = text.normalize('NFKC');
  if (!folded.includes('\u0e4d\u0e32') && !folded.includes('\u0ecd\u0eb2')) return folded;
  return folded.replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\u0ecd\u0eb2/g, '\u0eb3');
}
