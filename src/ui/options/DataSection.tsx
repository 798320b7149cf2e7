import { useEffect, useState } from 'preact/hooks';
import { DeleteEverything } from './DeleteEverything';
import type { OptionsDeps } from './OptionsApp';
import { ShortlistExport } from './ShortlistExport';
import { ShortlistImport } from './ShortlistImport';

const PERSISTENCE_TEXT = {
  true: 'Storage is persistent: the browser keeps this data even when the disk runs low.',
  false:
    'Storage is not marked persistent: if the disk runs very low, the browser may clear it. Export your shortlist now and then.',
  null: "The browser doesn't say whether it keeps this data when the disk runs low. Export your shortlist now and then.",
} as const;

/** Export, import and delete, and whether the browser will keep the data. */
export function DataSection(props: { deps: OptionsDeps; now(): number; onDeleted(): Promise<void> }) {
  const { deps } = props;
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    deps.storagePersisted().then(setPersisted, () => setPersisted(null));
  }, []);
  return (
    <section id="data" data-testid="data">
      <h2>Your data</h2>
      <p class="options__help" data-testid="persistence">
        {persisted === undefined
          ? 'Checking storage…'
          : PERSISTENCE_TEXT[String(persisted) as 'true' | 'false' | 'null']}
      </p>
      <ShortlistExport shortlist={deps.shortlist} now={props.now} />
      <ShortlistImport shortlist={deps.shortlist} now={props.now} />
      <DeleteEverything
        onDelete={async () => {
          await deps.deleteEverything();
          await props.onDeleted();
        }}
      />
    </section>
  );
}
