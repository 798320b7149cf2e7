import { useState } from 'preact/hooks';
import type { ShortlistSaveResponse } from '../messaging/protocol';
import type { BuyerMark } from '../signals/buyer';
import { STATUS_LABEL } from '../shortlist/status-label';

export type SaveToShortlist = () => Promise<ShortlistSaveResponse>;

interface Props {
  mark: BuyerMark | undefined;
  /** Absent where the card can't be saved (no storefront link). */
  onSave: SaveToShortlist | undefined;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; added: boolean }
  | { kind: 'failed'; error: string };

/** The badge panel's word on the buyer's own list: verified by them, on the shortlist, or a button to save it. */
export function ShortlistControl({ mark, onSave }: Props) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async () => {
    if (!onSave) return;
    setState({ kind: 'saving' });
    try {
      const answer = await onSave();
      setState({ kind: 'saved', added: answer.added });
    } catch (error) {
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const onList = mark?.status ?? null;
  return (
    <section class="sr-shortlist" aria-label="Your shortlist">
      {mark?.verifiedAt != null ? (
        <p class="sr-shortlist__verified">
          ✓ You marked this supplier verified on {new Date(mark.verifiedAt).toLocaleDateString()}. Undo it in
          the shortlist (toolbar button) or the options page.
        </p>
      ) : null}
      {onList ? (
        <p class="sr-shortlist__status">
          ★ On your shortlist: <strong>{STATUS_LABEL[onList]}</strong>
        </p>
      ) : null}
      {onSave && state.kind !== 'saved' ? (
        <button type="button" class="sr-shortlist__save" onClick={save} disabled={state.kind === 'saving'}>
          {onList ? 'Add this page to its shortlist entry' : 'Save supplier to shortlist'}
        </button>
      ) : null}
      <p class="sr-shortlist__result" role="status">
        {state.kind === 'saving' ? 'Saving…' : null}
        {state.kind === 'saved'
          ? state.added
            ? 'Saved to your shortlist. Open it from the Supplier Radar toolbar button.'
            : 'Already on your shortlist: updated with this page.'
          : null}
        {state.kind === 'failed' ? `Not saved: ${state.error}` : null}
      </p>
    </section>
  );
}
