import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  name: string | null;
  onRemove(): Promise<void>;
}

/** Removing asks once more: notes, checklist and landed costs go with the entry. */
export function RemoveEntry({ name, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const started = useRef(false);

  // Focus follows the question and, on "Keep it", goes back to where it was asked.
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (started.current) ask.current?.focus();
    started.current = true;
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={ask}
        type="button"
        class="popup__button popup__button--danger"
        data-testid="remove-entry"
        onClick={() => setConfirming(true)}
      >
        Remove from shortlist
      </button>
    );
  }
  return (
    <div class="remove" role="group" aria-labelledby="remove-question">
      <p id="remove-question">
        Remove {name ?? 'this supplier'} from your shortlist, with its notes, checklist and saved offers?
      </p>
      <button
        ref={confirm}
        type="button"
        class="popup__button popup__button--danger"
        disabled={busy}
        data-testid="confirm-remove"
        onClick={() => {
          setBusy(true);
          void onRemove().finally(() => setBusy(false));
        }}
      >
        Remove
      </button>
      <button type="button" class="popup__button popup__button--quiet" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </div>
  );
}
