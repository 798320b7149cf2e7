import type { Checklist } from '../../../shortlist/entry';
import { CHECKLIST_ITEMS, CHECKLIST_LABEL } from '../../../shortlist/vocabulary';
import type { EntryPatch } from '../../../shortlist/patch';
import { formatDate } from '../format';

interface Props {
  checklist: Checklist;
  apply(patch: EntryPatch, done: string): Promise<boolean>;
}

/** The vetting steps sourcing guides ask for, each ticked with the day it was done. */
export function VettingChecklist({ checklist, apply }: Props) {
  const done = CHECKLIST_ITEMS.filter((item) => checklist[item] !== undefined).length;
  return (
    <fieldset class="detail__field checklist" data-testid="checklist">
      <legend class="detail__label">
        Vetting checklist ({done} of {CHECKLIST_ITEMS.length} done)
      </legend>
      {CHECKLIST_ITEMS.map((item) => {
        const tickedAt = checklist[item];
        return (
          <label key={item} class="detail__check">
            <input
              type="checkbox"
              checked={tickedAt !== undefined}
              data-item={item}
              onChange={(event) => {
                const ticked = event.currentTarget.checked;
                void apply(
                  { kind: 'checklist', item, done: ticked },
                  `${CHECKLIST_LABEL[item]}: ${ticked ? 'done' : 'not done'}.`,
                );
              }}
            />
            <span>
              {CHECKLIST_LABEL[item]}
              {tickedAt !== undefined ? <span class="detail__muted"> · {formatDate(tickedAt)}</span> : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
