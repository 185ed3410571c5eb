// The one-page summary a person takes to the HRSS office when their check is offline (株洲 中级 《合格证明》, 湘潭 2022
// 《学时认定单》): the span's years with the rows as they would be filed, the hours, the clause of the route, and the
// materials to bring. Plain data from the ledger; the summary page (entrypoints/summary) lays it out on A4.
import { getPolicy } from '../../rules';
import { offlineRoute, type OfflineRoute } from '../../rules/offline';
import type { Entry, Evidence, Profile } from './records';
import { coveredYears, formMaterialsText, profileSpan, profileYearRows, rowFindings, type ProfileYearRow } from './hours';
import { minimaView, spanYears, type SpanYear } from './checklist';
import { maskIdNumber } from '../mask';
import { t } from '../i18n';

export type SummaryStatus = 'ok' | 'short' | 'missing' | 'covered';

export interface SummaryYear {
  year: number;
  row?: ProfileYearRow;
  status: SummaryStatus;
  /** zh-CN (the sheet's language), the checklist's words: 已达标 / what is still needed / 无记录 / 已由《学时认定单》…证明. */
  statusText: string;
}

export interface OfflineSummary {
  profileId: string;
  name: string;
  maskedIdNumber: string;
  employer: string;
  titleText: string;
  policyName: string;
  /** The offline route; absent on a span overview of a person who files on the portal (spanOverview). */
  route?: OfflineRoute;
  /** The span years and their clause, or why the rule set gives none (then the years with records are listed). */
  span: { years: number[]; citation: string } | { years: null; reason: string };
  years: SummaryYear[];
  totals: { publicHours: number; professionalHours: number; totalHours: number };
  /** What to bring, one line each: the materials the rules name for each 继续教育形式 of the listed years, and the earlier certificates. */
  materials: string[];
  /** Files kept in the ledger for the listed years. */
  fileCount: number;
}

const TITLE_TEXT = { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' } as const;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** A year's status in the checklist's words, in zh-CN: the sheet is printed for the HRSS office. */
function statusText(y: SpanYear): string {
  if (y.status === 'covered') return y.coveredBy?.text ?? '';
  if (y.status === 'missing') return t('statusMissing', undefined, 'zh-CN');
  if (y.status === 'ok') return t(y.wholeYear ? 'wholeYear' : 'statusOk', undefined, 'zh-CN');
  return y.needs.join('；');
}

/** The summary of one person, or null when their check is online (the portal). */
export function offlineSummary(profile: Profile, entries: Entry[], evidence: Evidence[]): OfflineSummary | null {
  const route = offlineRoute(profile.policyId, profile.titleLevel);
  return route ? summariseOffline(profile, entries, evidence, route) : null;
}

/** The same sheet for anyone (issue 14's printable span overview): with the offline route when theirs is offline. */
export function spanOverview(profile: Profile, entries: Entry[], evidence: Evidence[]): OfflineSummary {
  return summariseOffline(profile, entries, evidence, offlineRoute(profile.policyId, profile.titleLevel));
}

function summariseOffline(profile: Profile, entries: Entry[], evidence: Evidence[], route: OfflineRoute | undefined): OfflineSummary {
  const rows = profileYearRows(profile, entries, evidence);
  // The rule set's span, or the years the person set where it gives none (issue 12 point 2).
  const ps = profileSpan(profile);
  const span: OfflineSummary['span'] = !ps.years
    ? { years: null, reason: ps.reason }
    : ps.ownSpan
      ? { years: ps.years, citation: `本人设置的年度（${ps.ownSpan.citation ?? ps.ownSpan.reason}）` }
      : { years: ps.years, citation: `${ps.citation}${ps.extrapolated ? '（按最新规则推算）' : ''}` };
  const coverage = coveredYears(profile, evidence);
  const covered = new Map([...coverage].map(([year, c]) => [year, c.fileName]));
  const listed = span.years ?? [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

  // The one year status (hours.ts yearStatus, from the rule set's checkYears findings) and its words, as the checklist
  // gives them for the listed years.
  const findings = rowFindings(profile, rows, coverage.keys());
  const listedYears = spanYears({ years: listed, extrapolated: false, citation: '' }, rows, minimaView(profile.policyId), 'zh-CN', coverage, findings);
  const years: SummaryYear[] = listedYears.map((y) => ({ year: y.year, row: rows.find((r) => r.year === y.year), status: y.status, statusText: statusText(y) }));

  const inYears = new Set(listed);
  const forms = new Map<string, string>();
  for (const e of entries) {
    if (!inYears.has(e.year) || !e.form.trim() || forms.has(e.form.trim())) continue;
    forms.set(e.form.trim(), formMaterialsText(profile.policyId, e.form) ?? '相关证明材料（细则未列明）');
  }
  const materials = [...forms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, need]) => `${form}：${need}`);
  const coveredListed = [...new Set(listed.filter((y) => covered.has(y)).map((y) => covered.get(y)!))];
  if (coveredListed.length) materials.push(`以前年度的《学时认定单》：${coveredListed.join('、')}`);
  const policy = getPolicy(profile.policyId);

  return {
    profileId: profile.id,
    name: profile.name,
    maskedIdNumber: maskIdNumber(profile.idNumber),
    employer: profile.employer ?? '',
    titleText: TITLE_TEXT[profile.titleLevel],
    policyName: policy ? `${policy.name}（${policy.docNumber}）` : profile.policyId,
    route,
    span,
    years,
    totals: {
      publicHours: round1(years.reduce((n, y) => n + (y.row?.publicHours ?? 0), 0)),
      professionalHours: round1(years.reduce((n, y) => n + (y.row?.professionalHours ?? 0), 0)),
      totalHours: round1(years.reduce((n, y) => n + (y.row?.totalHours ?? 0), 0)),
    },
    materials,
    fileCount: evidence.filter((ev) => ev.years.some((y) => inYears.has(y))).length,
  };
}
