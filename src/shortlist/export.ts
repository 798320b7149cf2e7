import { REFERENCE_RATES } from '../prices/reference-rates';
import { CHECKLIST_ITEMS, CHECKLIST_LABEL, type SavedOffer, type ShortlistEntry } from './entry';
import { BOM, csvLines } from './csv';
import { lowestUsdPrice } from './find';

export const EXPORT_FORMAT = 'supplier-radar-shortlist';
/** Raised only when an older version could no longer read the file correctly. */
export const EXPORT_VERSION = 1;

/** Everything on the shortlist, as a file that readImport brings back exactly. */
export function exportJson(entries: readonly ShortlistEntry[], now: number): string {
  return wholeFile(jsonExportWriter(now), entries).join('');
}

/**
 * An export file written a batch of entries at a time, as they are read:
 * the page turns each batch into text, and that into a Blob, while the
 * browser reads the next, and the batch's text can go before the next is
 * read. (A Blob made from the pieces, never one joined 21 MB string: joining
 * and then encoding it took 150–460 ms in the options page against 85–135 ms
 * from the pieces, for 10,000 suppliers.)
 */
export interface ExportWriter {
  /** Entries written so far. */
  readonly count: number;
  /** The file's text before the first entry. */
  start(): string;
  /** The text of these entries, following those written before. */
  add(entries: readonly ShortlistEntry[]): string[];
  /** The file's text after the last entry. */
  end(): string;
}

function wholeFile(writer: ExportWriter, entries: readonly ShortlistEntry[]): string[] {
  return [writer.start(), ...writer.add(entries), writer.end()];
}

/** exportJson's file, a batch at a time. */
export function jsonExportWriter(now: number): ExportWriter {
  let count = 0;
  return {
    get count() {
      return count;
    },
    start() {
      const head = JSON.stringify({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: isoTime(now),
      });
      return `${head.slice(0, -1)},"entries":`;
    },
    add(entries) {
      // One supplier per line: the file stays readable, and compact at 10,000 suppliers.
      const pieces: string[] = [];
      for (const entry of entries) pieces.push(count++ === 0 ? '[\n' : ',\n', JSON.stringify(entry));
      return pieces;
    },
    end: () => (count === 0 ? '[]}\n' : '\n]}\n'),
  };
}

/** exportCsv's file, a batch at a time. */
export function csvExportWriter(): ExportWriter {
  let count = 0;
  return {
    get count() {
      return count;
    },
    start: () => BOM + csvLines([CSV_COLUMNS]),
    add(entries) {
      count += entries.length;
      return [csvLines(entries.map(csvRow))];
    },
    end: () => '',
  };
}

/** The spreadsheet's headings, in order; readImport knows them (and the checklist's ids) again. */
export const CSV_COLUMNS: readonly string[] = [
  'Key',
  'Name',
  'URL',
  'Status',
  'Level',
  'Risk',
  'Tags',
  'Notes',
  ...CHECKLIST_ITEMS.map((item) => CHECKLIST_LABEL[item]),
  'Offers',
  'Lowest unit price',
  'Currency',
  'Unit',
  'Added',
  'Updated',
];

export const TAG_SEPARATOR = '; ';

/** One row per supplier, for a spreadsheet; offers and visits are summarised, not listed. */
export function exportCsv(entries: readonly ShortlistEntry[]): string {
  return wholeFile(csvExportWriter(), entries).join('');
}

function csvRow(entry: ShortlistEntry): string[] {
  const cheapest = cheapestOffer(entry.offers);
  return [
    entry.key,
    entry.name ?? '',
    entry.url ?? '',
    entry.status,
    entry.level,
    entry.assessment?.risk == null ? '' : String(entry.assessment.risk),
    entry.tags.join(TAG_SEPARATOR),
    entry.notes,
    ...CHECKLIST_ITEMS.map((item) => {
      const ticked = entry.checklist[item];
      return ticked === undefined ? '' : isoTime(ticked);
    }),
    String(entry.offers.length),
    cheapest?.unitPrice ? String(cheapest.unitPrice.value) : '',
    cheapest?.unitPrice?.currency ?? '',
    cheapest?.unitPrice?.unit ?? '',
    isoTime(entry.addedAt),
    isoTime(entry.updatedAt),
  ];
}

/** The offer with the lowest unit price in dollars at the reference rates; by amount when none converts. */
function cheapestOffer(offers: readonly SavedOffer[]): SavedOffer | undefined {
  let best: { offer: SavedOffer; usd: number; value: number } | undefined;
  for (const offer of offers) {
    if (!offer.unitPrice) continue;
    const usd = lowestUsdPrice({ offers: [offer] }, REFERENCE_RATES);
    const value = offer.unitPrice.value;
    if (!best || usd < best.usd || (usd === best.usd && value < best.value)) best = { offer, usd, value };
  }
  return best?.offer;
}

/** ISO 8601 in UTC; empty for a time no calendar can show (the schema only bounds it below). */
export function isoTime(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
