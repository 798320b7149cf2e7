import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NOTES } from '../../../shortlist/vocabulary';
import type { EntryPatch } from '../../../shortlist/patch';

/** Typing pauses this long (ms) before the notes are saved; leaving the box saves at once. */
export const NOTES_IDLE_MS = 600;

interface Props {
  notes: string;
  apply(patch: EntryPatch, done: string): Promise<boolean>;
}

/**
 * The buyer's notes, saved as they write: after a pause, on leaving the box,
 * and when the details close. Never a Save button to forget.
 */
export function NotesField({ notes, apply }: Props) {
  const [text, setText] = useState(notes);
  const latest = useRef(notes);
  const saved = useRef(notes);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current;
    if (value === saved.current) return;
    const before = saved.current;
    saved.current = value;
    void apply({ kind: 'notes', notes: value }, 'Notes saved.').then((ok) => {
      // Not saved: the next pause or blur tries again.
      if (!ok && saved.current === value) saved.current = before;
    });
  };

  // Closing the details (Back) must not lose what was typed in the last moments.
  useEffect(() => save, []);

  return (
    <label class="detail__field">
      <span class="detail__label">Notes</span>
      <textarea
        class="detail__notes"
        rows={4}
        maxLength={MAX_NOTES}
        value={text}
        data-testid="notes"
        onInput={(event) => {
          latest.current = event.currentTarget.value;
          setText(latest.current);
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(save, NOTES_IDLE_MS);
        }}
        onBlur={save}
      />
    </label>
  );
}
