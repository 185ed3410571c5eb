// year-checks: reads the year rows actually on the page, runs the rule set's checkYears, shows the findings in the
// panel (data-testid="finding") and on the rows, and remembers them per declaration for the list's 提交 guard.
import { effect, untracked } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Finding } from '../../rules/schema';
import { FindingGroups } from '../../components/panel/FindingGroups';
import { defineFeature } from './feature';
import { applicantFindings, profileOf, readApplicantScreen } from '../../utils/portal/applicant-check';
import { readDeclaration, updateDeclaration } from '../../utils/portal/declarations';
import { isLoading } from '../../utils/portal/element';
import { t, uiLang } from '../../utils/i18n';
import { ROW_NOTE } from '../../utils/i18n-panel';
import { findingText } from '../../utils/finding-text';

/** Short row notes in the UI language (ROW_NOTE; the full message is the row's tooltip and in the panel). */
const short = (code: Finding['code']) => ROW_NOTE[uiLang.peek()][code];
const STYLE_ID = 'xskr-row-style';

/** Row marks are attributes on the page's <tr>; one small stylesheet (idempotent) shows them. */
function ensureRowStyle(doc: Document) {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
tr[data-xskr-status="problem"] > td { background: #fff1f0 !important; }
tr[data-xskr-status="ok"] > td:first-child { box-shadow: inset 3px 0 0 #52c41a; }
tr[data-xskr-status="problem"] > td:first-child { box-shadow: inset 3px 0 0 #f5222d; }
tr[data-xskr-status="notice"] > td:first-child { box-shadow: inset 3px 0 0 #fa8c16; }
td[data-xskr-note]::after { content: attr(data-xskr-note); display: block; color: #cf1322; font-size: 12px; line-height: 1.3; white-space: nowrap; }
tr[data-xskr-status="notice"] td[data-xskr-note]::after { color: #d46b08; }`;
  (doc.head ?? doc.documentElement).append(style);
}

function markRow(tr: HTMLTableRowElement, findings: Finding[]) {
  const codes = [...new Set(findings.map((f) => f.code))];
  // Missing uploads alone are expected while the rows are being entered: a notice, not a red row.
  const status = findings.some((f) => f.code !== 'evidence-missing') ? 'problem' : findings.length ? 'notice' : 'ok';
  if (tr.getAttribute('data-xskr-status') !== status) tr.setAttribute('data-xskr-status', status);
  if ((tr.getAttribute('data-xskr-codes') ?? '') !== codes.join(' ')) tr.setAttribute('data-xskr-codes', codes.join(' '));
  const title = findings.map((f) => findingText(f, uiLang.peek())).join('\n');
  if (title) tr.setAttribute('title', title);
  else if (tr.hasAttribute('data-xskr-status')) tr.removeAttribute('title');
  const first = tr.querySelector<HTMLTableCellElement>(':scope > td');
  const note = codes.map(short).join(' ');
  if (first && (first.getAttribute('data-xskr-note') ?? '') !== note) {
    if (note) first.setAttribute('data-xskr-note', note);
    else first.removeAttribute('data-xskr-note');
  }
}

function unmarkRows(doc: Document) {
  for (const tr of Array.from(doc.querySelectorAll('tr[data-xskr-status]'))) {
    tr.removeAttribute('data-xskr-status');
    tr.removeAttribute('data-xskr-codes');
    tr.removeAttribute('title');
    tr.querySelector(':scope > td')?.removeAttribute('data-xskr-note');
  }
}

/** Before 申报年度明细信息 (variant A's 申报相关信息 form) the years are not entered yet: missing ones are a to-do. */
const TODO_ON_FORM: ReadonlySet<Finding['code']> = new Set(['year-missing']);

function FindingList({ findings, yearsLater }: { findings: Finding[]; yearsLater: boolean }) {
  if (!findings.length) return <p class="xskr-ok">{t('checksAllOk')}</p>;
  return <FindingGroups findings={findings} text={(f) => findingText(f)} todoCodes={yearsLater ? TODO_ON_FORM : undefined} />;
}

export default defineFeature({
  id: 'year-checks',
  include: ['year-detail', 'applicant-form'],
  order: 10,
  description: '读取网页上实际的年度行，按规则检查，在面板和行上标出问题',
  init(ctx) {
    ensureRowStyle(ctx.doc);
    let last = '';
    const check = async () => {
      if (isLoading(ctx.root)) {
        // The portal is still fetching the rows: an empty table now says nothing about the declaration.
        ctx.render(() => <p class="xskr-muted">{t('checksLoading')}</p>);
        last = '';
        return;
      }
      const read = readApplicantScreen(ctx);
      const memo = await readDeclaration(read.key || '-');
      if (ctx.signal.aborted) return;
      const findings = applicantFindings(ctx, read, memo, profileOf(ctx.store.context.value));
      ctx.store.pageFindings.value = findings;
      for (const r of read.rows) if (r.tr) markRow(r.tr, findings.filter((f) => f.year === r.year));
      const fingerprint = JSON.stringify([read.key, read.rows.map(({ tr: _tr, ...r }) => r), findings]);
      if (fingerprint === last) return;
      last = fingerprint;
      ctx.render(() => (
        <div>
          <h3>{t('checksHeading', { count: read.rows.length })}</h3>
          <FindingList findings={findings} yearsLater={ctx.screen === 'applicant-form' && ctx.recognition.variant === 'A'} />
        </div>
      ));
      if (read.key && (read.rows.length || ctx.screen === 'year-detail') && !ctx.store.busy.value) {
        await updateDeclaration(read.key, (m) => ({ ...m, findings, years: read.rows.map((r) => r.year) }));
      }
    };
    const run = () => void check().catch((e: unknown) => console.error('[学时助手] year-checks', e));
    run();
    ctx.onPageChange(run);
    if (ctx.recognition.variant === 'B') {
      // The per-year form: typing changes values, not the DOM the observer sees.
      ctx.root.addEventListener('change', run, { signal: ctx.signal });
      ctx.root.addEventListener('input', run, { signal: ctx.signal });
    }
    // Uploads seen in an upload dialog (this tab or another) change what is missing.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('xskr:decl:'))) run();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
    const dispose = effect(() => {
      void ctx.store.context.value; // re-check when the ledger context arrives
      void ctx.store.busy.value; // and after a fill
      void uiLang.value; // and in the new UI language (the row notes and tooltips on the page)
      // These two only: the check runs untracked. Tracked, the panel sections it reads and writes while rendering
      // (the "loading" note is rendered synchronously) became this effect's dependencies, and it re-ran itself until
      // @preact/signals gave up with "Cycle detected".
      untracked(() => {
        last = '';
        run();
      });
    });
    ctx.signal.addEventListener('abort', () => {
      dispose();
      unmarkRows(ctx.doc);
      ctx.doc.getElementById(STYLE_ID)?.remove(); // nothing of ours stays in the page (added again by the next screen)
    });
  },
});
