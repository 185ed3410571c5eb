// next-step: the panel's first line on every applicant screen — what to do now, and one primary button for it —
// so a person who has never seen the extension gets from the 申请列表 to a declaration ready for 提交 by following it.
// It drives only what a user would press (修改, 上传附件, 关闭) and the features' own jobs; it never presses 提交 or 保存.
import { effect } from '@preact/signals';
import { defineFeature, type FeatureContext } from './feature';
import type { NextStep } from '../../components/panel/NextStep';
import { APPLICANT_FIELD_NAMES, BUTTONS } from '../../utils/portal/texts';
import { findButtons, isDisabled, isLoading, userClick } from '../../utils/portal/element';
import { applicantFormRoot, fieldValues, formYearRow, idNumberOn } from '../../utils/portal/page';
import { readYearRows } from '../../utils/portal/table';
import { declarationKey, readDeclaration, watchDeclarations } from '../../utils/portal/declarations';
import { isShown } from '../../utils/portal/scan';
import type { PortalContext } from '../../utils/messages';
import { t } from '../../utils/i18n';
import { refusalText } from '../../utils/portal/message-text';

/** The 申报相关信息 fields the ledger can fill (applicant-info): empty ones are the person's first to-do. */
const LEDGER_FIELDS = ['idNumber', 'name', 'phone', 'titleLevel', 'degree'] as const;

const visibleButton = (root: ParentNode, wordings: Parameters<typeof findButtons>[1]) => findButtons(root, wordings).find((b) => isShown(b) && !isDisabled(b));

/** Years of the span the ledger has hours for. */
const fillableYears = (c: PortalContext) => (c.span.years ?? []).filter((y) => c.rows.some((r) => r.year === y));

/** Files the ledger holds for `year`. */
const ledgerFiles = (c: PortalContext, year: number) => c.evidence.find((e) => e.year === year)?.fileCount ?? 0;

/** Years whose upload dialog attach finished in this tab (the memo catches up when the dialog is read again). */
const attached = new Set<string>();

