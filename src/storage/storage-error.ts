/**
 * A storage failure the buyer can act on (a full disk, data from a newer
 * version), in words; null for any other error. The browser's own message
 * stays at the end, for a bug report.
 */
export function storageProblem(error: unknown): string | null {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return `The browser has no more room for Supplier Radar's data, so this change was not saved. Export your shortlist, then remove entries you no longer need or free disk space. (${detail})`;
  }
  if (name === 'VersionError') {
    return `This data was written by a newer Supplier Radar; update the extension to use it. Nothing was changed. (${detail})`;
  }
  return null;
}

/** Any storage failure, in words: the known ones as storageProblem says, the rest as "not saved". */
export function describeStorageError(error: unknown): string {
  return (
    storageProblem(error) ??
    `Supplier Radar could not save this change; nothing was changed. (${String(error)})`
  );
}
