/** A labelled number input; the text stays as typed, the rules form checks it. */
export function NumberField(props: {
  label: string;
  value: string;
  step: string;
  min?: number;
  max?: number;
  invalid?: boolean;
  onInput(text: string): void;
}) {
  return (
    <label class="options__field">
      {props.label}
      <input
        type="number"
        inputMode="decimal"
        step={props.step}
        min={props.min}
        max={props.max}
        value={props.value}
        aria-invalid={props.invalid ? 'true' : undefined}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
      />
    </label>
  );
}
