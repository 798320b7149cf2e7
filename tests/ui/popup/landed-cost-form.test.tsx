import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { SavedOffer } from '../../../src/shortlist/entry';
import { LandedCostForm } from '../../../src/ui/popup/entry/LandedCostForm';
import { choose, mount, popupRoot, typeInto } from './render';

const root = popupRoot();
const field = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const shown = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

const offer: SavedOffer = {
  productId: '1600123',
  title: 'LED panel 600×600',
  url: null,
  price: { min: 10, max: 12, currency: 'USD' },
  moq: { quantity: 500, unit: 'pieces' },
  unitPrice: { value: 10, currency: 'USD', unit: 'piece', quantity: 1_000 },
  savedAt: 0,
  landedCost: null,
};

async function show(shownOffer: SavedOffer = offer, currency = 'USD') {
  const apply = vi.fn(async () => true);
  await mount(root, <LandedCostForm offer={shownOffer} currency={currency} apply={apply} />);
  return apply;
}

function fill(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) typeInto(field(name), value);
}

/** The textbook example: $10 × 1,000, freight 2,000, insurance 150, duty 15% on goods, broker 300, other 500, contingency 5%. */
const TEXTBOOK = {
  freight: '2,000',
  insurance: '150',
  dutyPercent: '15',
  broker: '300',
  otherFees: '500',
  contingencyPercent: '5',
};

describe('the landed cost of a saved offer', () => {
  it("starts from the offer's unit price, at its price's quantity", async () => {
    await show();
    expect(field('unitPrice').value).toBe('10');
    expect(field('quantity').value).toBe('1000');
    expect(field('freight').value).toBe('0');
  });

  it('starts from the MOQ when the price names no quantity', async () => {
    await show({ ...offer, unitPrice: { ...offer.unitPrice!, quantity: null } });
    expect(field('quantity').value).toBe('500');
  });

  it('totals the textbook example as the buyer types', async () => {
    await show();
    fill(TEXTBOOK);
    expect(shown('landed-total')).toBe('$15,172.50');
    expect(shown('landed-per-unit')).toBe('$15.17');
  });

  it('charges duty on goods, freight and insurance when CIF is chosen', async () => {
    await show();
    fill(TEXTBOOK);
    choose(root.querySelector<HTMLSelectElement>('[name="dutyBase"]')!, 'cif');
    // Duty 15% of 12,150 = 1,822.50; subtotal 14,772.50; + 5% = 15,511.125.
    expect(shown('landed-total')).toBe('$15,511.13');
  });

  it("writes amounts in the offer's currency", async () => {
    await show({ ...offer, unitPrice: { ...offer.unitPrice!, currency: 'EUR' } }, 'EUR');
    fill(TEXTBOOK);
    expect(shown('landed-total')).toBe('€15,172.50');
    expect(root.textContent).toContain('Freight (EUR)');
  });

  it('saves the inputs as numbers', async () => {
    const apply = await show();
    fill(TEXTBOOK);
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(apply).toHaveBeenCalledWith(
      {
        kind: 'landed-cost',
        productId: '1600123',
        inputs: {
          quantity: 1_000,
          unitPrice: 10,
          freight: 2_000,
          insurance: 150,
          dutyPercent: 15,
          dutyBase: 'goods',
          broker: 300,
          otherFees: 500,
          contingencyPercent: 5,
        },
      },
      'Landed cost saved.',
    );
  });

  it('says what to fix, and saves nothing, when a value is missing or wrong', async () => {
    const apply = await show();
    typeInto(field('quantity'), '');
    expect(shown('landed-total')).toBeNull();
    expect(shown('landed-result')).toBe('Quantity: enter a number.');
    typeInto(field('quantity'), '100');
    typeInto(field('freight'), 'lots');
    expect(shown('landed-result')).toContain('Freight: “lots” is not a number.');
    typeInto(field('freight'), '-5');
    expect(shown('landed-result')).toContain('Freight: must be 0 or more');
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(apply).not.toHaveBeenCalled();
  });

  it('reopens with the inputs last saved, and can clear them', async () => {
    const saved = {
      quantity: 200,
      unitPrice: 9.5,
      freight: 100,
      insurance: 0,
      dutyPercent: 4,
      dutyBase: 'cif' as const,
      broker: 0,
      otherFees: 0,
      contingencyPercent: 0,
    };
    const apply = await show({ ...offer, landedCost: saved });
    expect(field('quantity').value).toBe('200');
    expect(root.querySelector<HTMLSelectElement>('[name="dutyBase"]')!.value).toBe('cif');
    const clear = Array.from(root.querySelectorAll('button')).find(
      (button) => button.textContent === 'Clear',
    );
    act(() => clear!.click());
    expect(apply).toHaveBeenCalledWith(
      { kind: 'landed-cost', productId: '1600123', inputs: null },
      'Landed cost cleared.',
    );
    expect(field('quantity').value).toBe('1000');
  });
});
