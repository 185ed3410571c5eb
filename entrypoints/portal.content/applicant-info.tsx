// applicant-info: fills the 申报相关信息 fields the active profile knows (证件号码, 姓名, 联系电话, 拟申报职称, 最高学历),
// only where the page's field is empty; reports fields that differ from the ledger without touching them.
import { defineFeature, type FeatureContext } from './feature';
import { askOption, runJob } from './job';
import { applyFieldSteps } from '../../utils/portal/fill-apply';
import { planApplicantFields } from '../../utils/portal/fill-plan';
import { fieldValues, pickerFields } from '../../utils/portal/page';
import { requestApplicantFields } from '../../utils/portal/messaging';
import { t, tSplit } from '../../utils/i18n';
import { refusalText } from '../../utils/portal/message-text';

async function fillApplicant(ctx: FeatureContext) {
  await runJob(ctx, t('applicantJob'), async (job) => {
    await ctx.store.refreshContext(); // inside the job: the panel shows it running at once
    const s = ctx.store.context.value;
    if (s.status !== 'ready') throw new Error(s.status === 'none' ? refusalText(s.refusal) : t('ledgerNotRead'));
    // The full ID number and phone are asked for now, for this fill only (the context carries them masked or not at all).
    const person = await requestApplicantFields();
    const plan = planApplicantFields(person, fieldValues(ctx.root), pickerFields(ctx.root));
    for (const m of plan.manual) job.log(t('applicantManual', { field: m.label, value: m.value, button: '选择' }));
    for (const d of plan.differs) job.log(t('applicantDiffers', { field: d }));
    if (!plan.steps.length) return t('applicantNothing');
    await applyFieldSteps(plan.steps, ctx.root, 'applicant-form', {
      doc: ctx.doc,
      signal: job.signal,
      log: job.log,
      askOption: (q) => askOption(ctx, job.signal, q),
    }, { onlyEmpty: true }); // a field the user types into meanwhile stays theirs
    const unit = person.employer;
    return t('applicantFilled', { fields: plan.steps.map((x) => ('label' in x ? x.label : '')).join(t('listSeparator')) }) + (unit ? t('applicantEmployer', { employer: unit }) : '');
  });
}

export default defineFeature({
  id: 'applicant-info',
  include: ['applicant-form'],
  order: 15,
  description: '把台账中的申报人信息填入“申报相关信息”里空着的栏目（不覆盖）',
  init(ctx) {
    ctx.actions.set('fill-applicant', { run: () => fillApplicant(ctx) }); // the panel's next step
    ctx.render(() => {
      const s = ctx.store.context.value;
      const p = s.status === 'ready' ? s.context.profile : null;
      return (
        <div>
          <h3>{t('applicantHeading')}</h3>
          {p ? (
            <p class="xskr-muted">
              {tSplit('applicantLedger', 'name')[0]}
              <span lang="zh-CN">{p.name}</span>
              {tSplit('applicantLedger', 'name')[1]}
              {p.maskedIdNumber ? ` · ${p.maskedIdNumber}` : ''}
            </p>
          ) : null}
          <button type="button" class="xskr-btn xskr-secondary" data-testid="fill-applicant" disabled={!p || !!ctx.store.busy.value} onClick={() => void fillApplicant(ctx)}>
            {t('applicantFill')}
          </button>
        </div>
      );
    });
  },
});
