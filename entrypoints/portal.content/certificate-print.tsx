// certificate-print: on 学时证书打印, checks the chosen 起始年度 / 结束年度 against the active person's span, and can
// choose the span's years in the portal's own year pickers (the user then clicks 查询 and 下载 themselves).
import { defineFeature, type FeatureContext } from './feature';
import { runJob } from './job';
import { chooseYear } from '../../utils/portal/element';
import { certificateFields, checkCertificateYears } from '../../utils/portal/certificate';
import { offlineRoute } from '../../rules/offline';
import { signal } from '@preact/signals';
import { t } from '../../utils/i18n';
import { refusalText } from '../../utils/portal/message-text';

function chooseSpan(ctx: FeatureContext, years: number[]) {
  return runJob(ctx, t('cpJob'), async (job) => {
    const fields = certificateFields(ctx.root);
    const from = fields.get('fromYear');
    const to = fields.get('toYear');
    if (!from || !to) throw new Error(t('cpNoFields'));
    await chooseYear(from, years[0], job.signal);
    await chooseYear(to, years[years.length - 1], job.signal);
    return t('cpChosen', { from: years[0], to: years[years.length - 1] });
  });
}

export default defineFeature({
  id: 'certificate-print',
  include: ['certificate-print'],
  order: 12,
  description: '学时证书打印：核对所选起始/结束年度是否正好是本人的核认跨度，可一键选好；线下核认的人员提示改用线下材料',
  init(ctx) {
    const values = signal<[string, string]>(['', '']);
    const read = () => {
      const f = certificateFields(ctx.root);
      const next: [string, string] = [f.get('fromYear')?.input?.value ?? '', f.get('toYear')?.input?.value ?? ''];
      if (next[0] !== values.peek()[0] || next[1] !== values.peek()[1]) values.value = next;
    };
    read();
    ctx.onPageChange(read);
    // Year pickers update their input without a DOM mutation the observer always sees: read on input/change too.
    ctx.doc.addEventListener('change', read, { capture: true, signal: ctx.signal });
    ctx.doc.addEventListener('input', read, { capture: true, signal: ctx.signal });
    void ctx.store.refreshContext();
    ctx.render(() => {
      const s = ctx.store.context.value;
      if (s.status !== 'ready') return <p class="xskr-muted">{s.status === 'none' ? refusalText(s.refusal) : t('cpLoading')}</p>;
      const { profile, span } = s.context;
      const years = span.years;
      const check = checkCertificateYears(values.value[0], values.value[1], years, years ? '' : span.reason);
      const route = offlineRoute(profile.policyId, profile.titleLevel);
      return (
        <div>
          <h3>{t('cpHeading')}</h3>
          {route && (
            <p data-testid="certificate-offline" class="xskr-muted">
              {t('cpOffline', { name: profile.name, issues: route.issues, citation: route.citation })}
            </p>
          )}
          <p data-testid="certificate-check" data-status={check.status} data-missing={check.missing.join(' ')} data-extra={check.extra.join(' ')}>
            {check.message}
          </p>
          {years && check.status !== 'ok' && (
            <button type="button" class="xskr-btn xskr-secondary" data-testid="certificate-choose-span" disabled={!!ctx.store.busy.value} onClick={() => void chooseSpan(ctx, years)}>
              {t('cpChoose', { from: years[0], to: years[years.length - 1] })}
            </button>
          )}
        </div>
      );
    });
  },
});
