// Hours of ledger entries under a profile's rule set, and the yearly rows they make.
import * as rules from '../../rules/index';
import type { Activity, Applicant, ConvertResult, CreditedItem, FiledYearRow, Finding, RequiredYears, YearRow } from '../../rules/schema';
import type { Entry, Evidence, Profile } from './schema';

export const CERTIFIED_CITATION = '证书载明学时';

/** The rules module's API as contract §2 names it (the rules engineer writes it in parallel). */
interface RulesApi {
  convert(policyId: string, activity: Activity): ConvertResult;
  aggregateYears(policyId: string, items: CreditedItem[], opts?: unknown): FiledYearRow[];
  requiredYears(policyId: string, applicant: { titleLevel: Profile['titleLevel']; degree?: Profile['degree']; reviewYear?: number }): RequiredYears;
  listPolicies(): { id: string; name: string; docNumber: string; reviewYear: number }[];
  checkYears(policyId: string, rows: YearRow[], applicant: Applicant): Finding[];
}
// TODO [2026-12-31]: import these names directly once rules/index.ts exports them all.
const api = rules as unknown as Partial<RulesApi>;
export const rulesReady = (): boolean => Boolean(api.convert && api.aggregateYears && api.checkYears && api.requiredYears);

/** What one entry counts for: the certificate's hours as they stand, else the rule set's conversion. */
export function entryCredits(policyId: string, entry: Entry): ConvertResult {
  if (entry.certifiedHours !== undefined) {
    return { credits: [{ year: entry.year, category: entry.category, hours: entry.certifiedHours }], citation: CERTIFIED_CITATION };
  }
  if (!entry.activity) return { credits: [], citation: '', note: '没有填写学时，也没有可折算的活动信息' };
  if (!api.convert) return { credits: [], citation: '', note: '规则模块尚未提供折算' };
  try {
    return api.convert(policyId, entry.activity);
  } catch (e) {
    return { credits: [], citation: '', note: `无法折算：${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Plain per-year sums, used only while the rules module has no aggregateYears. */
function sumYears(items: CreditedItem[]): FiledYearRow[] {
  const rows = new Map<number, FiledYearRow & { publicNames: string[]; professionalNames: string[] }>();
  for (const item of items) {
    for (const c of item.credits) {
      const row = rows.get(c.year) ?? {
        year: c.year, publicName: '', publicHours: 0, publicForm: '', professionalName: '', professionalHours: 0,
        professionalForm: '', totalHours: 0, wholeYear: false, publicNames: [], professionalNames: [],
      };
      if (c.category === 'whole-year') row.wholeYear = true;
      else if (c.category === 'public') {
        row.publicHours += c.hours;
        row.publicNames.push(item.name);
        row.publicForm ||= item.form;
      } else {
        row.professionalHours += c.hours;
        row.professionalNames.push(item.name);
        row.professionalForm ||= item.form;
      }
      rows.set(c.year, row);
    }
  }
  return [...rows.values()]
    .sort((a, b) => a.year - b.year)
    .map(({ publicNames, professionalNames, ...row }) => ({
      ...row,
      publicName: publicNames.join('、'),
      professionalName: professionalNames.join('、'),
      totalHours: row.publicHours + row.professionalHours,
    }));
}

export function creditedItems(policyId: string, entries: Entry[]): CreditedItem[] {
  return entries.map((e) => ({ name: e.name, form: e.form, credits: entryCredits(policyId, e).credits }));
}

export type ProfileYearRow = FiledYearRow & { evidenceCount: number; entryCount: number };

/** Years a file proves: its own years (a 学时认定单 lists every year it covers). */
export function evidenceCountByYear(evidence: Evidence[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ev of evidence) for (const y of new Set(ev.years)) counts.set(y, (counts.get(y) ?? 0) + 1);
  return counts;
}

export function profileYearRows(profile: Profile, entries: Entry[], evidence: Evidence[]): ProfileYearRow[] {
  const items = creditedItems(profile.policyId, entries);
  const rows = api.aggregateYears ? api.aggregateYears(profile.policyId, items) : sumYears(items);
  const entryCounts = new Map<number, number>();
  for (const item of items) for (const y of new Set(item.credits.map((c) => c.year))) entryCounts.set(y, (entryCounts.get(y) ?? 0) + 1);
  const evidenceCounts = evidenceCountByYear(evidence);
  return rows.map((row) => ({ ...row, evidenceCount: evidenceCounts.get(row.year) ?? 0, entryCount: entryCounts.get(row.year) ?? 0 }));
}

/** The years the profile must prove, or why the rule set cannot say. */
export function profileSpan(profile: Profile): RequiredYears {
  if (!api.requiredYears) return { years: null, reason: '规则模块尚未提供年度范围' };
  try {
    return api.requiredYears(profile.policyId, { titleLevel: profile.titleLevel, degree: profile.degree, reviewYear: profile.reviewYear });
  } catch (e) {
    return { years: null, reason: e instanceof Error ? e.message : String(e) };
  }
}

export function policyOptions(): { id: string; name: string }[] {
  const known = api.listPolicies?.() ?? [];
  if (known.length) return known.map((p) => ({ id: p.id, name: `${p.name}（${p.docNumber}）` }));
  return [
    { id: 'hunan-2025', name: '湖南省 2025（湘人社办函〔2025〕37号）' },
    { id: 'zhuzhou-2025', name: '株洲市 2025（株人社函〔2025〕8号）' },
    { id: 'xiangtan-2022', name: '湘潭市 2022（潭人社函〔2022〕18号）' },
  ];
}

export function applicantOf(profile: Profile): Applicant {
  return { titleLevel: profile.titleLevel, degree: profile.degree, reviewYear: profile.reviewYear };
}

/** Findings on the profile's yearly rows (with their evidence counts), from the rule set's checkYears. */
export function profileFindings(profile: Profile, rows: ProfileYearRow[]): Finding[] {
  const yearRows: YearRow[] = rows.map((r) => ({
    year: r.year,
    publicHours: r.publicHours,
    professionalHours: r.professionalHours,
    totalHours: r.totalHours,
    wholeYear: r.wholeYear || undefined,
    evidenceCount: r.evidenceCount,
  }));
  if (api.checkYears) {
    try {
      return api.checkYears(profile.policyId, yearRows, applicantOf(profile));
    } catch (e) {
      return [{ code: 'hours-invalid', severity: 'error', message: `无法核对：${e instanceof Error ? e.message : String(e)}` }];
    }
  }
  // TODO [2026-12-31]: remove once rules/index.ts exports checkYears (province minima 30/60/90 meanwhile).
  const findings: Finding[] = [];
  for (const r of yearRows) {
    if (r.wholeYear) continue;
    if (r.publicHours < 30) findings.push({ code: 'public-below-min', year: r.year, severity: 'error', message: `${r.year}年公需科目 ${r.publicHours} 学时，少于 30` });
    if (r.professionalHours < 60) findings.push({ code: 'professional-below-min', year: r.year, severity: 'error', message: `${r.year}年专业科目 ${r.professionalHours} 学时，少于 60` });
    if (r.totalHours < 90) findings.push({ code: 'total-below-min', year: r.year, severity: 'error', message: `${r.year}年合计 ${r.totalHours} 学时，少于 90` });
    if (r.evidenceCount === 0) findings.push({ code: 'evidence-missing', year: r.year, severity: 'error', message: `${r.year}年没有佐证材料` });
  }
  return findings;
}
