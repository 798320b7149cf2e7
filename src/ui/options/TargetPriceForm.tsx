import { useState } from 'preact/hooks';
import type { TargetPrice } from '../../prices/observation';

/** Adds one target price; the form keeps what was typed when saving fails. */
export function TargetPriceForm({ onAdd }: { onAdd(target: TargetPrice): Promise<boolean> }) {
  const [product, setProduct] = useState('');
  const [price, setPrice] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [unit, setUnit] = useState('piece');
  const value = (setter: (text: string) => void) => (event: Event) =>
    setter((event.target as HTMLInputElement).value);
  const submit = async (event: Event) => {
    event.preventDefault();
    const added = await onAdd({
      product: product.trim(),
      price: Number(price),
      currency: currency.trim().toUpperCase(),
      unit: unit.trim().toLowerCase(),
    });
    if (added) {
      setProduct('');
      setPrice('');
    }
  };
  return (
    <form class="options__form" onSubmit={submit} data-testid="add-target">
      <label>
        Product words <input value={product} required placeholder="bubble sofa" onInput={value(setProduct)} />
      </label>
      <label>
        Price <input value={price} required inputMode="decimal" placeholder="250" onInput={value(setPrice)} />
      </label>
      <label>
        Currency <input value={currency} required maxLength={3} size={4} onInput={value(setCurrency)} />
      </label>
      <label>
        per <input value={unit} required size={8} onInput={value(setUnit)} />
      </label>
      <button type="submit">Add target</button>
    </form>
  );
}
