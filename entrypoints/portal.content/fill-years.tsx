// fill-years: adds every span year the screen lacks from the active profile's ledger (contract §4).
// Variant A: one row per year through the portal's own 新增 dialog, each saved by the portal and read back.
// Variant B: the per-year form, for the first span year not filed yet. Never deletes/overwrites, never 提交.
import { defineFeature, type FeatureContext } from './feature';
import { askOption, runJob } from './job';
import { findButtons, findFields, isDisabled, isLoading, userClick } from '../../utils/portal/element';
import { applyFieldSteps, applyYearPlanA, FillError, type ApplyEnv } from '../../utils/portal/fill-apply';
import { planApplicantFields, planYearRows, yearFieldSteps, type FillPlan } from '../../utils/portal/fill-plan';
import { recognise, recogniseScope } from '../../utils/portal/recognise';
import { scanDocument } from '../../utils/portal/scan';
import { fieldValues, formYearRow, pickerFields } from '../../utils/portal/page';
import { readYearRows } from '../../utils/portal/table';
import { BUTTONS } from '../../utils/portal/texts';
import { waitFor } from '../../utils/portal/wait';
import type { PortalContext } from '../../utils/messages';
import { requestApplicantFields } from '../../utils/portal/messaging';
import { coverageLine } from '../../utils/ledger/coverage-text';
import { t } from '../../utils/i18n';
import { refusalText } from '../../utils/portal/message-text';

function pageYears(ctx: FeatureContext): number[] {
  if (ctx.screen === 'year-detail') return (readYearRows(ctx.root)?.rows ?? []).map((r) => r.year);
  return [];
}

/**
 * Variant A from the 申报相关信息 form: press the portal's own 下一步 (it saves the form as the user filled it and
 * opens 申报年度明细信息), then fill there. Resolves with the year dialog's element.
 */
async function toYearDetail(ctx: FeatureContext, signal: AbortSignal): Promise<HTMLElement> {
  const next = findButtons(ctx.root, BUTTONS.next).find((b) => !isDisabled(b));
  if (!next) throw new FillError(t('fillNoNext'));
  userClick(next);
  const outcome = await waitFor(
    ctx.doc,
    () => {
      const r = recognise(ctx.doc);
      if (r?.screen === 'year-detail') return { ok: true as const, root: r.root };
      const errors = Array.from(ctx.root.querySelectorAll('.el-form-item__error')).map((e) => e.textContent?.trim() ?? '').filter(Boolean);
      return errors.length ? { ok: false as const, errors } : null;
    },
    { timeout: 20000, signal, what: t('fillWaitDetail') },
  );
  if (!outcome.ok) throw new FillError(t('fillNextRefused', { errors: outcome.errors.join('；') }));
  return outcome.root;
}

async function planFor(ctx: FeatureContext, context: PortalContext, detail?: HTMLElement): Promise<FillPlan> {
  const spanYears = context.span.years;
  if (ctx.recognition.variant === 'A') {
    const held = detail ? (readYearRows(detail)?.rows ?? []).map((r) => r.year) : pageYears(ctx);
    return planYearRows({ spanYears, ledgerRows: context.rows, pageYears: held, variant: 'A', covered: context.covered });
  }
  const current = formYearRow(ctx.root);
  // Variant B's form lists the years already filed (已申报学时信息: the other applications).
  const filed = (readYearRows(ctx.root)?.rows ?? []).map((r) => r.year);
  // The form already holds a year the user chose: fill that year's empty fields only.
  const years = current ? [current.year] : spanYears;
  return planYearRows({ spanYears: years, ledgerRows: context.rows, pageYears: current ? [] : filed, variant: 'B', covered: current ? [] : context.covered });
}

async function fill(ctx: FeatureContext) {
  await runJob(ctx, t('fillYears'), async (job) => {
    await ctx.store.refreshContext(); // inside the job: the panel shows it running at once
    const state = ctx.store.context.value;
    if (state.status !== 'ready') throw new Error(state.status === 'none' ? refusalText(state.refusal) : t('ledgerNotRead'));
    const context = state.context;
    if (!context.span.years) job.log(t('fillSpanUnknown', { reason: context.span.reason }));
    let detail: HTMLElement | undefined;
    if (ctx.screen === 'applicant-form' && ctx.recognition.variant === 'A') {
      job.log(t('fillPressNext'));
      detail = await toYearDetail(ctx, job.signal);
    }
    // The portal may still be loading the rows it holds: plan only from what it finished showing.
    const table = detail ?? ctx.root;
    if (isLoading(table)) {
      job.log(t('fillWaitRows'));
      await waitFor(ctx.doc, () => !isLoading(table), { timeout: 30000, signal: job.signal, what: t('fillWaitLoad') });
    }
    const plan = await planFor(ctx, context, detail);
    for (const s of plan.skipped) job.log(t('fillSkipped', { year: s.year, reason: s.reason }));
    if (!plan.years.length) return t('fillNothing');
    const env: ApplyEnv = {
      doc: ctx.doc,
      signal: job.signal,
      log: job.log,
      askOption: (q) => askOption(ctx, job.signal, q),
      detail: detail ?? (ctx.screen === 'year-detail' ? ctx.root : undefined), // the rows the plan was read from
    };
    if (ctx.recognition.variant === 'A') {
      for (const yp of plan.years) {
        job.log(t('fillAdding', { year: yp.year }));
        await applyYearPlanA(yp, env);
      }
      return t('fillAdded', { count: plan.years.length });
    }
    // Variant B: the applicant fields the profile knows (empty ones only), then the year's fields.
    const yp = plan.years[0];
    const applicant = planApplicantFields(await requestApplicantFields(), fieldValues(ctx.root), pickerFields(ctx.root)); // ID and phone only now
    const current = formYearRow(ctx.root);
    const values = fieldValues(ctx.root);
    const yearSteps = yp.steps.filter((s) => s.kind === 'year' ? !current : s.kind === 'text' || s.kind === 'select' ? !(values.get(s.field) ?? '') : false);
    await applyFieldSteps([...applicant.steps, ...yearSteps], ctx.root, 'applicant-form', env, { onlyEmpty: true, year: yp.year });
    for (const d of applicant.differs) job.log(t('applicantDiffers', { field: d }));
    return t('fillFilledYear', { year: yp.year });
  });
}

