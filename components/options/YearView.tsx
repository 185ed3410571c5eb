import { useComputed, useSignal } from '@preact/signals';
import { Fragment } from 'preact';
import type { Finding } from '../../rules/schema';
import { EVIDENCE_ACCEPT, evidenceFromFile } from '../../utils/ledger/evidence-files';
import { coveredYears, evidenceGaps, profileMinima, yearStatuses, type EvidenceGap, type ProfileYearRow, type YearCoverage, type YearStatus } from '../../utils/ledger/hours';
import { useLedgerState } from './state';
import { YearBars } from '../YearBars';
import { ColumnHeads } from '../ColumnHeads';
import { coverageLine } from '../../utils/ledger/coverage-text';
import { t } from '../../utils/i18n';
import { to } from '../../utils/i18n-options';
import { findingText } from '../../utils/finding-text-core';
import { Slots } from './text-slots';


interface YearLine {
  year: number;
  row?: ProfileYearRow;
  findings: Finding[];
  status: YearStatus;
  /** The earlier 学时认定单 / 合格证明 proving the year, when one does. */
  coverage?: YearCoverage;
  /** No file at all for the year, then what each activity lacks. */
  noFileAtAll: boolean;
  gaps: EvidenceGap[];
}


/** Per-year view of the span: 公需 / 专业 / 合计 against the minima, and what evidence each year still lacks. */
export function YearView() {
  const s = useLedgerState();
  const lines = useComputed<YearLine[]>(() => {
    const span = s.span.value;
    const rows = s.yearRows.value;
    const years = new Set<number>(rows.map((r) => r.year));
    if (span?.years) for (const y of span.years) years.add(y);
    const covered = s.active.value ? coveredYears(s.active.value, s.evidence.value) : new Map<number, YearCoverage>();
    const statuses = yearStatuses(rows, s.findings.value, span, covered);
    const gaps = s.active.value ? evidenceGaps(s.active.value, s.entries.value, s.evidence.value) : new Map<number, EvidenceGap[]>();
    return [...years]
      .sort((a, b) => a - b)
      .map((year) => {
        const row = rows.find((r) => r.year === year);
        const findings = s.findings.value.filter((f) => f.year === year);
        const status = statuses.find((x) => x.year === year)?.status ?? 'missing';
        return { year, row, findings, status, coverage: covered.get(year), noFileAtAll: !!row && row.evidenceCount === 0, gaps: gaps.get(year) ?? [] };
      });
  });
  const span = s.span.value;
  const minima = s.active.value ? profileMinima(s.active.value) : undefined;
  const min = (n: number | undefined) => (n === undefined ? '' : to('minAtLeast', { n }));
  const below = (v: number | undefined, n: number | undefined) => (n !== undefined && (v ?? 0) < n ? 'bad' : undefined);
  const yearWide = s.findings.value.filter((f) => f.year === undefined);
  return (
    <section class="card" aria-labelledby="years-title">
      <h2 id="years-title">{t('years')}</h2>
      <p class="hint">
        {/* the rules' own sentences and citations keep their Chinese, marked as such */}
        {span?.years && span.ownSpan ? (
          <>
            {t('ownSpanRange', { from: span.years[0], to: span.years[span.years.length - 1] })}
            <span lang="zh-CN">{span.ownSpan.quote ?? span.ownSpan.reason}</span>
            {span.ownSpan.citation ? <span lang="zh-CN">{` ${span.ownSpan.citation}`}</span> : ''}
            {t('ownSpanRangeAfter')}
          </>
        ) : span?.years ? (
          <>
            {`${t('spanNeedProof', { from: span.years[0], to: span.years[span.years.length - 1] })}${span.extrapolated ? t('spanExtrapolatedNote') : ''}${t('basisColon')}`}
            <span lang="zh-CN">{span.citation}</span>
          </>
        ) : span ? (
          <>
            {t('spanReasonPrefix')}
            <span lang="zh-CN">{span.reason}</span>
          </>
        ) : (
          ''
        )}
        {minima && t('minimaBasis', { citation: minima.citation })}
      </p>
      {s.active.value && (
        <p class="hint">
          <a href={`summary.html#profile=${encodeURIComponent(s.active.value.id)}&overview=1`} target="_blank" rel="noopener" data-testid="span-overview-link">
            {t('ovLink')}
          </a>
        </p>
      )}
      {yearWide.length > 0 && (
        <ul class="findings">
          {yearWide.map((f) => (
            <li key={f.code + f.message} class={f.severity}>
              {findingText(f)}
            </li>
          ))}
        </ul>
      )}
      {minima ? (
        <YearBars
          width={420}
          years={lines.value.map((l) => ({ year: l.year, publicHours: l.row?.publicHours ?? 0, professionalHours: l.row?.professionalHours ?? 0, covered: !!l.coverage }))}
          minima={minima}
        />
      ) : null}
      <table class="years" data-testid="year-table">
        <ColumnHeads
          heads={[
            t('year'),
            t('publicHours') + min(minima?.public),
            t('professionalHours') + min(minima?.professional),
            t('totalHours') + min(minima?.total),
            t('activities'),
            t('colEvidenceFiles'),
            t('colCheck'),
            t('colLackingEvidence'),
          ]}
        />
        <tbody>
          {lines.value.map((l) => (
            <tr key={l.year} data-testid="year-row" data-year={l.year} data-status={l.status}>
              <th scope="row">
                {l.row?.entryCount ? (
                  <a
                    href={`#entries-${l.year}`}
                    onClick={(e) => {
                      e.preventDefault();
                      const target = document.getElementById(`entries-${l.year}`);
                      target?.scrollIntoView({ block: 'start' });
                      target?.focus();
                    }}
                    title={t('viewYearActivities', { year: l.year })}
                  >
                    {l.year}
                  </a>
                ) : (
                  l.year
                )}
              </th>
              <td class={l.row?.wholeYear ? undefined : below(l.row?.publicHours, minima?.public)}>{l.row?.wholeYear ? t('wholeYearShort') : (l.row?.publicHours ?? 0)}</td>
              <td class={l.row?.wholeYear ? undefined : below(l.row?.professionalHours, minima?.professional)}>{l.row?.professionalHours ?? 0}</td>
              <td class={l.row?.wholeYear ? undefined : below(l.row?.totalHours, minima?.total)}>{l.row?.totalHours ?? 0}</td>
              <td>{l.row?.entryCount ?? 0}</td>
              <td>{l.row?.evidenceCount ?? 0}</td>
              <td>
                {l.coverage ? (
                  <span class="good covered" data-testid="year-covered" title={l.coverage.citation}>
                    {coverageLine(l.coverage)}
                  </span>
                ) : l.status === 'missing' ? (
                  <span class="bad">{t('noActivity')}</span>
                ) : l.findings.filter((f) => f.code !== 'evidence-missing').length === 0 ? (
                  <span class="good">{t('met')}</span>
                ) : (
                  <ul class="findings">
                    {l.findings
                      .filter((f) => f.code !== 'evidence-missing')
                      .map((f) => (
                        <li key={f.code} class={f.severity} data-code={f.code} title={f.citation}>
                          {findingText(f)}
                        </li>
                      ))}
                  </ul>
                )}
              </td>
              <td>
                {l.noFileAtAll || l.gaps.length ? (
                  <ul class="lacking">
                    {l.noFileAtAll && <li>{t('noEvidenceThisYear')}</li>}
                    {l.gaps.map((g, i) => (
                      <li key={i}>
                        <GapLine gap={g} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span class="good">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RecognitionFormUpload />
    </section>
  );
}

/**
 * What an activity still lacks, in the UI language: the activity's name and file (the user's) and the materials the
 * rules name (the official words) keep their Chinese, marked lang="zh-CN". zh-CN reads as it always did:
 * 《名称》待上传：文件 / 《名称》还没有佐证（需要：A + B，或 C）.
 */
function GapLine({ gap }: { gap: EvidenceGap }) {
  const name = <span lang="zh-CN">{gap.entryName}</span>;
  if (gap.kind === 'not-uploaded') return <Slots text={to('gapNotUploaded')} slots={{ name, file: <span lang="zh-CN">{gap.fileName}</span> }} />;
  return (
    <>
      <Slots text={to('gapNoEvidence')} slots={{ name }} />
      {gap.sets && (
        <>
          {to('gapNeedsBefore')}
          {gap.sets.map((set, i) => (
            <Fragment key={i}>
              {i > 0 && to('gapSetOr')}
              <span lang="zh-CN">{set.join(to('gapSetAnd'))}</span>
            </Fragment>
          ))}
          {to('gapNeedsAfter')}
        </>
      )}
    </>
  );
}

/** A 学时认定单 already issued proves every year it lists (湘人社办函〔2025〕37号 三.(四)). */
function RecognitionFormUpload() {
  const s = useLedgerState();
  const from = useSignal('');
  const to = useSignal('');
  const profile = s.active.value;
  if (!profile) return null;

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    const a = Number(from.value);
    const b = Number(to.value || from.value);
    if (!file) return;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1990 || b > 2100 || b < a) {
      s.notice.value = { kind: 'error', text: t('fillRecognitionYears') };
      input.value = '';
      return;
    }
    const years = Array.from({ length: b - a + 1 }, (_, i) => a + i);
    await s.guard(async () => s.addEvidence(await evidenceFromFile(file, { profileId: profile!.id, years, kind: 'recognition-form' })), t('addedRecognitionForm', { from: a, to: b }));
    input.value = '';
  }

  const forms = s.evidence.value.filter((e) => e.kind === 'recognition-form');
  return (
    <div class="recognition" role="group" aria-label={t('recognitionForms')}>
      <h3>{t('recognitionFormsTitle')}</h3>
      {forms.length > 0 && (
        <ul class="files">
          {forms.map((f) => (
            <li key={f.id}>
              {f.name}
              {t('yearsRange', { from: f.years[0], to: f.years[f.years.length - 1] })}
              <button type="button" class="link" aria-label={t('removeLabel', { name: f.name })} onClick={() => s.guard(() => s.deleteEvidence(f.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {t('coveredFrom')} <input type="number" min={1990} max={2100} value={from.value} onInput={(e) => (from.value = (e.currentTarget as HTMLInputElement).value)} class="year-input" data-testid="recognition-form-from" />
      </label>
      <label>
        {t('coveredTo')} <input type="number" min={1990} max={2100} value={to.value} onInput={(e) => (to.value = (e.currentTarget as HTMLInputElement).value)} class="year-input" data-testid="recognition-form-to" />
      </label>
      <label class="file-button small">
        {t('uploadRecognitionForm')}
        <input type="file" accept={EVIDENCE_ACCEPT} onChange={onFile} data-testid="recognition-form-file" />
      </label>
    </div>
  );
}
