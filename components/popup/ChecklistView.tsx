// The span checklist (年度清单): one item per span year with its hours against the minima.
// Texts follow the UI language; policy names, citations and span reasons come from rules/ and stay Chinese (they quote
// the official texts), marked lang="zh-CN" so an English page still reads them right.
import { tPopup as t, tSplitPopup as tSplit, type PopupMessageKey } from '../../utils/i18n-popup';
import type { Checklist, SpanYear } from '../../utils/ledger/checklist-core';
import type { YearSetsSummary } from '../../utils/ledger/summary';
import { YearSets } from './YearSets';
import { YearBars } from '../YearBars';

const STATUS_KEY: Record<SpanYear['status'], PopupMessageKey> = { ok: 'statusOk', short: 'statusShort', missing: 'statusMissing', covered: 'statusCovered' };

function hoursLine(y: SpanYear, c: Checklist): string {
  if (y.wholeYear) return t('wholeYear');
  const m = c.minima;
  const part = (label: string, v: number, min?: number) => `${label} ${v}${min !== undefined ? `/${min}` : ''}`;
  return [part(t('shortPublic'), y.publicHours, m.public), part(t('shortProfessional'), y.professionalHours, m.professional), part(t('shortTotal'), y.totalHours, m.total)].join(' · ');
}

/** Chinese words quoted from the rules or entered by the user, inside an English page. */
export const Zh = ({ children }: { children: string }) => <span lang="zh-CN">{children}</span>;

export function SpanYearItem({ y, checklist, sets }: { y: SpanYear; checklist: Checklist; sets?: YearSetsSummary }) {
  return (
    <li class={`span-year span-year--${y.status}`} data-testid="span-year" data-year={y.year} data-status={y.status}>
      <div class="span-year__head">
        <strong class="span-year__year">{t('yearHeading', { year: y.year })}</strong>
        <span class={`chip chip--${y.status}`}>{t(STATUS_KEY[y.status])}</span>
      </div>
      {y.coveredBy ? (
        <div class="span-year__covered" data-testid="span-year-covered" title={y.coveredBy.citation}>
          {y.coveredBy.text}
          {y.coveredBy.citation ? (
            <>
              {' '}
              <Zh>{`（${y.coveredBy.citation}）`}</Zh>
            </>
          ) : null}
        </div>
      ) : (
        <div class="span-year__hours">{hoursLine(y, checklist)}</div>
      )}
      <div class={`span-year__evidence ${y.evidenceCount > 0 ? '' : 'warn'}`} data-testid="span-year-evidence">
        {y.evidenceCount > 0 ? t('evidenceCount', { count: y.evidenceCount }) : y.entryCount > 0 ? t('evidenceMissing') : '—'}
        {y.entryCount > 0 ? t('entryCountParen', { count: y.entryCount }) : ''}
      </div>
      <YearSets sets={sets} />
      {y.needs.length > 0 && (
        <ul class="span-year__needs" data-testid="span-year-needs">
          {y.needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {y.hints.map((h) => (
        <div key={h} class="span-year__hint">
          {t('hintPrefix')}
          {h}
        </div>
      ))}
    </li>
  );
}

export function ChecklistView({ checklist, ledgerUrl, activitySets }: { checklist: Checklist; ledgerUrl: string; activitySets?: Record<number, YearSetsSummary> }) {
  const c = checklist;
  const [rulesBefore, rulesAfter] = tSplit('rulesLine', 'policy', { year: c.reviewYear });
  const [openBefore, openAfter] = tSplit('openLedgerOf', 'name');
  return (
    <section class="checklist" aria-label={t('tabChecklist')}>
      <p class="muted">
        {rulesBefore}
        <Zh>{c.policyName}</Zh>
        {rulesAfter}
        {c.maskedId ? t('idLine', { id: c.maskedId }) : ''}
      </p>
      {c.filingWindow && (
        <p class={`window window--${c.filingWindow.state}`} data-testid="filing-window">
          {c.filingWindow.text}
          {t(c.filingWindow.state === 'open' ? 'windowOpen' : c.filingWindow.state === 'before' ? 'windowBefore' : 'windowAfter')}
        </p>
      )}
      {c.span.years === null ? (
        <p class="notice" data-testid="span-unknown" lang="zh-CN">
          {c.span.reason}
        </p>
      ) : (
        <>
          {c.span.ownSpan ? (
            <p class="muted" data-testid="span-range" data-own-span="true">
              {t('ownSpanRange', { from: c.span.years[0], to: c.span.years[c.span.years.length - 1] })}
              <Zh>{`${c.span.ownSpan.quote ?? c.span.ownSpan.reason}${c.span.ownSpan.citation ? ` ${c.span.ownSpan.citation}` : ''}`}</Zh>
              {t('ownSpanRangeAfter')}
            </p>
          ) : (
            <p class="muted" data-testid="span-range">
              {t('spanRangeBefore', { from: c.span.years[0], to: c.span.years[c.span.years.length - 1] })}
              <Zh>{c.span.citation}</Zh>
              {t('spanRangeAfter')}
              {c.span.extrapolated ? t('spanExtrapolated') : ''}
            </p>
          )}
          <p class="summary" data-testid="span-summary">
            {c.summary}
          </p>
          <YearBars years={c.years.map((y) => ({ year: y.year, publicHours: y.publicHours, professionalHours: y.professionalHours, covered: y.status === 'covered' }))} minima={c.minima} />
          <ul class="span-years">
            {c.years.map((y) => (
              <SpanYearItem key={y.year} y={y} checklist={c} sets={activitySets?.[y.year]} />
            ))}
          </ul>
          <p class="muted small">
            {t('minimaPrefix')}
            {c.minima.public !== undefined ? t('minimaPublic', { hours: c.minima.public }) : ''}
            {c.minima.professional !== undefined ? t('minimaProfessional', { hours: c.minima.professional }) : ''}
            {t('minimaTotal', { hours: c.minima.total })}
            <Zh>{c.minima.citation}</Zh>
            {t('minimaAfter')}
          </p>
        </>
      )}
      {c.otherYears.length > 0 && <p class="muted small">{t('otherYears', { years: c.otherYears.join(t('listSeparator')) })}</p>}
      <p>
        <a href={ledgerUrl} target="_blank" rel="noopener" data-testid="open-ledger">
          {openBefore}
          <Zh>{c.name}</Zh>
          {openAfter}
        </a>
      </p>
    </section>
  );
}
