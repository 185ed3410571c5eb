// The toolbar popup: choose the person, see which years are still short, and a quick calculator.
import { useEffect, useState } from 'preact/hooks';
import { ChecklistView } from './ChecklistView';
import type { CalculatorProps } from './CalculatorView';
import { RemindersToggle } from './RemindersToggle';
import { LanguageSelect } from './LanguageSelect';
import type { PopupStore } from './store';
import { tPopup as t, tSplitPopup as tSplit } from '../../utils/i18n-popup';

type Tab = 'checklist' | 'calculator';

/** The ledger page, beside the popup in the extension: a path the popup's own extension origin resolves (as
 * runtime.getURL would), so the first frame does not load the browser API's polyfill for one URL (issue 15). */
export function ledgerUrl(profileId?: string): string {
  const base = '/options.html';
  return profileId ? `${base}#profile=${encodeURIComponent(profileId)}` : base;
}

type CalculatorModule = typeof import('./CalculatorView');
let calculatorModule: Promise<CalculatorModule> | undefined;

/** The calculator tab: its code (the kinds' fields, the conversion under every rule set) loads when the tab is first
 * shown, so opening the popup loads and runs only what the checklist needs. */
function Calculator(props: CalculatorProps) {
  const [mod, setMod] = useState<CalculatorModule | null>(null);
  useEffect(() => {
    let shown = true;
    void (calculatorModule ??= import('./CalculatorView')).then((m) => shown && setMod(m));
    return () => void (shown = false);
  }, []);
  return mod ? <mod.CalculatorView {...props} /> : <p class="muted" aria-busy="true" />;
}

export function PopupApp({ store }: { store: PopupStore }) {
  const [tab, setTab] = useState<Tab>('checklist');
  useEffect(() => {
    void store.start(); // main.tsx has started it already, before the first render
    void store.loadMore(); // the rest of the popup's code, once the first frame is on screen
    return store.follow();
  }, [store]);
  const s = store.state.value;

  const tabs: [Tab, string][] = [
    ['checklist', t('tabChecklist')],
    ['calculator', t('tabCalculator')],
  ];
  // Tabs pattern: one tab stop, arrow keys move between tabs.
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const i = tabs.findIndex(([id]) => id === tab);
    const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length][0];
    setTab(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus();
  };

  const [countBefore, countAfter] = tSplit('activityCountLine', 'name', { count: s.status === 'ready' ? s.activityCount : 0 });

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('appName')}</h1>
        {s.status === 'ready' && (
          <label class="profile" for="profile-select">
            <span class="sr-only">{t('currentPerson')}</span>
            <select id="profile-select" data-testid="profile-select" value={s.active.id} onChange={(e) => void store.selectProfile((e.currentTarget as HTMLSelectElement).value)}>
              {s.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <LanguageSelect onChange={(lang) => void store.setLanguage(lang)} />
      </header>
      <nav class="tabs" role="tablist" aria-label={t('popupTabs')} onKeyDown={onTabKey}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="popup-panel"
            tabIndex={tab === id ? 0 : -1}
            data-testid={`tab-${id}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id="popup-panel" aria-labelledby={`tab-${tab}`}>
        {tab === 'checklist' &&
          (s.status === 'loading' ? (
            <p class="muted">{t('loadingLedger')}</p>
          ) : s.status === 'error' ? (
            <p class="error" role="alert">
              {s.message}
            </p>
          ) : s.status === 'empty' ? (
            <p data-testid="popup-empty">
              {t('emptyBefore')}
              <a href={ledgerUrl()} target="_blank" rel="noopener">
                {t('openLedger')}
              </a>
              {t('emptyAfter')}
            </p>
          ) : (
            <>
              <p class="muted small" data-testid="activity-count-line">
                {countBefore}
                <span lang="zh-CN">{s.active.name}</span>
                {countAfter}
              </p>
              <ChecklistView checklist={s.checklist} ledgerUrl={ledgerUrl(s.active.id)} activitySets={s.activitySets} />
            </>
          ))}
        {tab === 'calculator' && (
          <Calculator
            onAdd={s.status === 'ready' ? (activity, name) => store.addActivity(activity, name) : undefined}
            activeName={s.status === 'ready' ? s.active.name : undefined}
          />
        )}
      </div>
      <footer class="popup__footer">
        <RemindersToggle after={store.loadMore} />
      </footer>
    </main>
  );
}
