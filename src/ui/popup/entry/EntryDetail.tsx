import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ShortlistAccess } from '../../../shortlist/access';
import { profileChanges } from '../../../shortlist/changes';
import type { ShortlistEntry } from '../../../shortlist/entry';
import type { EntryPatch } from '../../../shortlist/patch';
import type { TargetPrice } from '../../../prices/observation';
import type { AllowedSupplier, SettingsChange } from '../../../storage/settings-change';
import { errorText, formatDate } from '../format';
import { LevelPill } from '../LevelPill';
import type { SaveSettingsResult } from '../popup-deps';
import { ExternalLink } from './ExternalLink';
import { NotesField } from './NotesField';
import { RedFlags } from './RedFlags';
import { RemoveEntry } from './RemoveEntry';
import { SavedOffers } from './SavedOffers';
import { StatusPicker } from './StatusPicker';
import { TagEditor } from './TagEditor';
import { TopFindings } from './TopFindings';
import { VerifiedToggle } from './VerifiedToggle';
import { VettingChecklist } from './VettingChecklist';
import { VisitHistory } from './VisitHistory';

interface Props {
  entry: ShortlistEntry;
  access: ShortlistAccess;
  verified: AllowedSupplier | null;
  saveSettings(change: SettingsChange): Promise<SaveSettingsResult>;
  onVerifiedChange(key: string, allowed: AllowedSupplier | null): void;
  /** The entry after a change was saved. */
  onChanged(entry: ShortlistEntry): void;
  onRemoved(entry: ShortlistEntry): void;
  onBack(): void;
}

/**
 * One shortlisted supplier: its verdict and what changed, the buyer's
 * verification, status, checklist, tags, notes, saved offers with landed
 * costs, and its visits. Every change is saved at once; a failure says why.
 */
export function EntryDetail(props: Props) {
  const [entry, setEntry] = useState(props.entry);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const changes = useMemo(() => profileChanges(entry.history), [entry.history]);

  // Keyboard and screen-reader users land on the supplier they opened.
  useEffect(() => heading.current?.focus(), []);

  const saved = (done: string) => {
    setError(null);
    setMessage(done);
  };
  const failed = (why: string) => {
    setMessage('');
    setError(why);
  };

  const apply = async (patch: EntryPatch, done: string): Promise<boolean> => {
    try {
      const next = await props.access.update(entry.key, patch);
      if (!next) {
        failed('This supplier is no longer on your shortlist.');
        return false;
      }
      setEntry(next);
      props.onChanged(next);
      saved(done);
      return true;
    } catch (failure) {
      failed(`Couldn't save: ${errorText(failure)}`);
      return false;
    }
  };

  const setVerified = async (verified: boolean) => {
    const allowed: AllowedSupplier | null = verified
      ? { key: entry.key, name: entry.name, verifiedAt: Date.now() }
      : null;
    try {
      const result = await props.saveSettings(allowed ? { allow: allowed } : { disallow: entry.key });
      if (!result.ok) return failed(`Couldn't save: ${result.error}`);
      props.onVerifiedChange(entry.key, allowed);
      saved(verified ? 'Marked as verified by you.' : 'No longer marked as verified.');
    } catch (failure) {
      failed(`Couldn't save: ${errorText(failure)}`);
    }
  };

  const setTarget = async (target: TargetPrice) => {
    try {
      const result = await props.saveSettings({ addTarget: target });
      if (!result.ok) {
        failed(`Couldn't save: ${result.error}`);
        return false;
      }
      saved(`Target saved: offers for “${target.product}” are held to it first.`);
      return true;
    } catch (failure) {
      failed(`Couldn't save: ${errorText(failure)}`);
      return false;
    }
  };

  const remove = async () => {
    try {
      await props.access.remove([entry.key]);
      props.onRemoved(entry);
    } catch (failure) {
      failed(`Couldn't remove: ${errorText(failure)}`);
    }
  };

  return (
    <article class="detail" aria-labelledby="detail-name" data-testid="entry-detail">
      <button type="button" class="popup__link detail__back" onClick={props.onBack}>
        ← Back to the list
      </button>
      <h3 id="detail-name" class="detail__name" tabIndex={-1} ref={heading}>
        <ExternalLink url={entry.url}>{entry.name ?? 'Unnamed supplier'}</ExternalLink>
      </h3>
      <p class="detail__meta">
        <LevelPill level={entry.level} /> Added {formatDate(entry.addedAt)}
      </p>
      <TopFindings assessment={entry.assessment} />
      <RedFlags changes={changes} />
      <VerifiedToggle
        verifiedAt={props.verified?.verifiedAt ?? null}
        onChange={(on) => void setVerified(on)}
      />
      <StatusPicker
        status={entry.status}
        onChange={(status) => void apply({ kind: 'status', status }, 'Status saved.')}
      />
      <VettingChecklist checklist={entry.checklist} apply={apply} />
      <TagEditor tags={entry.tags} apply={apply} />
      <NotesField notes={entry.notes} apply={apply} />
      <SavedOffers offers={entry.offers} apply={apply} setTarget={setTarget} />
      <VisitHistory history={entry.history} />
      <RemoveEntry name={entry.name} onRemove={remove} />
      <div class="detail__messages">
        <p class="popup__status" role="status" aria-live="polite" data-testid="detail-message">
          {message}
        </p>
        {error ? (
          <p class="popup__status popup__status--error" role="alert" data-testid="detail-error">
            {error}
          </p>
        ) : null}
      </div>
    </article>
  );
}
