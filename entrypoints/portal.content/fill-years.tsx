// fill-years: adds every span year the screen lacks from the active profile's ledger (contract §4).
// Variant A: one row per year through the portal's own 新增 dialog, each saved by the portal and read back.
// Variant B: the per-year form, for the first span year not filed yet. Never deletes/overwrites, never 提交.
import { defineFeature, type FeatureContext } from './feature';
import { askOption, runJob } from './job';
import { clickButton, findFields, isLoading } from '../../utils/portal/element';
import { applyFieldSteps, applyYearPlanA, FillError, type ApplyEnv } from '../../utils/portal/fill-apply';
import { planApplicantFields, planDialogFill, planScreenFill } from '../../utils/portal/fill-plan';
import { collectApplicant, detailYearsOn, pageYearsOf } from '../../utils/portal/applicant-collect';
import { recognise } from '../../utils/portal/recognise';
import { BUTTONS } from '../../utils/portal/texts';
import { waitFor } from '../../utils/portal/wait';
import { requestApplicantFields } from '../../utils/portal/messaging';
import { coverageLine } from '../../utils/ledger/coverage-text';
import { t } from '../../utils/i18n';
import { refusalText } from '../../utils/portal/message-text';

function pageYears(ctx: FeatureContext): number[] {
  return ctx.screen === 'year-detail' ? pageYearsOf(ctx.root) : [];
}

/**
 * Variant A from the 申报相关信息 form: press the portal's own 下一步 (it saves the form as the user filled it and
 * opens 申报年度明细信息), then fill there. Resolves with the year dialog's element.
 */
async function toYearDetail(ctx: FeatureContext, signal: AbortSignal): Promise<HTMLElement> {
  clickButton(ctx.root, BUTTONS.next, () => new FillError(t('fillNoNext')));
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
    // Collect → plan: from the 申报年度明细信息 it just opened, or this screen.
    const { details } = collectApplicant(detail ? { screen: 'year-detail', recognition: ctx.recognition, doc: ctx.doc, root: detail } : ctx);
    const plan = planScreenFill(details, { spanYears: context.span.years, rows: context.rows, covered: context.covered });
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
    // Variant B: the applicant fields the profile knows (empty ones only), then the year's empty fields (in the plan).
    const yp = plan.years[0];
    const person = await requestApplicantFields(); // ID and phone only now
    const applicant = planApplicantFields(person, new Map(Object.entries(details.fields)), new Set(details.pickers));
    await applyFieldSteps([...applicant.steps, ...yp.steps], ctx.root, 'applicant-form', env, { onlyEmpty: true, year: yp.year });
    for (const d of applicant.differs) job.log(t('applicantDiffers', { field: d }));
    return t('fillFilledYear', { year: yp.year });
  }, { deferRecognition: true });
}

/** year-form (the user opened 新增/修改 by hand): fill this dialog's empty fields for its year; the user saves. */
async function fillDialog(ctx: FeatureContext) {
  await runJob(ctx, t('fillDialogJob'), async (job) => {
    await ctx.store.refreshContext(); // inside the job: the panel shows it running at once
    const state = ctx.store.context.value;
    if (state.status !== 'ready') throw new Error(state.status === 'none' ? refusalText(state.refusal) : t('ledgerNotRead'));
    const { span, rows, covered } = state.context;
    const { details } = collectApplicant(ctx);
    const plan = planDialogFill(details, detailYearsOn(ctx.doc), { spanYears: span.years, rows, coveredYears: (covered ?? []).map((c) => c.year) });
    if (plan.year === null) return t('fillNoYear');
    const { year, steps } = plan;
    if (!steps.length) return t('fillNoEmpty');
    await applyFieldSteps(steps, ctx.root, 'year-form', { doc: ctx.doc, signal: job.signal, log: job.log, askOption: (q) => askOption(ctx, job.signal, q) }, { onlyEmpty: true, year });
    return t('fillDialogDone', { year });
  }, { deferRecognition: true });
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
