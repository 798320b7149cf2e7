/**
 * An IBAN whose check digits hold (ISO 13616: the country and check digits moved to the end, letters read as 10–35,
 * the whole number leaves 1 when divided by 97). A random string of its shape passes one time in 97, so one that
 * passes is an account number even with no bank word before it.
 */
export function isCheckedIban(key: string): boolean {
  const iban = key.toUpperCase();
  // Only a country that uses IBANs opens one: "WG9725520274 for" (a part number and a word) can pass the check by chance.
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) || !IBAN_COUNTRY_SET.has(iban.slice(0, 2).toLowerCase()))
    return false;
  let remainder = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(char, 36);
    // Two-digit values (letters) shift the remainder by 100, one-digit values by 10.
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/** Countries whose banks use IBANs (the SWIFT IBAN registry), lower-case as normalised text is. */
const IBAN_COUNTRIES: readonly string[] = (
  'ad ae al at az ba be bg bh bi br by ch cr cy cz de dj dk do ee eg es fi fk fo fr gb ge gi gl gr gt hn hr hu ie il iq ' +
  'is it jo kw kz lb lc li lt lu lv ly mc md me mk mn mr mt mu ni nl no om pk pl ps pt qa ro rs ru sa sc sd se si sk sm ' +
  'so st sv tl tn tr ua va vg xk ye'
).split(' ');

const IBAN_COUNTRY_SET: ReadonlySet<string> = new Set(IBAN_COUNTRIES);

/** An IBAN's opening at the end of a text, from a country that uses IBANs: its letters, check digits and groups of four. */
const IBAN_START_AT_END = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IBAN_COUNTRIES.join('|')})\\d{2}(?:\\s?[a-z0-9]{4}){1,7}\\s?$`,
  'u',
);

/**
 * Whether `before` (normalised, lower-case text) ends inside an IBAN, whether its check digits hold or not: the digits
 * after "GB29 REVO " are the rest of an account number, not a phone number; after "model AB12 call " they may be one.
 */
export function endsInsideIban(before: string): boolean {
  return IBAN_START_AT_END.test(before);
}