async function stepFor(ctx: FeatureContext, refresh: () => void): Promise<NextStep | null> {
  const s = ctx.store.context.value;
  const busy = !!ctx.store.busy.value;
  if (s.status === 'loading') return { text: t('nextLoading'), state: 'wait' };
  if (s.status === 'none') return { text: t('nextNoLedger', { reason: refusalText(s.refusal) }), state: 'wait' };
  const c = s.context;
  const run = (label: string, fn: () => unknown) => ({ label, disabled: busy, run: () => void fn() });
  // The other features' jobs, as they offer them on this screen (features never import each other).
  const act = (name: string) => () => ctx.actions.get(name)?.run();
  const fill = act('fill-years');

  switch (ctx.screen) {
    case 'applicant-list': {
      const edit = visibleButton(ctx.root, BUTTONS.edit);
      if (edit) return { text: t('nextOpen'), action: run(t('nextOpenButton'), () => userClick(edit)) };
      const add = visibleButton(ctx.root, BUTTONS.addApplication);
      if (add) return { text: t('nextAdd'), action: run(t('nextAddButton'), () => userClick(add)) };
      return { text: t('nextNoneInList'), state: 'wait' };
    }
    case 'applicant-form': {
      const values = fieldValues(ctx.root);
      const empty = LEDGER_FIELDS.filter((k) => values.has(k) && !(values.get(k) ?? ''));
      if (empty.length) {
        return {
          text: t('nextEmptyFields', { fields: empty.map((k) => APPLICANT_FIELD_NAMES[k]).join(t('nextListSeparator')) }),
          action: run(t('nextEmptyFieldsButton'), act('fill-applicant')),
        };
      }
      if (ctx.recognition.variant === 'B') {
        const row = formYearRow(ctx.root);
        if (!row) return { text: t('nextFillYearB'), action: run(t('nextFillYearBButton'), fill) };
        const files = ledgerFiles(c, row.year);
        const open = visibleButton(ctx.root, BUTTONS.evidenceB);
        if (files && open && !attached.has(`B:${row.year}`)) {
          return { text: t('nextUploadB', { year: row.year, count: files }), action: run(t('nextUploadBButton'), () => userClick(open)) };
        }
        return { text: t('nextSaveB', { year: row.year }), state: 'ready' };
      }
      const years = fillableYears(c);
      return {
        text: t('nextFormDone', { count: years.length, years: years.join(t('nextListSeparator')) }),
        action: run(t('nextFormDoneButton'), fill),
      };
    }
    case 'year-detail': {
      if (isLoading(ctx.root)) return { text: t('nextLoadingRows'), state: 'wait' };
      const rows = readYearRows(ctx.root)?.rows ?? [];
      const held = new Set(rows.map((r) => r.year));
      const missing = fillableYears(c).filter((y) => !held.has(y));
      if (missing.length) {
        const list = missing.join(t('nextListSeparator'));
        return { text: t('nextMissing', { count: missing.length, years: list }), action: run(t('nextMissingButton', { count: missing.length }), fill) };
      }
      const form = applicantFormRoot(ctx.doc);
      const memo = await readDeclaration(declarationKey(form ? idNumberOn(form.root) : '') ?? '-');
      for (const r of [...rows].sort((a, b) => a.year - b.year)) {
        const files = ledgerFiles(c, r.year);
        const seen = memo.uploads[String(r.year)];
        if (!files || (seen !== undefined && seen >= files) || attached.has(`A:${r.year}`)) continue;
        const button = visibleButton(r.tr, BUTTONS.upload);
        if (!button) continue;
        return { text: t('nextUpload', { year: r.year, count: files }), action: run(t('nextUploadButton', { year: r.year }), () => userClick(button)) };
      }
      const problems = ctx.store.pageFindings.value.filter((f) => f.severity === 'error' && f.code !== 'evidence-missing');
      if (problems.length) return { text: t('nextProblems', { count: problems.length }), state: 'todo' };
      return { text: t('nextReady'), state: 'ready' };
    }
    case 'year-form':
      return { text: t('nextYearForm'), action: run(t('nextYearFormButton'), fill) };
    case 'evidence-upload': {
      const attach = ctx.actions.get('attach-evidence');
      const year = attach?.year ?? null;
      if (year === null) return { text: t('nextUnknownYear'), state: 'wait' };
      const key = `${ctx.recognition.variant}:${year}`;
      const files = ledgerFiles(c, year);
      if (attached.has(key) || !files) {
        const close = visibleButton(ctx.root, BUTTONS.close);
        const text = files ? t('nextAttached', { year }) : t('nextNoFiles', { year });
        return close ? { text, action: run(t('nextCloseButton'), () => userClick(close)), state: files ? 'todo' : 'wait' } : { text, state: 'wait' };
      }
      return {
        text: t('nextAttach', { year, count: files }),
        action: run(t('nextAttach', { year, count: files }), async () => {
          await attach?.run();
          if (ctx.ui.job.peek()?.state === 'done') attached.add(key);
          refresh();
        }),
      };
    }
    default:
      return null;
  }
}

export default defineFeature({
  id: 'next-step',
  include: ['applicant-list', 'applicant-form', 'year-detail', 'year-form', 'evidence-upload'],
  order: 1,
  description: '在面板最上方说明现在该做什么，并给出这一步唯一的主按钮（打开申报 → 填空栏 → 补齐年度 → 放入材料 → 可提交）',
  init(ctx) {
    let seq = 0;
    const update = () => {
      const mine = ++seq;
      void stepFor(ctx, update)
        .then((step) => {
          if (mine === seq && !ctx.signal.aborted) ctx.nextStep(step);
        })
        .catch((e: unknown) => console.error('[学时助手] next-step', e));
    };
    ctx.onPageChange(update);
    // Typing in a form changes values, not the DOM the observer sees.
    ctx.root.addEventListener('input', update, { signal: ctx.signal });
    ctx.root.addEventListener('change', update, { signal: ctx.signal });
    const dispose = effect(() => {
      void ctx.store.context.value;
      void ctx.store.busy.value;
      void ctx.store.pageFindings.value;
      update();
    });
    ctx.signal.addEventListener('abort', dispose, { once: true });
    watchDeclarations(update, ctx.signal);
  },
});
