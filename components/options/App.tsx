import { useEffect } from 'preact/hooks';
import { onLedgerChange } from '../../utils/ledger/db';
import { ImportPanel } from './ImportPanel';
import { ProfileBar, ProfileForm } from './ProfileBar';
import { EntriesSection } from './EntriesSection';
import { YearView } from './YearView';
import { Overview } from './Overview';
import { useLedgerState } from './state';

/** The ledger manager (options page). */
export function App() {
  const s = useLedgerState();
  useEffect(() => {
    s.reload().catch((e) => (s.notice.value = { kind: 'error', text: e instanceof Error ? e.message : String(e) }));
    // A file dropped beside an activity must not make the browser leave the page to show it.
    const stop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    const off = onLedgerChange(() => void s.reload());
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
        <h1>学时台账</h1>
        <ProfileBar />
      </header>
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" class="link" onClick={() => (s.notice.value = undefined)} aria-label="关闭提示">
            ×
          </button>
        </p>
      )}
      {s.loaded.value && !active && (
        <section class="card empty">
          <h2>还没有台账</h2>
          <p>点上方“新增人员”开始记录，或在下面导入 Excel / CSV 表格或以前导出的备份。</p>
        </section>
      )}
      {active && (
        <>
          <section class="card" aria-labelledby="person-title">
            <h2 id="person-title">
              {active.name}
              <span class="count">
                共 <span data-testid="activity-count">{s.entries.value.length}</span> 条活动
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
