import { judgeListingsWithPrices, type SupplierChanges } from '../judge/judge';
import type { PriceObservation } from '../prices/observation';
import type { Assessment } from '../signals/assessment';
import type { Listing } from '../signals/listing';
import type { HistoryRead } from '../storage/price-history';
import type { LoadedSettings } from '../storage/settings';

/** The slice of PriceHistory the page judge uses (a fake in tests). */
export interface HistoryStore {
  read(topic: string, now?: number): Promise<HistoryRead>;
  record(observations: readonly PriceObservation[], now?: number): Promise<void>;
}

/** Which page the offers were on: the sender's URL, as the browser reported it. */
export interface PageContext {
  url: URL | null;
}

/**
 * Judges a page's offers together, against what is known of their market:
 * the buyer's targets, the page itself and, on a search page, the prices seen
 * earlier under the same search (read in one transaction). Then remembers
 * this page's prices for next time (written after the answer, in one
 * transaction). History failing costs a benchmark, never a verdict.
 */
export function createPageJudge(
  history: HistoryStore,
  priceTopic: (url: URL) => string | null,
  clock: () => number = Date.now,
) {
  return async (
    listings: readonly Listing[],
    settings: LoadedSettings,
    page: PageContext,
    changesOf?: SupplierChanges,
  ): Promise<Assessment[]> => {
    const topic = page.url ? priceTopic(page.url) : null;
    const now = clock();
    const earlier = topic ? await history.read(topic, now) : { observations: [], problem: null };
    if (earlier.problem) console.warn('[Supplier Radar]', earlier.problem);
    const judged = judgeListingsWithPrices(
      listings,
      settings.judge,
      {
        targets: settings.targets,
        rates: settings.rates,
        history: earlier.observations,
        historyProblem: earlier.problem,
        topic,
      },
      changesOf,
    );
    if (topic) {
      const seen: PriceObservation[] = [];
      judged.forEach(({ price }, index) => {
        const productId = listings[index]?.productId;
        const unit = price?.unitPrice;
        if (productId && unit) {
          seen.push({
            topic,
            productId,
            value: unit.value,
            currency: unit.currency,
            unit: unit.unit,
            seenAt: now,
          });
        }
      });
      // After the answer: queueing a thousand writes takes the worker a while, and the page
      // is waiting for its badges.
      setTimeout(() => {
        history
          .record(seen, now)
          .catch((error: unknown) => console.warn('[Supplier Radar] price history:', error));
      }, 0);
    }
    return judged.map((entry) => entry.assessment);
  };
}
