import { useEffect, useState } from 'preact/hooks';

type State = 'checking' | 'persistent' | 'not-persistent' | 'unknown' | 'asking' | 'declined';

const TEXT: Record<State, string> = {
  checking: 'Checking storage…',
  persistent: 'Storage is persistent: the browser keeps this data even when the disk runs low.',
  'not-persistent':
    'Storage is not marked persistent: if the disk runs very low, the browser may clear it. Export your shortlist now and then.',
  unknown:
    "The browser doesn't say whether it keeps this data when the disk runs low. Export your shortlist now and then.",
  asking: "Waiting for the browser's answer…",
  declined:
    'The browser did not mark the storage persistent: if the disk runs very low, it may clear it. Export your shortlist now and then.',
};

function stateOf(persisted: boolean | null): State {
  if (persisted === null) return 'unknown';
  return persisted ? 'persistent' : 'not-persistent';
}

/**
 * Whether the browser will keep the data when the disk runs low, and a button
 * to ask it to. Asked only when the buyer clicks: Firefox answers with a
 * permission prompt, which must not appear out of the blue, and the page's
 * status must not wait on a prompt nobody has answered.
 */
export function StoragePersistence(props: {
  persisted(): Promise<boolean | null>;
  askToPersist(): Promise<boolean | null>;
}) {
  const [state, setState] = useState<State>('checking');
  useEffect(() => {
    props.persisted().then(
      (persisted) => setState(stateOf(persisted)),
      () => setState('unknown'),
    );
  }, []);
  const ask = async () => {
    setState('asking');
    const granted = await props.askToPersist().catch(() => null);
    setState(granted === true ? 'persistent' : granted === false ? 'declined' : 'unknown');
  };
  const canAsk = state === 'not-persistent' || state === 'declined' || state === 'asking';
  return (
    <div>
      <p class="options__help" data-testid="persistence" role="status">
        {TEXT[state]}
      </p>
      {canAsk ? (
        <div class="options__actions">
          <button type="button" disabled={state === 'asking'} onClick={() => void ask()}>
            Ask the browser to keep it
          </button>
        </div>
      ) : null}
    </div>
  );
}
