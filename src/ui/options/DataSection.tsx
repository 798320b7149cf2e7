import { DeleteEverything } from './DeleteEverything';
import type { OptionsDeps } from './OptionsApp';
import { ShortlistExport } from './ShortlistExport';
import { ShortlistImport } from './ShortlistImport';
import { StoragePersistence } from './StoragePersistence';

/** Export, import and delete, and whether the browser will keep the data. */
export function DataSection(props: { deps: OptionsDeps; now(): number; onDeleted(): Promise<void> }) {
  const { deps } = props;
  return (
    <section id="data" data-testid="data">
      <h2>Your data</h2>
      <StoragePersistence persisted={deps.storagePersisted} askToPersist={deps.askToPersist} />
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
