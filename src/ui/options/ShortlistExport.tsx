import { useState } from 'preact/hooks';
import type { ShortlistAccess } from '../../shortlist/access';
import { csvExportWriter, jsonExportWriter } from '../../shortlist/export';
import { datedFileName, downloadBlob } from './download';

type Format = 'json' | 'csv';

/** The shortlist as a file: JSON keeps everything (and imports back), CSV opens in a spreadsheet. */
export function ShortlistExport(props: { shortlist: Pick<ShortlistAccess, 'allInParts'>; now(): number }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: Format) => {
    setBusy(true);
    try {
      const now = props.now();
      // Each batch becomes a Blob as it arrives, while the browser reads the next, and its text is let go.
      const writer = format === 'json' ? jsonExportWriter(now) : csvExportWriter();
      const blobs = [new Blob([writer.start()])];
      for await (const part of props.shortlist.allInParts()) blobs.push(new Blob(writer.add(part)));
      if (writer.count === 0) {
        setStatus('Your shortlist is empty: there is nothing to export yet.');
        return;
      }
      blobs.push(new Blob([writer.end()]));
      const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
      downloadBlob(datedFileName(format, now), new Blob(blobs, { type }));
      const count = writer.count.toLocaleString('en-US');
      setStatus(`Exported ${count} supplier${writer.count === 1 ? '' : 's'} as ${format.toUpperCase()}.`);
    } catch (error) {
      setStatus(`Couldn't export the shortlist (${error instanceof Error ? error.message : String(error)}).`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="export">
      <h3>Export the shortlist</h3>
      <p class="options__help">
        JSON keeps everything (notes, checklist, offers, visits) and can be imported again. CSV has one row
        per supplier, for a spreadsheet.
      </p>
      <div class="options__actions">
        <button type="button" disabled={busy} onClick={() => void run('json')}>
          Export as JSON
        </button>
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          Export as CSV
        </button>
      </div>
      {status ? (
        <p role="status" data-testid="export-status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
