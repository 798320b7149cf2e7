/** Per-run figures of the shortlist part, one entry per measured run (keystrokes: every key of every run). */
export interface ShortlistSamples {
  entries: number;
  /** The text typed into the search, one keystroke per character. */
  search: string;
  /** IndexedDB transactions an import of the entries takes (IMPORT_PLAN.size each). */
  importBatches: number;
  /** Options page: "Import 10,000 valid entries" clicked → the outcome shown, the store then full. */
  importMs: number[];
  /** Options page: the JSON export chosen in the file input → its preview shown (read, parsed, every entry validated). */
  previewMs: number[];
  /** Navigation start to the first shortlist row in the popup's DOM. */
  firstRowMs: number[];
  /**
   * The floor, same run: navigation start to the first row of a page with the popup's styles whose
   * only script draws the rows the popup saved (bench/popup-floor.ts).
   */
  floorFirstRowMs: number[];
  /** …to the end of the frame after it (a task queued from requestAnimationFrame). */
  firstRowDrawnMs: number[];
  /** …to the popup's document starting to parse (the init script): the browser's own part. */
  documentStartMs: number[];
  /** …to DOMContentLoaded (the popup's module script has run and drawn its first render). */
  scriptDoneMs: number[];
  /** …to the count saying all 10,000 are read and indexed (search covers the whole list). */
  allIndexedMs: number[];
  keystrokeMs: number[];
  /** Options page: "Export as JSON" clicked → the file handed to the browser (entries read from IndexedDB, serialised, saved). */
  pageExportJsonMs: number[];
  /** The same for "Export as CSV". */
  pageExportCsvMs: number[];
  exportJsonMs: number[];
  exportCsvMs: number[];
  jsonBytes: number;
  csvBytes: number;
}
