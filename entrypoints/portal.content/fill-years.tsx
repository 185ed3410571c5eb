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
import { fieldValues, formYearRow } from '../../utils/portal/page';
import { readYearRows } from '../../utils/portal/table';
import { BUTTONS } from '../../utils/portal/texts';
import { waitFor } from '../../utils/portal/wait';
import type { PortalContext } from '../../utils/messages';
import { requestApplicantFields } from '../../utils/portal/messaging';

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
  if (!next) throw new FillError('找不到“下一步”按钮');
  userClick(next);
  const outcome = await waitFor(
    ctx.doc,
    () => {
      const r = recognise(ctx.doc);
      if (r?.screen === 'year-detail') return { ok: true as const, root: r.root };
      const errors = Array.from(ctx.root.querySelectorAll('.el-form-item__error')).map((e) => e.textContent?.trim() ?? '').filter(Boolean);
      return errors.length ? { ok: false as const, errors } : null;
    },
    { timeout: 20000, signal, what: '“申报年度明细信息”打开' },
  );
  if (!outcome.ok) throw new FillError(`门户没有接受“下一步”：${outcome.errors.join('；')}。请先补全申报相关信息`);
  return outcome.root;
}

async function planFor(ctx: FeatureContext, context: PortalContext, detail?: HTMLElement): Promise<FillPlan> {
  const spanYears = context.span.years;
  if (ctx.recognition.variant === 'A') {
    const held = detail ? (readYearRows(detail)?.rows ?? []).map((r) => r.year) : pageYears(ctx);
    return planYearRows({ spanYears, ledgerRows: context.rows, pageYears: held, variant: 'A' });
  }
  const current = formYearRow(ctx.root);
  // Variant B's form lists the years already filed (已申报学时信息: the other applications).
  const filed = (readYearRows(ctx.root)?.rows ?? []).map((r) => r.year);
  // The form already holds a year the user chose: fill that year's empty fields only.
  const years = current ? [current.year] : spanYears;
  return planYearRows({ spanYears: years, ledgerRows: context.rows, pageYears: current ? [] : filed, variant: 'B' });
}

async function fill(ctx: FeatureContext) {
  await runJob(ctx, '补齐年度', async (job) => {
    await ctx.store.refreshContext(); // inside the job: the panel shows it running at once
    const state = ctx.store.context.value;
    if (state.status !== 'ready') throw new Error(state.status === 'none' ? state.reason : '台账尚未读取');
    const context = state.context;
    if (!context.span.years) job.log(`年度跨度未定：${context.span.reason}。请在台账设置年度。`);
    let detail: HTMLElement | undefined;
    if (ctx.screen === 'applicant-form' && ctx.recognition.variant === 'A') {
      job.log('点击“下一步”进入“申报年度明细信息”…');
      detail = await toYearDetail(ctx, job.signal);
    }
    // The portal may still be loading the rows it holds: plan only from what it finished showing.
    const table = detail ?? ctx.root;
    if (isLoading(table)) {
      job.log('等待网页加载已有的年度…');
      await waitFor(ctx.doc, () => !isLoading(table), { timeout: 30000, signal: job.signal, what: '网页加载年度明细' });
    }
    const plan = await planFor(ctx, context, detail);
    for (const s of plan.skipped) job.log(`${s.year} 年：${s.reason}`);
    if (!plan.years.length) return '没有需要补的年度。';
    const env: ApplyEnv = {
      doc: ctx.doc,
      signal: job.signal,
      log: job.log,
      askOption: (q) => askOption(ctx, job.signal, q),
    };
    if (ctx.recognition.variant === 'A') {
      for (const yp of plan.years) {
        job.log(`${yp.year} 年：正在通过“新增”填写…`);
        await applyYearPlanA(yp, env);
      }
      return `已添加 ${plan.years.length} 个年度；未点击“提交”。`;
    }
    // Variant B: the applicant fields the profile knows (empty ones only), then the year's fields.
    const yp = plan.years[0];
    const applicant = planApplicantFields(await requestApplicantFields(), fieldValues(ctx.root)); // ID and phone only now
    const current = formYearRow(ctx.root);
    const values = fieldValues(ctx.root);
    const yearSteps = yp.steps.filter((s) => s.kind === 'year' ? !current : s.kind === 'text' || s.kind === 'select' ? !(values.get(s.field) ?? '') : false);
    await applyFieldSteps([...applicant.steps, ...yearSteps], ctx.root, 'applicant-form', env);
    for (const d of applicant.differs) job.log(`“${d}”与台账不同，未改动。`);
    return `已填写 ${yp.year} 年度；请检查后点“保存”（未点击“提交”）。`;
  });
}

