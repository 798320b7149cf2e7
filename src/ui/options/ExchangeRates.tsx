import { useState } from 'preact/hooks';
import { REFERENCE_RATES, type RateTable } from '../../prices/reference-rates';
import { parseRateLines } from '../../storage/market-settings';

/** The rates in use, editable as "EUR 0.86" lines with their date; bad lines are pointed out, not saved. */
export function ExchangeRates({
  rates,
  onSave,
}: {
  rates: RateTable;
  onSave(rates: unknown): Promise<boolean>;
}) {
  const lines = () =>
    Object.entries(rates.perUsd)
      .filter(([code]) => code !== 'USD')
      .map(([code, value]) => `${code} ${value}`)
      .join('\n');
  const [text, setText] = useState(lines);
  const [date, setDate] = useState(rates.date);
  const [bad, setBad] = useState<string[]>([]);
  const bundled = rates === REFERENCE_RATES || rates.date === REFERENCE_RATES.date;
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseRateLines(text);
    setBad(parsed.bad);
    if (parsed.bad.length > 0) return;
    await onSave({ date, perUsd: parsed.perUsd });
  };
  return (
    <section id="rates" data-testid="rates">
      <h2>Exchange rates</h2>
      <p class="options__help">
        Used only to compare offers shown in different currencies. Units of each currency per US dollar,{' '}
        {bundled
          ? `bundled with the extension (approximate rates of ${REFERENCE_RATES.date}): replace them with today's.`
          : `entered by you for ${rates.date}.`}
      </p>
      <form onSubmit={submit}>
        <label>
          Rates of (date){' '}
          <input
            type="date"
            value={date}
            required
            onInput={(e) => setDate((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="options__block">
          One per line, like "EUR 0.86"
          <textarea rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </label>
        {bad.length > 0 ? (
          <p class="options__error" role="alert">
            Not a currency code and a number above zero: {bad.join('; ')}
          </p>
        ) : null}
        <button type="submit">Save rates</button>
      </form>
    </section>
  );
}
