import { useRef, useState } from 'preact/hooks';
import type { ShortlistAccess } from '../../shortlist/access';
import type { ShortlistEntry } from '../../shortlist/entry';
import { readImport, type ImportPreview as Preview } from '../../shortlist/import';
import { ImportPreview } from './ImportPreview';
import { plural } from './import-summary';

/** Far above a large shortlist export; a bigger file (a video chosen by mistake) is not read into memory. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

interface Chosen {
  fileName: string;
  preview: Preview;
  existingKeys: ReadonlySet<string>;
}

/**
 * Import from a JSON or CSV file: every row is checked and shown first, and
 * only valid rows are merged into the shortlist, never written over it.
 */
export function ShortlistImport(props: {
  shortlist: Pick<ShortlistAccess, 'all' | 'importEntries'>;
  now(): number;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);

  const clear = () => {
    setChosen(null);
    if (input.current) input.current.value = '';
  };

  const choose = async () => {
    const file = input.current?.files?.[0];
    setOutcome(null);
    if (!file) return setChosen(null);
    const problem = (text: string) => ({ format: null, rows: [], valid: 0, invalid: 0, problem: text });
    try {
      const preview =
        file.size > MAX_IMPORT_BYTES
          ? problem(
              `The file is ${Math.round(file.size / 1024 / 1024)} MB; Supplier Radar reads files of up to 256 MB.`,
            )
          : readImport(file.name, await file.text(), props.now());
      const existingKeys = new Set((await props.shortlist.all()).map((entry) => entry.key));
      setChosen({ fileName: file.name, preview, existingKeys });
    } catch (error) {
      setChosen({
        fileName: file.name,
        preview: problem(`Couldn't read the file (${words(error)}).`),
        existingKeys: new Set(),
      });
    }
  };

  const importValid = async () => {
    if (!chosen) return;
    const entries = chosen.preview.rows.flatMap((row): ShortlistEntry[] => (row.entry ? [row.entry] : []));
    const total = entries.length;
    const left = chosen.preview.rows.length - total;
    let done = 0;
    setProgress({ done, total });
    try {
      const result = await props.shortlist.importEntries(entries, (written) => {
        done = written;
        setProgress({ done, total });
      });
      const skipped = left > 0 ? ` ${plural(left, 'invalid row was', 'invalid rows were')} left out.` : '';
      setOutcome({
        text: `Imported ${plural(total, 'supplier')}: ${result.added.toLocaleString('en-US')} new, ${result.merged.toLocaleString('en-US')} merged into suppliers already on your shortlist.${skipped}`,
        failed: false,
      });
      clear();
    } catch (error) {
      const kept =
        done === 0
          ? 'Nothing was imported, and your shortlist is as it was.'
          : `Saved before it stopped, and kept: ${done.toLocaleString('en-US')} of ${plural(total, 'supplier')}. The other ${(total - done).toLocaleString('en-US')} were not imported, and nothing else on your shortlist changed.`;
      setOutcome({ text: `The import stopped: ${words(error)} ${kept}`, failed: true });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div data-testid="import">
      <h3>Import suppliers</h3>
      <p class="options__help">
        From a Supplier Radar JSON export, or a CSV with a “Key” or “URL” column. You see every row first.
        Suppliers already on your shortlist are merged: nothing you have is overwritten or lost.
      </p>
      <label class="options__block">
        File (.json or .csv)
        <input
          ref={input}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={() => void choose()}
        />
      </label>
      {chosen ? (
        <ImportPreview
          fileName={chosen.fileName}
          preview={chosen.preview}
          existingKeys={chosen.existingKeys}
          busy={progress !== null}
          onImport={() => void importValid()}
          onCancel={clear}
        />
      ) : null}
      {progress ? (
        <p role="status">
          Importing… {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')}
        </p>
      ) : null}
      {outcome ? (
        <p
          class={outcome.failed ? 'options__error' : undefined}
          role={outcome.failed ? 'alert' : 'status'}
          data-testid="import-outcome"
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}

function words(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
