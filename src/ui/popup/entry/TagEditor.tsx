import { useState } from 'preact/hooks';
import { MAX_TAGS } from '../../../shortlist/vocabulary';
import type { EntryPatch } from '../../../shortlist/patch';

const MAX_TAG_LENGTH = 40;

interface Props {
  tags: string[];
  apply(patch: EntryPatch, done: string): Promise<boolean>;
}

/** Tags to find suppliers again by ("LED", "backup", "Q3 order"): add, and remove each. */
export function TagEditor({ tags, apply }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async () => {
    const tag = draft.trim();
    const trouble = !tag
      ? 'Type a tag first.'
      : tag.length > MAX_TAG_LENGTH
        ? `Tags are at most ${MAX_TAG_LENGTH} characters.`
        : tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())
          ? `Already tagged “${tag}”.`
          : tags.length >= MAX_TAGS
            ? `At most ${MAX_TAGS} tags per supplier.`
            : null;
    setProblem(trouble);
    if (trouble) return;
    if (await apply({ kind: 'tags', tags: [...tags, tag] }, `Tag “${tag}” added.`)) setDraft('');
  };

  return (
    <fieldset class="detail__field tags" data-testid="tags">
      <legend class="detail__label">Tags</legend>
      {tags.length > 0 ? (
        <ul class="tags__list">
          {tags.map((tag) => (
            <li key={tag} class="tags__tag">
              {tag}
              <button
                type="button"
                class="tags__remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() =>
                  void apply({ kind: 'tags', tags: tags.filter((t) => t !== tag) }, `Tag “${tag}” removed.`)
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        class="tags__add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          type="text"
          value={draft}
          maxLength={MAX_TAG_LENGTH + 10}
          aria-label="New tag"
          aria-describedby={problem ? 'tag-problem' : undefined}
          data-testid="tag-input"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="popup__button popup__button--quiet">
          Add tag
        </button>
      </form>
      {problem ? (
        <p id="tag-problem" class="popup__status popup__status--error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
