import { useState } from 'preact/hooks';
import type { ShortlistSaveResponse } from '../../messaging/protocol';
import type { PageSummary } from '../../messaging/page-protocol';
import { errorText } from './format';
import type { TabRequest } from './popup-deps';
import { readSaveAnswer } from './save-answer';

interface Props {
  supplier: NonNullable<PageSummary['pageSupplier']>;
  sendToTab(message: TabRequest): Promise<unknown>;
  /** Told after a save, so the shortlist below shows the entry. */
  onSaved(saved: ShortlistSaveResponse): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; added: boolean }
  | { kind: 'failed'; error: string };

/**
 * Saves the supplier this page is about. The content script sends it (it
 * holds what the page showed and its verdict); the popup only asks.
 */
export function SaveSupplierButton({ supplier, sendToTab, onSaved }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const save = async () => {
    setState({ kind: 'saving' });
    let answer: unknown;
    try {
      answer = await sendToTab({ type: 'save-page-supplier' });
    } catch (error) {
      setState({
        kind: 'failed',
        error: `Couldn't reach the page (${errorText(error)}). Reload it and try again.`,
      });
      return;
    }
    const result = await readSaveAnswer(answer);
    if (!result.ok) {
      setState({ kind: 'failed', error: result.error });
      return;
    }
    setState({ kind: 'saved', added: result.saved.added });
    onSaved(result.saved);
  };

  return (
    <div class="save-supplier" data-testid="save-supplier">
      <button
        type="button"
        class="popup__button"
        disabled={state.kind === 'saving'}
        aria-describedby="save-supplier-status"
        onClick={() => void save()}
      >
        {state.kind === 'saving' ? 'Saving…' : 'Save supplier to shortlist'}
      </button>
      {supplier.name ? <span class="save-supplier__name">{supplier.name}</span> : null}
      <p
        id="save-supplier-status"
        class={`popup__status${state.kind === 'failed' ? ' popup__status--error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="save-status"
      >
        {state.kind === 'saved' ? (state.added ? 'Saved' : 'Already on your shortlist — refreshed') : null}
        {state.kind === 'failed' ? `Couldn't save: ${state.error}` : null}
      </p>
    </div>
  );
}
