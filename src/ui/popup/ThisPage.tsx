import type { ShortlistSaveResponse } from '../../messaging/protocol';
import type { TabState } from './current-tab';
import { PageSummaryView } from './PageSummaryView';
import type { TabRequest } from './popup-deps';
import { RiskiestCards } from './RiskiestCards';
import { SaveSupplierButton } from './SaveSupplierButton';

interface Props {
  tab: TabState;
  sendToTab(message: TabRequest): Promise<unknown>;
  onSaved(saved: ShortlistSaveResponse): void;
}

/** The current tab first: what page it is, what was read, its riskiest cards, and saving its supplier. */
export function ThisPage({ tab, sendToTab, onSaved }: Props) {
  return (
    <section class="popup__tab" aria-labelledby="this-page-title">
      <h2 id="this-page-title" class="popup__section-title">
        This page
      </h2>
      <div aria-live="polite">
        {tab.kind === 'loading' ? <p>Reading this page…</p> : null}
        {tab.kind === 'not-marketplace' ? (
          <p data-testid="not-marketplace">
            Open an Alibaba.com search, product or supplier page to see risk badges on every listing.
          </p>
        ) : null}
        {tab.kind === 'summary' ? <PageSummaryView summary={tab.summary} /> : null}
      </div>
      {tab.kind === 'summary' && tab.summary.pageSupplier ? (
        <SaveSupplierButton supplier={tab.summary.pageSupplier} sendToTab={sendToTab} onSaved={onSaved} />
      ) : null}
      {tab.kind === 'summary' ? <RiskiestCards cards={tab.summary.riskiest} sendToTab={sendToTab} /> : null}
    </section>
  );
}
