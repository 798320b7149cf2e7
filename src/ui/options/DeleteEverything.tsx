import { useEffect, useRef, useState } from 'preact/hooks';

/** Deletes all the extension's data, after an explicit second click in the page. */
export function DeleteEverything(props: { onDelete(): Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the safe choice.
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onDelete();
      setAsking(false);
    } catch (failure) {
      const text = failure instanceof Error ? failure.message : String(failure);
      setError(`Couldn't delete everything (${text}). Some data may remain; try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="delete-everything">
      <h3>Delete everything</h3>
      <p class="options__help">
        Removes your shortlist, the price history, the chat guard's memory and all settings from this device.
      </p>
      {asking ? (
        <div class="options__confirm" role="group" aria-label="Confirm deleting everything">
          <p>
            <strong>Delete everything Supplier Radar keeps on this device?</strong> This can't be undone.
            Export your shortlist first if you may want it back.
          </p>
          <div class="options__actions">
            <button type="button" class="options__danger" disabled={busy} onClick={() => void confirm()}>
              Yes, delete everything
            </button>
            <button
              ref={cancel}
              type="button"
              class="options__secondary"
              disabled={busy}
              onClick={() => setAsking(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="options__danger" onClick={() => setAsking(true)}>
          Delete everything…
        </button>
      )}
      {error ? (
        <p class="options__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
