import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { makeBackup, backupFileName, recordBackupTaken } from '../../utils/ledger/backup';
import { exportRows, toCsv, toXlsx } from '../../utils/ledger/export';
import { applyImport, importContext, planImport, type ImportPreview, type RowError } from '../../utils/ledger/import';
import { downloadBlob, today } from './download';
import { useFocusOnMount } from './focus';
import { useLedgerState } from './state';
import { t } from '../../utils/i18n';
import { uiLang } from '../../utils/i18n-shell';
import { to } from '../../utils/i18n-options';
import { importProblemText } from '../../utils/import-problem-text';
import { ColumnHeads } from '../ColumnHeads';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; message: string; errors: RowError[] };

/** Import (CSV / XLSX / backup) with a preview and an all-or-nothing confirm; export and backup. */
export function ImportPanel() {
  const s = useLedgerState();
  const stage = useSignal<Stage>({ kind: 'idle' });
  const busy = useSignal(false);
  const usage = useSignal<string>('');
  const lastBackup = useSignal<number | undefined>(undefined);
  useEffect(() => {
    void s.ledger.getSettings().then((st) => (lastBackup.value = st.lastBackupAt));
  }, [s]);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(({ usage: used, quota }) => {
      if (used !== undefined && quota) usage.value = to('storageUsage', { used: (used / 1024 / 1024).toFixed(1), quota: (quota / 1024 / 1024 / 1024).toFixed(1) });
    });
  }, [s.evidence.value.length, stage.value.kind]);

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    stage.value = { kind: 'reading', fileName: file.name };
    const plan = await planImport(file.name, await file.arrayBuffer(), await importContext(s.ledger));
    input.value = '';
    stage.value = plan.ok ? { kind: 'preview', preview: plan.preview } : { kind: 'failed', message: plan.message, errors: plan.errors };
  }

  async function confirm(preview: ImportPreview) {
    busy.value = true;
    try {
      const { added, profileIds } = await applyImport(s.ledger, preview);
      await s.reload();
      if (preview.kind === 'spreadsheet' && profileIds[0] && !profileIds.includes(s.activeId.value ?? '')) await s.selectProfile(profileIds[0]);
      const files = preview.batch.evidence.length ? t('importFiles', { count: preview.batch.evidence.length }) : '';
      const who = preview.people.map((p) => p.name).join(t('listSeparator'));
      if (preview.kind === 'backup') {
        const replaced = preview.people.reduce((n, p) => n + p.duplicates, 0);
        stage.value = { kind: 'done', text: t('importBackupDone', { added, files, who, replaced: replaced ? t('importReplaced', { count: replaced }) : '' }) };
      } else {
        const skipped = preview.duplicates ? t('importSkipped', { count: preview.duplicates }) : '';
        // the same file again: say first that nothing was new, not “imported 0” with the reason at the end
        stage.value = {
          kind: 'done',
          text: added === 0 && preview.duplicates ? t('importNothingNew', { count: preview.duplicates, file: preview.fileName, who }) : t('importDone', { added, who, skipped }),
        };
      }
    } catch (e) {
      stage.value = { kind: 'failed', message: t('importFailed', { message: e instanceof Error ? e.message : String(e) }), errors: [] };
    } finally {
      busy.value = false;
    }
  }

  async function exportSheet(format: 'xlsx' | 'csv', onlyActive: boolean) {
    await s.guard(async () => {
      const all = await s.ledger.dump();
      const profiles = onlyActive ? all.profiles.filter((p) => p.id === s.activeId.value) : all.profiles;
      const ids = new Set(profiles.map((p) => p.id));
      const rows = exportRows(profiles, all.entries.filter((e) => ids.has(e.profileId)), all.evidence.filter((e) => ids.has(e.profileId)));
      const who = onlyActive && profiles[0] ? `-${profiles[0].name}` : '';
      if (format === 'csv') downloadBlob(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `学时台账${who}-${today()}.csv`);
      else downloadBlob(await toXlsx(rows), `学时台账${who}-${today()}.xlsx`);
    });
  }

  async function backup() {
    await s.guard(async () => {
      const text = await makeBackup(s.ledger);
      downloadBlob(new Blob([text], { type: 'application/json' }), backupFileName());
      const at = Date.now();
      await recordBackupTaken(s.ledger, at);
      lastBackup.value = at;
    }, to('backupMade'));
  }

  const st = stage.value;
  return (
    <section aria-labelledby="import-title" class="card">
      <h2 id="import-title">{t('importExport')}</h2>
      <p class="hint">
        {t('importHint')}
        <a href="/template/学时台账模板.xlsx" download>
          {t('downloadXlsxTemplate')}
        </a> · <a href="/template/学时台账模板.csv" download>
          {t('downloadCsvTemplate')}
        </a>
      </p>
      <label class="file-button">
        {t('chooseImportFile')}
        <input
          type="file"
          data-testid="ledger-import"
          accept=".xlsx,.csv,.txt,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onFile}
        />
      </label>
      {st.kind === 'reading' && <p role="status">{t('readingFile', { name: st.fileName })}</p>}
      {st.kind === 'failed' && (
        <div class="notice error" role="alert" data-testid="import-error">
          <p>{uiLang.value === 'zh-CN' || !st.errors.length ? st.message : failedHead(st.message, st.errors.length)}</p>
          {/* zh-CN: the importer's sentence holds the first problems, the list repeats them when there are several; English: the list holds them all */}
          {(st.errors.length > 1 || (st.errors.length === 1 && uiLang.value !== 'zh-CN')) && (
            <ul class="row-errors">
              {st.errors.slice(0, 50).map((e) => (
                <li key={`${e.row}-${e.message}`}>{e.row ? t('rowError', { row: e.row, message: importProblemText(e.message) }) : importProblemText(e.message)}</li>
              ))}
              {st.errors.length > 50 && <li>{t('moreErrors', { count: st.errors.length - 50 })}</li>}
            </ul>
          )}
        </div>
      )}
      {st.kind === 'preview' && <Preview preview={st.preview} busy={busy.value} onConfirm={() => confirm(st.preview)} onCancel={() => (stage.value = { kind: 'idle' })} />}
      {st.kind === 'done' && (
        <p class="notice ok" role="status" data-testid="import-result">
          {st.text}
        </p>
      )}
      <div class="toolbar" role="group" aria-label={t('export')}>
        <button type="button" onClick={() => exportSheet('xlsx', false)}>
          {t('exportXlsxAll')}
        </button>
        <button type="button" onClick={() => exportSheet('csv', false)}>
          {t('exportCsvAll')}
        </button>
        <button type="button" onClick={() => exportSheet('xlsx', true)} disabled={!s.active.value}>
          {t('exportCurrent')}
        </button>
        <button type="button" onClick={backup}>
          {t('fullBackup')}
        </button>
      </div>
      <p class="hint">{t('exportHint')}</p>
      {usage.value && (
        <p class="hint">
          {usage.value}
          {t('storageHint')}
        </p>
      )}
      <p class="hint" data-testid="last-backup">
        {lastBackup.value ? t('lastBackup', { when: new Date(lastBackup.value).toLocaleString(uiLang.value) }) : t('noBackupYet')}
      </p>
    </section>
  );
}

