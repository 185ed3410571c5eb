// next-step: the panel's first line on every applicant screen — what to do now, and one primary button for it —
// so a person who has never seen the extension gets from the 申请列表 to a declaration ready for 提交 by following it.
// It drives only what a user would press (修改, 上传附件, 关闭) and the features' own jobs; it never presses 提交 or 保存.
import { effect } from '@preact/signals';
import { defineFeature, type FeatureContext } from './feature';
import type { NextStep } from '../../components/panel/NextStep';
import { APPLICANT_FIELD_NAMES, APPLICANT_FIELDS, BUTTONS, LIST_COLUMNS, TEXTS, type ApplicantFieldKey } from '../../utils/portal/texts';
import { findButtons, isDisabled, isLoading, mapFields, shownValue, userClick } from '../../utils/portal/element';
import { applicantFormRoot, fieldValues, formYearRow, idNumberOn } from '../../utils/portal/page';
import { cellOf, readTable, readYearRows } from '../../utils/portal/table';
import { emptyRequiredSlots, readSlots } from '../../utils/portal/slots';
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

/** Span years the ledger has hours for, less those an earlier 学时认定单 proves (they get no row, as fill-years plans). */
const yearsToFile = (c: PortalContext) => fillableYears(c).filter((y) => !(c.covered ?? []).some((cv) => cv.year === y));

/**
 * Variant B's 申请列表 (one application per 申报年度): the years its rows hold, and an application of the person's
 * still without a year (opened by 修改, it is where the next year goes before a second 新增 would).
 */
function listB(root: HTMLElement): { years: Set<number>; unfinished: HTMLElement | null } {
  const table = readTable(root, LIST_COLUMNS, ['reviewYear']);
  const years = new Set<number>();
  let unfinished: HTMLElement | null = null;
  for (const r of table?.rows ?? []) {
    const year = /\d{4}/.exec(cellOf(table!, r, 'reviewYear'))?.[0];
    if (year) years.add(Number(year));
    else unfinished ??= visibleButton(r.tr, BUTTONS.edit) ?? null;
  }
  return { years, unfinished };
}

/**
 * The form's required personal fields that are still empty: the ledger has nothing for them (a new variant-B application
 * starts with only the account's name and ID), so the person fills them in. Required: Element marks the item it
 * validates as required with is-required, whether or not the page shows the star.
 */
function ownFieldsToFill(root: ParentNode): string[] {
  const out: string[] = [];
  for (const [key, f] of mapFields(root).byKey) {
    if (!(key in APPLICANT_FIELDS) || shownValue(f)) continue;
    if (f.item.classList.contains('is-required')) out.push(APPLICANT_FIELD_NAMES[key as ApplicantFieldKey]);
  }
  return out;
}

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
      if (ctx.recognition.variant === 'B') {
        const { years, unfinished } = listB(ctx.root);
        if (unfinished) return { text: t('nextOpenB'), action: run(t('nextOpenButton'), () => userClick(unfinished)) };
        const wanted = yearsToFile(c);
        const missing = wanted.filter((y) => !years.has(y));
        const add = visibleButton(ctx.root, BUTTONS.addApplication);
        if (missing.length && add) {
          return {
            text: t('nextAddYearB', { count: missing.length, years: missing.join(t('nextListSeparator')), year: missing[0] }),
            action: run(t('nextAddYearBButton', { year: missing[0] }), () => userClick(add)),
          };
        }
        if (!missing.length && wanted.length) return { text: t('nextListReadyB', { count: wanted.length }), state: 'ready' };
      }
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
          text: t('nextEmptyFields', { fields: empty.map((k) => t('portalWord', { text: APPLICANT_FIELD_NAMES[k] })).join(t('nextListSeparator')) }),
          action: run(t('nextEmptyFieldsButton'), act('fill-applicant')),
        };
      }
      if (ctx.recognition.variant === 'B') {
        const row = formYearRow(ctx.root);
        if (!row) return { text: t('nextFillYearB'), action: run(t('nextFillYearBButton'), fill) };
        const own = ownFieldsToFill(ctx.root);
        if (own.length) return { text: t('nextOwnFieldsB', { fields: own.join(t('nextListSeparator')) }), state: 'todo' };
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
      // Variant B: every required slot from the ledger at once (学时上传 and the person's 学历信息, 委托审批函).
      const b = ctx.recognition.variant === 'B';
      const attach = (b ? ctx.actions.get('attach-slots') : undefined) ?? ctx.actions.get('attach-evidence');
      const year = attach?.year ?? null;
      if (year === null) return { text: t('nextUnknownYear'), state: 'wait' };
      const key = `${ctx.recognition.variant}:${year}`;
      const files = ledgerFiles(c, year);
      const hoursSlotFilled = b && readSlots(ctx.root).some((sl) => sl.name === TEXTS.upload.hoursSlot && sl.files.length > 0);
      if (attached.has(key) || hoursSlotFilled || !files) {
        const close = visibleButton(ctx.root, BUTTONS.close);
        // Variant B: the slots the ledger has nothing for (学历信息, 委托审批函) are the person's own to choose.
        const empty = b ? emptyRequiredSlots(readSlots(ctx.root)) : [];
        const done = b ? t('nextAttachedB', { year }) : t('nextAttached', { year });
        const text = (files ? done : t('nextNoFiles', { year })) + (empty.length ? t('nextSlotsEmpty', { slots: empty.join(t('nextListSeparator')) }) : '');
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