/** year-form (the user opened 新增/修改 by hand): fill this dialog's empty fields for its year; the user saves. */
async function fillDialog(ctx: FeatureContext) {
  await runJob(ctx, '填写本对话框', async (job) => {
    await ctx.store.refreshContext(); // inside the job: the panel shows it running at once
    const state = ctx.store.context.value;
    if (state.status !== 'ready') throw new Error(state.status === 'none' ? state.reason : '台账尚未读取');
    const { span, rows } = state.context;
    const chosen = formYearRow(ctx.root)?.year;
    let year = chosen;
    if (year === undefined) {
      const detail = scanDocument(ctx.doc).find((sc) => recogniseScope(sc)?.screen === 'year-detail');
      const held = new Set((detail ? readYearRows(detail.element)?.rows ?? [] : []).map((r) => r.year));
      year = (span.years ?? []).find((y) => !held.has(y) && rows.some((r) => r.year === y));
    }
    const row = rows.find((r) => r.year === year);
    if (year === undefined || !row) return '台账里没有可填的年度。';
    const values = fieldValues(ctx.root);
    const steps = yearFieldSteps(row).filter((st) => (st.kind === 'year' ? chosen === undefined : st.kind !== 'text' && st.kind !== 'select' ? false : !(values.get(st.field) ?? '')));
    if (!steps.length) return '对话框里没有空着的栏目，未改动。';
    await applyFieldSteps(steps, ctx.root, 'year-form', { doc: ctx.doc, signal: job.signal, log: job.log, askOption: (q) => askOption(ctx, job.signal, q) });
    return `已按台账填写 ${year} 年（只填空栏）；请检查后点“保存”。`;
  });
}

export default defineFeature({
  id: 'fill-years',
  include: ['year-detail', 'applicant-form', 'year-form'],
  order: 20,
  description: '从台账补齐网页上缺少的年度（A：逐年“新增”并核对；B：填写本年度表单；手动打开的年度对话框：只填空栏）',
  init(ctx) {
    if (ctx.screen === 'year-form') {
      ctx.render(() => (
        <div>
          <h3>填写</h3>
          <button type="button" class="xskr-btn" data-testid="fill-years" disabled={!!ctx.store.busy.value || ctx.store.context.value.status !== 'ready'} onClick={() => void fillDialog(ctx)}>
            用台账填写本对话框
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
      const missing = span ? span.filter((y) => !held.has(y)) : [];
      return (
        <div>
          <h3>填写</h3>
          {ctx.screen === 'year-detail' && span ? (
            <p>
              网页已有：{[...held].sort().join('、') || '无'}；缺少：{missing.join('、') || '无'}
            </p>
          ) : null}
          <button type="button" class="xskr-btn" data-testid="fill-years" disabled={!!busy || s.status !== 'ready'} onClick={() => void fill(ctx)}>
            {ctx.recognition.variant === 'B' ? '填写本年度' : ctx.screen === 'applicant-form' ? '下一步并补齐年度' : '补齐年度'}
          </button>
          {ctx.screen === 'applicant-form' && ctx.recognition.variant === 'A' ? (
            <p class="xskr-muted">会先按网页的“下一步”保存本页（与您自己点一样），再逐年“新增”。</p>
          ) : null}
          {findFields(ctx.root).size === 0 && ctx.screen === 'applicant-form' ? <p class="xskr-muted">表单尚未显示</p> : null}
        </div>
      );
    };
    ctx.render(view);
    ctx.onPageChange(() => ctx.render(view));
  },
});
