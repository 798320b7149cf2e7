import { localDay } from './local-day';

/** Long enough for every browser to have started the download before its URL goes. */
export const REVOKE_AFTER_MS = 10_000;

/** Saves `blob` as a file through a Blob URL and a download link; the URL is revoked afterwards. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** "supplier-radar-shortlist-2026-11-20.csv": dated, so exports on different days don't overwrite each other. */
export function datedFileName(extension: 'json' | 'csv', now: number): string {
  return `supplier-radar-shortlist-${localDay(now)}.${extension}`;
}
