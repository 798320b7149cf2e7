import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../../src/storage/settings';
import { button, click, mountOptions, NOW, root, text } from './mount-options';

afterEach(() => render(null, root));

const DAY = 86_400_000;
const acme = { key: 'alibaba:acme', name: 'Acme Furniture Co.', verifiedAt: NOW - 30 * DAY };
const bolt = { key: 'alibaba:bolt', name: null, verifiedAt: NOW - DAY };

const rows = () =>
  Array.from(root.querySelectorAll('[data-testid="allowlist"] tbody tr'), (tr) =>
    Array.from(tr.querySelectorAll('td'), (td) => td.textContent),
  );

describe('the verified suppliers', () => {
  it('lists each with its key and the day it was verified, newest first', async () => {
    await mountOptions({ settings: { version: SETTINGS_VERSION, allowlist: [acme, bolt] } });
    const day = (ms: number) => {
      const d = new Date(ms);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(rows()).toEqual([
      ['alibaba:bolt', 'alibaba:bolt', day(bolt.verifiedAt), 'Undo'],
      ['Acme Furniture Co.', 'alibaba:acme', day(acme.verifiedAt), 'Undo'],
    ]);
  });

  it('undoes one mark through the background, keeping the others', async () => {
    const { area, deps } = await mountOptions({
      settings: { version: SETTINGS_VERSION, allowlist: [acme, bolt] },
    });
    const undo = root.querySelector<HTMLButtonElement>(
      '[aria-label="Undo: Acme Furniture Co. is no longer marked verified"]',
    )!;
    await click(undo);
    expect(deps.settings.save).toHaveBeenCalledWith({ disallow: 'alibaba:acme' });
    expect((area.data[SETTINGS_KEY] as { allowlist: unknown }).allowlist).toEqual([bolt]);
    expect(rows().map((row) => row[1])).toEqual(['alibaba:bolt']);
    expect(text('message')).toBe('Acme Furniture Co. is no longer marked verified.');
  });

  it('keeps the list when the undo fails, and says why', async () => {
    const { deps } = await mountOptions({ settings: { version: SETTINGS_VERSION, allowlist: [acme] } });
    deps.settings.save.mockResolvedValueOnce({ ok: false, error: 'Storage failed.' });
    await click(button('Undo'));
    expect(text('message')).toBe('Storage failed.');
    expect(rows()).toHaveLength(1);
  });

  it('explains where suppliers are marked when there are none', async () => {
    await mountOptions({ settings: { version: 1 } });
    expect(text('allowlist')).toContain('No verified suppliers yet');
    expect(text('allowlist')).toContain('open the popup');
    expect(root.querySelector('[data-testid="allowlist"] table')).toBeNull();
  });
});