/** year-form (the user opened 新增/修改 by hand): fill this dialog's empty fields for its year; the user saves. */
async function fillDialog(ctx: FeatureContext) {
  await runJob(ctx, t('fillDialogJob'), async (job) => {
    await ctx.store.refreshContext(); // inside the job: the panel shows it running at once
    const state = ctx.store.context.value;
    if (state.status !== 'ready') throw new Error(state.status === 'none' ? refusalText(state.refusal) : t('ledgerNotRead'));
    const { span, rows } = state.context;
    const covered = new Set((state.context.covered ?? []).map((c) => c.year)); // proved by an earlier 学时认定单: no row
    const chosen = formYearRow(ctx.root)?.year;
    let year = chosen;
    if (year === undefined) {
      const detail = scanDocument(ctx.doc).find((sc) => recogniseScope(sc)?.screen === 'year-detail');
      const held = new Set((detail ? readYearRows(detail.element)?.rows ?? [] : []).map((r) => r.year));
      year = (span.years ?? []).find((y) => !held.has(y) && !covered.has(y) && rows.some((r) => r.year === y));
    }
    const row = rows.find((r) => r.year === year);
    if (year === undefined || !row) return t('fillNoYear');
    const values = fieldValues(ctx.root);
    const steps = yearFieldSteps(row).filter((st) => (st.kind === 'year' ? chosen === undefined : st.kind !== 'text' && st.kind !== 'select' ? false : !(values.get(st.field) ?? '')));
    if (!steps.length) return t('fillNoEmpty');
    await applyFieldSteps(steps, ctx.root, 'year-form', { doc: ctx.doc, signal: job.signal, log: job.log, askOption: (q) => askOption(ctx, job.signal, q) }, { onlyEmpty: true, year });
    return t('fillDialogDone', { year });
  });
}

export default defineFeature({
  id: 'fill-years',
  include: ['year-detail', 'applicant-form', 'year-form'],
  order: 20,
  description: '从台账补齐网页上缺少的年度（A：逐年“新增”并核对；B：填写本年度表单；手动打开的年度对话框：只填空栏）',
  init(ctx) {
    ctx.actions.set('fill-years', { run: () => (ctx.screen === 'year-form' ? fillDialog(ctx) : fill(ctx)) }); // the panel's next step
    if (ctx.screen === 'year-form') {
      ctx.render(() => (
        <div>
          <h3>{t('fillHeading')}</h3>
          <button type="button" class="xskr-btn" data-testid="fill-years" disabled={!!ctx.store.busy.value || ctx.store.context.value.status !== 'ready'} onClick={() => void fillDialog(ctx)}>
            {t('fillDialogButton')}
          </button>
        </div>
      ));
      return;
    }
    const view = () => {
      const s = ctx.store.context.value;
      const busy = ctx.store.busy.value;
      const held = new Set(pageYears(ctx));
      const span = s.status === 'ready' ? s.context.span.years : null;
      // Years an earlier 学时认定单 / 合格证明 proves get no row (湘人社办函〔2025〕37号 三.(四) and the cities' same clause).
      const covered = s.status === 'ready' ? (s.context.covered ?? []).filter((c) => !span || span.includes(c.year)) : [];
      const missing = span ? span.filter((y) => !held.has(y) && !covered.some((c) => c.year === y)) : [];
      return (
        <div>
          <h3>{t('fillHeading')}</h3>
          {ctx.screen === 'year-detail' && span ? (
            <p>
              {t('fillPageHas', { held: [...held].sort().join(t('listSeparator')) || t('fillNone'), missing: missing.join(t('listSeparator')) || t('fillNone') })}
            </p>
          ) : null}
          {covered.length ? (
            <ul class="xskr-covered" data-testid="fill-covered">
              {covered.map((c) => (
                <li key={c.year} data-testid="covered-year" data-year={c.year} title={c.citation}>
                  {t('yearHeading', { year: c.year })}：{coverageLine(c)}
                  {t('fillCoveredNoRow')}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" class="xskr-btn" data-testid="fill-years" disabled={!!busy || s.status !== 'ready'} onClick={() => void fill(ctx)}>
            {t(ctx.recognition.variant === 'B' ? 'fillThisYear' : ctx.screen === 'applicant-form' ? 'fillNextAndYears' : 'fillYears')}
          </button>
          {ctx.screen === 'applicant-form' && ctx.recognition.variant === 'A' ? (
            <p class="xskr-muted">{t('fillNextNote')}</p>
          ) : null}
          {findFields(ctx.root).size === 0 && ctx.screen === 'applicant-form' ? <p class="xskr-muted">{t('fillFormNotShown')}</p> : null}
        </div>
      );
    };
    ctx.render(view);
    ctx.onPageChange(() => ctx.render(view));
  },
});
