import { useEffect } from 'preact/hooks';
import { onLedgerChange } from '../../utils/ledger/db';
import { ImportPanel } from './ImportPanel';
import { ProfileBar, ProfileForm } from './ProfileBar';
import { EntriesSection } from './EntriesSection';
import { YearView } from './YearView';
import { Overview } from './Overview';
import { useLedgerState } from './state';
import { LanguageSelect } from '../popup/LanguageSelect';
import { loadUiLanguage, saveUiLanguage, t } from '../../utils/i18n';

/** The ledger manager (options page). */
export function App() {
  const s = useLedgerState();
  useEffect(() => {
    s.reload().catch((e) => (s.notice.value = { kind: 'error', text: e instanceof Error ? e.message : String(e) }));
    // A file dropped beside an activity must not make the browser leave the page to show it.
    const stop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    const off = onLedgerChange(() => {
      void s.reload();
      void loadUiLanguage(s.ledger).catch(() => undefined); // the popup may have switched the language
    });
    return () => {
      off();
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, [s]);

  const active = s.active.value;
  const notice = s.notice.value;
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('ledger')}</h1>
        <ProfileBar />
        <LanguageSelect onChange={(lang) => void s.guard(() => saveUiLanguage(s.ledger, lang))} />
      </header>
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" class="link" onClick={() => (s.notice.value = undefined)} aria-label={t('closeNotice')}>
            ×
          </button>
        </p>
      )}
      {s.loaded.value && !active && (
        <section class="card empty">
          <h2>{t('noLedgerYet')}</h2>
          <p>{t('noLedgerHelp')}</p>
        </section>
      )}
      {active && (
        <>
          <section class="card" aria-labelledby="person-title">
            <h2 id="person-title">
              {active.name}
              <span class="count">
                {t('activityCountBefore')}
                <span data-testid="activity-count">{s.entries.value.length}</span>
                {t('activityCountAfter')}
              </span>
            </h2>
            <ProfileForm key={active.id} profile={active} />
          </section>
          <YearView />
          <EntriesSection key={active.id} />
        </>
      )}
      <Overview />
      <ImportPanel />
    </div>
  );
}
