import { useEffect, useState } from 'preact/hooks';
import type { RateTable } from '../../prices/reference-rates';
import { REFERENCE_RATES } from '../../prices/reference-rates';
import type { AllowedSupplier } from '../../storage/settings-change';
import type { ComponentType } from 'preact';
import type { CheckMessageProps } from './CheckMessage';
import { Deferred } from './Deferred';
import type { TabState } from './current-tab';
import type { PopupDeps } from './popup-deps';
import { ShortlistPanel } from './shortlist/ShortlistPanel';
import { useShortlist } from './shortlist/use-shortlist';
import { ThisPage } from './ThisPage';

interface Settings {
  rates: RateTable;
  allowlist: AllowedSupplier[];
}

/** The chat detector is the popup's largest part and sits below the shortlist: it loads after the first paint. */
const NO_PROPS: CheckMessageProps = {};
const loadCheckMessage = (): Promise<ComponentType<CheckMessageProps>> =>
  import('./CheckMessage').then((module) => module.CheckMessage);

/**
 * The popup: this page first (what was read, its riskiest cards, saving its
 * supplier), then the shortlist, then "Check a message". Each part loads on
 * its own, so the slowest never holds up the others.
 */
export function PopupApp({ deps }: { deps: PopupDeps }) {
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const shortlist = useShortlist(deps.shortlist, settings?.rates ?? null, deps.firstRowsSnapshot);

  useEffect(() => {
    deps.tab().then(setTab, () => setTab({ kind: 'not-marketplace' }));
    // Without settings the list still works: reference rates, nobody marked verified.
    deps.loadSettings().then(setSettings, () => setSettings({ rates: REFERENCE_RATES, allowlist: [] }));
  }, [deps]);

  const changeAllowlist = (key: string, allowed: AllowedSupplier | null) =>
    setSettings((now) => {
      const others = (now?.allowlist ?? []).filter((supplier) => supplier.key !== key);
      return { rates: now?.rates ?? REFERENCE_RATES, allowlist: allowed ? [...others, allowed] : others };
    });

  return (
    <main class="popup">
      <header class="popup__head">
        <h1>Supplier Radar</h1>
        <p class="popup__tagline">Risk checks on your device. Nothing leaves your browser.</p>
      </header>
      <ThisPage tab={tab} sendToTab={deps.sendToTab} onSaved={shortlist.reload} />
      <ShortlistPanel
        shortlist={shortlist}
        access={deps.shortlist}
        rates={settings?.rates ?? REFERENCE_RATES}
        allowlist={settings?.allowlist ?? []}
        saveSettings={deps.saveSettings}
        onAllowlistChange={changeAllowlist}
      />
      <Deferred
        load={loadCheckMessage}
        props={NO_PROPS}
        fallback={
          <section class="check" aria-labelledby="check-title">
            <h2 id="check-title" class="check__title">
              Check a message
            </h2>
          </section>
        }
      />
      {deps.openOptions ? (
        <footer class="popup__foot">
          <button type="button" class="popup__link" onClick={deps.openOptions}>
            Target prices and settings
          </button>
        </footer>
      ) : null}
    </main>
  );
}
