import { CheckMessage } from './CheckMessage';
import type { TabState } from './current-tab';
import { PageSummaryView } from './PageSummaryView';

interface Props {
  tab: TabState;
  /** Opens the options page (target prices, exchange rates, price history); absent in tests that don't need it. */
  onOpenOptions?: () => void;
}

export function PopupApp({ tab, onOpenOptions }: Props) {
  return (
    <main class="popup">
      <header class="popup__head">
        <h1>Supplier Radar</h1>
        <p class="popup__tagline">Risk checks on your device. Nothing leaves your browser.</p>
      </header>
      <section class="popup__tab" aria-live="polite" aria-label="This page">
        {tab.kind === 'loading' ? <p>Reading this page…</p> : null}
        {tab.kind === 'not-marketplace' ? (
          <p data-testid="not-marketplace">
            Open an Alibaba.com search, product or supplier page to see risk badges on every listing.
          </p>
        ) : null}
        {tab.kind === 'summary' ? <PageSummaryView summary={tab.summary} /> : null}
      </section>
      <CheckMessage />
      {onOpenOptions ? (
        <footer class="popup__foot">
          <button type="button" class="popup__link" onClick={onOpenOptions}>
            Target prices and settings
          </button>
        </footer>
      ) : null}
    </main>
  );
}
