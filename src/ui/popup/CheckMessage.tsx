import { useEffect, useRef, useState } from 'preact/hooks';
import { detectMessage } from '../../chat/detect';
import { checkText, MAX_CHECK_CHARS, type Detect, type TextCheck } from './check-text';
import { CheckResult } from './CheckResult';

export interface CheckMessageProps {
  /** The chat guard's detector; tests may pass another. */
  detect?: Detect;
}

type State = { kind: 'idle' } | { kind: 'nothing' } | { kind: 'checked'; check: TextCheck };

const count = (n: number) => n.toLocaleString('en-US');

/** "Check a message": any pasted text (an e-mail, a WhatsApp message) gets the chat guard's verdict. */
export function CheckMessage({ detect = detectMessage }: CheckMessageProps) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const verdict = useRef<HTMLDivElement>(null);

  // On a marketplace page the box sits under the page summary: bring the verdict into view.
  useEffect(() => {
    if (state.kind !== 'idle') verdict.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state]);

  const run = () => {
    const check = checkText(text, detect);
    setState(check ? { kind: 'checked', check } : { kind: 'nothing' });
  };

  return (
    <section class="check" aria-labelledby="check-title">
      <h2 id="check-title" class="check__title">
        Check a message
      </h2>
      <form
        class="check__form"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <label for="check-input" class="check__label">
          Paste a message from a supplier: an e-mail, a WhatsApp or chat message.
        </label>
        <textarea
          id="check-input"
          class="check__input"
          rows={4}
          dir="auto"
          value={text}
          aria-describedby="check-hint"
          aria-keyshortcuts="Control+Enter"
          onInput={(event) => {
            setText(event.currentTarget.value);
            // A verdict for other words would mislead: clear it as soon as the text changes.
            if (state.kind !== 'idle') setState({ kind: 'idle' });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              run();
            }
          }}
        />
        <p id="check-hint" class="check__hint">
          Checked on your device; nothing is sent.
        </p>
        <button type="submit" class="check__button">
          Check message
        </button>
      </form>
      <div ref={verdict} class="check__verdict" role="status" aria-live="polite" data-testid="check-verdict">
        {state.kind === 'nothing' ? <p>Paste or type a message first.</p> : null}
        {state.kind === 'checked' ? <Verdict check={state.check} /> : null}
      </div>
      {state.kind === 'checked' ? <CheckResult check={state.check} /> : null}
    </section>
  );
}

/** The short verdict, read out by screen readers; the details follow outside the live region. */
function Verdict({ check }: { check: TextCheck }) {
  const n = check.findings.length;
  const worst = check.findings.some((f) => f.severity === 'danger') ? 'danger' : 'warning';
  return (
    <>
      {n === 0 ? (
        <p class="check__clear" data-testid="check-clear">
          {check.cutFrom === null
            ? 'No warning signs found in this text.'
            : `No warning signs found in the first ${count(MAX_CHECK_CHARS)} characters.`}{' '}
          Still pay only through the Trade Assurance order.
        </p>
      ) : (
        <p class={`check__alert check__alert--${worst}`}>
          {n} warning {n === 1 ? 'sign' : 'signs'} in this text.
        </p>
      )}
      {check.cutFrom !== null ? (
        <p class="check__cut" data-testid="check-cut">
          Only the first {count(MAX_CHECK_CHARS)} characters were checked; the text has {count(check.cutFrom)}
          .
        </p>
      ) : null}
    </>
  );
}
