// year-checks: reads the year rows actually on the page, runs the rule set's checkYears, shows the findings in the
// panel (data-testid="finding") and on the rows, and remembers them per declaration for the list's 提交 guard.
import { effect, untracked } from '@preact/signals';
import type { Finding } from '../../rules/schema';
import { FindingGroups } from '../../components/panel/FindingGroups';
import { defineFeature } from './feature';
import { applicantFindings, applicantRowMark, profileOf } from '../../utils/portal/applicant-check';
import { collectApplicant } from '../../utils/portal/applicant-collect';
import { clearMarks, markRow } from '../../utils/portal/row-marks';
import { readDeclaration, updateDeclaration, watchDeclarations } from '../../utils/portal/declarations';
import { isLoading } from '../../utils/portal/element';
import { t } from '../../utils/i18n';
import { uiLang } from '../../utils/i18n-shell';
import { ROW_NOTE } from '../../utils/i18n-panel';
import { findingText } from '../../utils/finding-text-core';

/** A row's marks (utils/portal/row-marks.ts): short notes in the UI language (ROW_NOTE), the full messages as its tooltip. */
function markYearRow(tr: HTMLTableRowElement, findings: Finding[]) {
  const lang = uiLang.peek();
  const { status, codes } = applicantRowMark(findings);
  markRow(tr, {
    status,
    codes,
    tip: findings.map((f) => findingText(f, lang)).join('\n'),
    note: codes.map((c) => ROW_NOTE[lang][c]).join(' '),
  });
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
    let last = '';
    const check = async () => {
      if (isLoading(ctx.root)) {
        // The portal is still fetching the rows: an empty table now says nothing about the declaration.
        ctx.render(() => <p class="xskr-muted">{t('checksLoading')}</p>);
        last = '';
        return;
      }
      const { details, rowElements } = collectApplicant(ctx);
      const memo = await readDeclaration(details.key || '-');
      if (ctx.signal.aborted) return;
      const findings = applicantFindings(details, memo.uploads, profileOf(ctx.store.context.value));
      ctx.store.pageFindings.value = findings;
      details.rows.forEach((r, i) => {
        const tr = rowElements[i];
        if (tr) markYearRow(tr, findings.filter((f) => f.year === r.year));
      });
      const fingerprint = JSON.stringify([details.key, details.rows, findings]);
      if (fingerprint === last) return;
      last = fingerprint;
      ctx.render(() => (
        <div>
          <h3>{t('checksHeading', { count: details.rows.length })}</h3>
          <FindingList findings={findings} yearsLater={ctx.screen === 'applicant-form' && ctx.recognition.variant === 'A'} />
        </div>
      ));
      if (details.key && (details.rows.length || ctx.screen === 'year-detail') && !ctx.store.busy.value) {
        await updateDeclaration(details.key, (m) => ({ ...m, findings, years: details.rows.map((r) => r.year) }));
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
    watchDeclarations(run, ctx.signal);
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
      clearMarks(ctx.doc); // nothing of ours stays in the page (added again by the next screen)
    });
  },
});
