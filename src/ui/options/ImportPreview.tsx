import type { ImportPreview as Preview } from '../../shortlist/import';
import { countOutcomes, plural, rowOutcome, type RowOutcome } from './import-summary';

/** Rows listed at most; the counts cover the whole file. */
export const PREVIEW_ROWS = 200;

const OUTCOME_TEXT: Record<Exclude<RowOutcome, 'invalid'>, string> = {
  new: 'New',
  merge: 'Merges with the one on your shortlist',
};

/** What a chosen file would bring in, before anything is stored. */
export function ImportPreview(props: {
  fileName: string;
  preview: Preview;
  existingKeys: ReadonlySet<string>;
  busy: boolean;
  onImport(): void;
  onCancel(): void;
}) {
  const { preview } = props;
  const counts = countOutcomes(preview.rows, props.existingKeys);
  const valid = counts.new + counts.merge;
  return (
    <div class="options__preview" data-testid="import-preview">
      <h4>{props.fileName}</h4>
      {preview.problem !== null ? (
        <p class="options__error" role="alert" data-testid="import-problem">
          {preview.problem} Nothing can be imported from this file.
        </p>
      ) : (
        <>
          <p data-testid="import-counts">
            {plural(counts.new, 'new supplier')}, {plural(counts.merge, 'supplier')} already on your shortlist
            (merged: nothing you have is lost), {plural(counts.invalid, 'invalid row')} (left out).
          </p>
          <table class="options__table">
            <thead>
              <tr>
                <th>Row</th>
                <th>Supplier</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, PREVIEW_ROWS).map((row) => {
                const outcome = rowOutcome(row, props.existingKeys);
                return (
                  <tr key={row.index} class={outcome === 'invalid' ? 'options__row-invalid' : undefined}>
                    <td>{row.index}</td>
                    <td>{row.name ?? row.key ?? '(no name or key)'}</td>
                    <td>
                      {outcome === 'invalid' ? (
                        <ul class="options__row-errors">
                          {row.errors.map((error) => (
                            <li key={error}>{error}</li>
                          ))}
                        </ul>
                      ) : (
                        OUTCOME_TEXT[outcome]
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {preview.rows.length > PREVIEW_ROWS ? (
            <p class="options__help">
              Showing the first {PREVIEW_ROWS} of {plural(preview.rows.length, 'row')}.
            </p>
          ) : null}
        </>
      )}
      <div class="options__actions">
        {preview.problem === null ? (
          <button type="button" disabled={props.busy || valid === 0} onClick={props.onImport}>
            Import {plural(valid, 'valid entry', 'valid entries')}
          </button>
        ) : null}
        <button type="button" class="options__secondary" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
