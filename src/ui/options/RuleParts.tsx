/** The parts every fieldset of the rules form ends with: its reset button and its problems. */

export function ResetButton(props: { what: string; isDefault: boolean; onReset(): void }) {
  return (
    <button
      type="button"
      class="options__secondary"
      disabled={props.isDefault}
      aria-label={`Reset ${props.what} to its defaults`}
      onClick={props.onReset}
    >
      Reset
    </button>
  );
}

/** Shown under the fields, tied to the fieldset by `id` (its aria-describedby). */
export function FieldProblems(props: { id: string; problems: string[] }) {
  if (props.problems.length === 0) return null;
  return (
    <p id={props.id} class="options__error">
      {props.problems.join(' ')}
    </p>
  );
}