/** The first line of a refused import in the UI language; the importer's zh-CN sentence names how many problems it found. */
function failedHead(message: string, listed: number): string {
  const total = Number(/共 (\d+) 处问题/.exec(message)?.[1] ?? listed);
  return total > 5 ? to('importFailedHeadMany', { count: total }) : to('importFailedHead');
}

function Preview({ preview, busy, onConfirm, onCancel }: { preview: ImportPreview; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const enc = preview.encoding === 'gb18030' ? t('gbkEncoding') : '';
  const confirmRef = useFocusOnMount<HTMLButtonElement>();
  const names = new Map(preview.people.map((p) => [p.profileId, p.name]));
  return (
    <div class="preview" role="region" aria-label={t('importPreview')}>
      {preview.kind === 'spreadsheet' && preview.added === 0 && preview.duplicates ? (
        <p data-testid="import-nothing-new">
          “{preview.fileName}”{enc}
          {t('previewNothingNew', { count: preview.duplicates })}
        </p>
      ) : (
        <p>
          “{preview.fileName}”{enc}
          {preview.kind === 'backup' ? t('previewBackup') : t('previewAdd')} <strong>{preview.added}</strong>
          {t('previewActivities')}
          {preview.batch.evidence.length ? t('previewFiles', { count: preview.batch.evidence.length }) : ''}
          {preview.duplicates ? t('previewDuplicates', { count: preview.duplicates }) : ''}
          {t('previewColon')}
        </p>
      )}
      <ul>
        {preview.people.map((p) => (
          <li key={p.profileId}>
            <span lang="zh-CN">{p.name}</span>
            {p.isNew ? to('previewNewPerson') : ''}
            {to('previewPersonCount', { count: p.added })}
            {p.duplicates ? to(preview.kind === 'backup' ? 'previewReplaces' : 'previewRepeats', { count: p.duplicates }) : ''}
            {p.years.length ? to('previewYears', { from: p.years[0], to: p.years[p.years.length - 1] }) : ''}
            {/* the one note a preview has: a restored person whose name another already has */}
            {p.note && <strong class="warning">{to('previewNote', { note: uiLang.value === 'zh-CN' ? p.note : to('previewSameName', { name: p.name }) })}</strong>}
          </li>
        ))}
      </ul>
      {preview.skipped?.length ? (
        <div class="notice error" data-testid="import-skipped">
          <p>{t('backupSkipped', { count: preview.skipped.length })}</p>
          <ul>
            {preview.skipped.slice(0, 20).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.sample.length > 0 && (
        <table class="compact">
          <caption>{t('firstRows', { count: preview.sample.length })}</caption>
          <ColumnHeads heads={[t('name'), t('year'), t('colCategory'), t('entryName'), t('colForm'), t('hours')]} />
          <tbody>
            {preview.sample.map((e) => (
              <tr key={e.id}>
                <td lang="zh-CN">{names.get(e.profileId) ?? ''}</td>
                <td>{e.year}</td>
                <td>{t(e.category === 'public' ? 'publicHours' : 'professionalHours')}</td>
                <td lang="zh-CN">{e.name}</td>
                <td lang="zh-CN">{e.form}</td>
                <td>{e.certifiedHours ?? t('byRuleShort')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="toolbar">
        <button ref={confirmRef} type="button" class="primary" data-testid="import-confirm" onClick={onConfirm} disabled={busy}>
          {t('confirmImport')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
