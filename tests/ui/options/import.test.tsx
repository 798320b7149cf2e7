import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/shortlist/export';
import { makeEntry } from '../../support/shortlist-entries';
import { button, click, mountOptions, NOW, root, settle, text } from './mount-options';

afterEach(() => render(null, root));

async function chooseFile(name: string, content: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="import"] input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

const buttons = () =>
  Array.from(root.querySelectorAll('[data-testid="import-preview"] button'), (b) => b.textContent);
const previewRows = () =>
  Array.from(root.querySelectorAll('[data-testid="import-preview"] tbody tr'), (tr) =>
    Array.from(tr.querySelectorAll('td'), (td) => td.textContent),
  );

const MIXED_CSV = [
  'Key,Name,Status',
  'alibaba:acme,Acme Furniture,contacted',
  'alibaba:newco,New Co,considering',
  'alibaba:badstatus,Bad Status,maybe',
  'nope,No Site,considering',
  'alibaba:newco,New Co again,',
  '',
].join('\r\n');

describe('importing a shortlist file', () => {
  it('shows the problem with a bad file and offers no import', async () => {
    const { deps } = await mountOptions();
    await chooseFile('list.json', '{"hello": "world"}');
    expect(text('import-problem')).toBe(
      'This JSON file is not a Supplier Radar shortlist export. Nothing can be imported from this file.',
    );
    expect(buttons()).toEqual(['Cancel']);
    expect(text('import-counts')).toBeNull();
    await click(button('Cancel'));
    expect(text('import-preview')).toBeNull();
    expect(deps.shortlist.importEntries).not.toHaveBeenCalled();
  });

  it('previews mixed rows with their errors, and imports only the valid ones', async () => {
    const existing = makeEntry(0, { key: 'alibaba:acme' });
    const { deps } = await mountOptions({ shortlist: [existing] });
    await chooseFile('suppliers.csv', MIXED_CSV);
    expect(text('import-counts')).toBe(
      '1 new supplier, 1 supplier already on your shortlist (merged: nothing you have is lost), 3 invalid rows (left out).',
    );
    const rows = previewRows();
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['2', 'Acme Furniture'],
      ['3', 'New Co'],
      ['4', 'Bad Status'],
      ['5', 'No Site'],
      ['6', 'New Co again'],
    ]);
    expect(rows[0]![2]).toBe('Merges with the one on your shortlist');
    expect(rows[1]![2]).toBe('New');
    expect(rows[2]![2]).toContain('status: “maybe” is not one of');
    expect(rows[3]![2]).toContain('key: should start with');
    expect(rows[4]![2]).toContain('same supplier as row 3');

    await click(button('Import 2 valid entries'));
    const imported = deps.shortlist.importEntries.mock.calls[0]![0];
    expect(imported.map((entry) => entry.key)).toEqual(['alibaba:acme', 'alibaba:newco']);
    expect(text('import-outcome')).toBe(
      'Imported 2 suppliers: 1 new, 1 merged into suppliers already on your shortlist. 3 invalid rows were left out.',
    );
    expect(text('import-preview')).toBeNull();
  });

  it('previews a Supplier Radar JSON export, which round-trips', async () => {
    const entries = [makeEntry(1), makeEntry(2)];
    const { deps } = await mountOptions({ shortlist: [entries[0]!] });
    await chooseFile('supplier-radar-shortlist.json', exportJson(entries, NOW));
    expect(text('import-counts')).toContain('1 new supplier, 1 supplier already on your shortlist');
    await click(button('Import 2 valid entries'));
    expect(deps.shortlist.importEntries.mock.calls[0]![0]).toEqual(entries);
  });

  it('offers no import when no row is valid', async () => {
    await mountOptions();
    await chooseFile('bad.csv', 'Key,Status\nalibaba:x1,maybe\n');
    expect(buttons()).toEqual(['Import 0 valid entries', 'Cancel']);
    expect(button('Import 0 valid entries').disabled).toBe(true);
  });

  it('lists the first 200 rows and counts them all', async () => {
    await mountOptions();
    const lines = Array.from({ length: 250 }, (_, i) => `alibaba:shop${i},Shop ${i}`);
    await chooseFile('many.csv', ['Key,Name', ...lines].join('\n'));
    expect(previewRows()).toHaveLength(200);
    expect(text('import-counts')).toContain('250 new suppliers');
    expect(text('import-preview')).toContain('Showing the first 200 of 250 rows.');
    expect(buttons()[0]).toBe('Import 250 valid entries');
  });

  it('reports a failed import and what it kept', async () => {
    const { deps } = await mountOptions();
    deps.shortlist.importEntries.mockImplementationOnce(async (_entries, onProgress) => {
      onProgress?.(1);
      throw new Error('The browser has no more room for Supplier Radar’s data.');
    });
    await chooseFile('suppliers.csv', 'Key\nalibaba:one\nalibaba:two\nalibaba:three\n');
    await click(button('Import 3 valid entries'));
    expect(text('import-outcome')).toBe(
      'The import stopped: The browser has no more room for Supplier Radar’s data. Saved before it stopped, and kept: 1 of 3 suppliers. The other 2 were not imported, and nothing else on your shortlist changed.',
    );
    expect($role('import-outcome')).toBe('alert');
    // The preview stays, to try again.
    expect(buttons()[0]).toBe('Import 3 valid entries');
  });

  it('says nothing changed when the import fails at once', async () => {
    const { deps } = await mountOptions();
    deps.shortlist.importEntries.mockRejectedValueOnce(new Error('Not allowed.'));
    await chooseFile('suppliers.csv', 'Key\nalibaba:one\n');
    await click(button('Import 1 valid entry'));
    expect(text('import-outcome')).toBe(
      'The import stopped: Not allowed. Nothing was imported, and your shortlist is as it was.',
    );
  });
});

function $role(testId: string) {
  return root.querySelector(`[data-testid="${testId}"]`)?.getAttribute('role');
}
