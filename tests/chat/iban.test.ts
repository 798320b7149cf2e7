import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCheckedIban } from '../../src/chat/iban';

// Example IBANs from the SWIFT IBAN registry's country pages.
const VALID = [
  'GB82WEST12345698765432',
  'DE89370400440532013000',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
];

describe('isCheckedIban', () => {
  it.each(VALID)('accepts %s, in either case', (iban) => {
    expect(isCheckedIban(iban)).toBe(true);
    expect(isCheckedIban(iban.toLowerCase())).toBe(true);
  });

  it.each([
    ['a check digit changed', 'GB83WEST12345698765432'],
    ['two digits swapped', 'DE89370400440532013030'],
    ['too short to be one', 'GB82WEST1234'],
    ['no country letters', '8282WEST12345698765432'],
    ['an order number', 'PO12345678901234'],
  ])('rejects %s: %s', (_why, text) => {
    expect(isCheckedIban(text)).toBe(false);
  });

  it('rejects every IBAN with one digit of its account number changed', () => {
    const valid = fc.constantFrom(...VALID);
    fc.assert(
      fc.property(valid, fc.nat(), fc.integer({ min: 1, max: 9 }), (iban, at, shift) => {
        const digits = [...iban].map((char, index) => (index >= 4 && /\d/.test(char) ? index : -1));
        const positions = digits.filter((index) => index >= 0);
        const index = positions[at % positions.length]!;
        const changed = String((Number(iban[index]) + shift) % 10);
        expect(isCheckedIban(iban.slice(0, index) + changed + iban.slice(index + 1))).toBe(false);
      }),
    );
  });
});
