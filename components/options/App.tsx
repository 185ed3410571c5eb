import { useEffect } from 'preact/hooks';
import { onLedgerChange } from '../../utils/ledger/db';
import { ImportPanel } from './ImportPanel';
import { ProfileBar, ProfileForm } from './ProfileBar';
import { EntriesSection } from './EntriesSection';
import { YearView } from './YearView';
import { Overview } from './Overview';
import { CertificateReader } from './CertificateReader';
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
      <UnreadableRecords />
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
              {/* only once this person's activities are read: never an empty or another person's count under their name */}
              {s.activeLoaded.value && (
                <span class="count">
                  {t('activityCountBefore')}
                  <span data-testid="activity-count">{s.entries.value.length}</span>
                  {t('activityCountAfter')}
                </span>
              )}
            </h2>
            <ProfileForm key={active.id} profile={active} />
          </section>
          {s.activeLoaded.value && (
            <>
              <YearView />
              <EntriesSection key={active.id} />
            </>
          )}
        </>
      )}
      {active && <CertificateReader key={active.id} />}
      <Overview />
      <ImportPanel />
    </div>
  );
}

/** Records the ledger holds but cannot read: said once, each named, so nothing is lost without a word. */
function UnreadableRecords() {
  const s = useLedgerState();
  const records = s.unreadable.value;
  if (!records.length) return null;
  return (
    <div class="notice error" role="status" data-testid="unreadable-records">
      <p>{t('unreadableRecords', { count: records.length })}</p>
      <ul>
        {records.slice(0, 20).map((r) => (
          <li key={`${r.store}-${r.key}`}>
            {r.label}：{r.problem}
          </li>
        ))}
        {records.length > 20 && <li>{t('moreErrors', { count: records.length - 20 })}</li>}
      </ul>
    </div>
  );
}
