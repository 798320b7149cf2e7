import { useEffect, useState } from 'preact/hooks';
import type { ChatMemorySize } from '../../messaging/chat-protocol';
import type { OptionsDeps } from './OptionsApp';

/** What the chat guard remembers (account fingerprints, "I know this sender"), with a button that forgets it. */
export function ChatMemorySection({ deps }: { deps: OptionsDeps }) {
  const [size, setSize] = useState<ChatMemorySize | null>(null);
  const [failed, setFailed] = useState(false);
  const ask = (clear: boolean) =>
    deps.chatMemory(clear).then(
      (answer) => {
        setSize(answer);
        setFailed(false);
      },
      () => setFailed(true),
    );
  useEffect(() => void ask(false), []);
  const empty = size !== null && size.accounts + size.dismissals === 0;
  return (
    <section id="chat-memory" data-testid="chat-memory">
      <h2>Chat guard memory</h2>
      <p class="options__help">
        To notice when a supplier's bank account changes, the chat guard remembers the accounts each chat
        gave: only a one-way fingerprint and the last four characters, never the number. It also remembers the
        chats where you chose "I know this sender".
      </p>
      <p data-testid="chat-memory-count">
        {failed
          ? "Couldn't read the chat guard's memory."
          : size === null
            ? 'Counting…'
            : `${plural(size.accounts, 'account')} and ${plural(size.dismissals, 'dismissed chat')} remembered.`}
      </p>
      <button type="button" disabled={empty} onClick={() => void ask(true)}>
        Forget chat accounts and dismissals
      </button>
    </section>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
