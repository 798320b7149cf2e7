import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportCsv, exportJson } from '../../../src/shortlist/export';
import { SETTINGS_VERSION } from '../../../src/storage/settings';
import { REVOKE_AFTER_MS } from '../../../src/ui/options/download';
import { makeEntry } from '../../support/shortlist-entries';
import { button, click, mountOptions, NOW, root, settle, text } from './mount-options';

afterEach(() => {
  render(null, root);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Catches what a download link would save, without navigating. */
function catchDownloads() {
  const saved: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected).toBe(true);
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return { saved, revoke };
}

describe('exporting the shortlist', () => {
  const entries = [makeEntry(1), makeEntry(2)];

  it('downloads everything as dated JSON, and frees the file afterwards', async () => {
    await mountOptions({ shortlist: entries });
    const { saved, revoke } = catchDownloads();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    act(() => button('Export as JSON').click());
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const local = new Date(NOW);
    const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(saved[0]!.name).toBe(`supplier-radar-shortlist-${day}.json`);
    expect(await saved[0]!.blob.text()).toBe(exportJson(entries, NOW));
    expect(root.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:test/0');
    vi.useRealTimers();
    await settle();
    expect(text('export-status')).toBe('Exported 2 suppliers as JSON.');
  });

  it('downloads a CSV for spreadsheets', async () => {
    await mountOptions({ shortlist: entries });
    const { saved } = catchDownloads();
    await click(button('Export as CSV'));
    expect(saved[0]!.name).toMatch(/^supplier-radar-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]!.blob.type).toContain('text/csv');
    expect(await saved[0]!.blob.text()).toBe(exportCsv(entries));
  });

  it('says so when there is nothing to export', async () => {
    await mountOptions();
    const { saved } = catchDownloads();
    await click(button('Export as JSON'));
    expect(saved).toEqual([]);
    expect(text('export-status')).toContain('Your shortlist is empty');
  });
});

describe('deleting everything', () => {
  const targets = [{ product: 'sofa', price: 250, currency: 'USD', unit: 'piece' }];

  it('asks in the page first, and Cancel deletes nothing', async () => {
    const { deps } = await mountOptions();
    await click(button('Delete everything…'));
    expect(text('delete-everything')).toContain("This can't be undone");
    expect(document.activeElement).toBe(
      button('Cancel', root.querySelector('[data-testid="delete-everything"]')!),
    );
    await click(button('Cancel', root.querySelector('[data-testid="delete-everything"]')!));
    expect(text('delete-everything')).not.toContain("This can't be undone");
    expect(deps.deleteEverything).not.toHaveBeenCalled();
  });

  it('deletes on the explicit second button, then shows what is left', async () => {
    const { deps } = await mountOptions({ settings: { version: SETTINGS_VERSION, targets } });
    expect(text('history-count')).toBe('42 prices remembered.');
    await click(button('Delete everything…'));
    await click(button('Yes, delete everything'));
    expect(deps.deleteEverything).toHaveBeenCalledOnce();
    expect(text('message')).toBe('Everything Supplier Radar kept on this device was deleted.');
    expect(text('targets')).toContain('No target prices yet.');
    expect(text('history-count')).toBe('0 prices remembered.');
    expect(text('chat-memory-count')).toBe('0 accounts and 0 dismissed chats remembered.');
    expect(text('delete-everything')).not.toContain("This can't be undone");
  });

  it('says when deleting failed, and keeps the question open', async () => {
    const { deps } = await mountOptions();
    deps.deleteEverything.mockRejectedValueOnce(new Error('storage unavailable'));
    await click(button('Delete everything…'));
    await click(button('Yes, delete everything'));
    expect(text('delete-everything')).toContain("Couldn't delete everything (storage unavailable)");
    expect(button('Yes, delete everything').disabled).toBe(false);
    expect(text('message')).toBeNull();
  });
});

const ASK = 'Ask the browser to keep it';

describe('storage persistence', () => {
  it.each([
    [true, 'Storage is persistent'],
    [false, 'Storage is not marked persistent'],
    [null, "doesn't say"],
  ])('says when it is %s', async (persisted, words) => {
    const { deps } = await mountOptions({ storagePersisted: async () => persisted });
    expect(deps.storagePersisted).toHaveBeenCalled();
    expect(text('persistence')).toContain(words);
  });

  // Firefox answers persist() with a permission prompt: never on opening the page, only on a click.
  it('asks the browser to keep the data only when the buyer clicks, and shows its answer', async () => {
    const { deps } = await mountOptions({
      storagePersisted: async () => false,
      askToPersist: async () => true,
    });
    expect(deps.askToPersist).not.toHaveBeenCalled();
    await click(button(ASK));
    expect(deps.askToPersist).toHaveBeenCalledTimes(1);
    expect(text('persistence')).toContain('Storage is persistent');
    expect(() => button(ASK)).toThrow();
  });

  it('says so when the browser declines, and the buyer may ask again', async () => {
    const { deps } = await mountOptions({
      storagePersisted: async () => false,
      askToPersist: async () => false,
    });
    await click(button(ASK));
    expect(text('persistence')).toContain('did not mark the storage persistent');
    await click(button(ASK));
    expect(deps.askToPersist).toHaveBeenCalledTimes(2);
  });

  it('waits for an unanswered prompt with the button disabled, the rest of the page usable', async () => {
    await mountOptions({ storagePersisted: async () => false, askToPersist: () => new Promise(() => {}) });
    await click(button(ASK));
    expect(text('persistence')).toBe("Waiting for the browser's answer…");
    expect(button(ASK).disabled).toBe(true);
    expect(button('Export as JSON').disabled).toBe(false);
  });

  it('offers no button when the storage is already persistent or the browser cannot say', async () => {
    await mountOptions({ storagePersisted: async () => true });
    expect(() => button(ASK)).toThrow();
    render(null, root);
    await mountOptions({ storagePersisted: async () => null });
    expect(() => button(ASK)).toThrow();
  });
});
