// Hours of ledger entries under a profile's rule set, and the yearly rows they make (rules/ does the counting).
import { aggregateYears, checkYears, convert, evidenceRequirements, getPolicy, listPolicies, minimaFor, requiredYears, type MinimaSummary } from '../../rules/index';
import type { ConvertResult, CreditedItem, FiledYearRow, Finding, RequiredYears } from '../../rules/schema';
import type { Entry, Evidence, Profile } from './records';
import { applicantOf, checkContextOf, checkRowsOf, openSpanRuleOf, withOwnSpan, yearStatus, type OpenSpanRule, type ProfileSpan, type ProfileYearRow, type YearCoverage, type YearStatus } from './hours-core';

// The first-frame part (hours-core.ts), here too so callers keep one module to import from.
export { applicantOf, shortFindings, yearStatus } from './hours-core';
export type { OpenSpanRule, ProfileSpan, ProfileYearRow, YearCoverage, YearStatus } from './hours-core';

export const CERTIFIED_CITATION = '证书载明学时';
/** Our own notes on an entry's hours (not a rule's): the options page words them in the UI language. */
export const NO_HOURS_NOTE = '没有填写学时，也没有可折算的活动信息';
export const UNCONVERTIBLE_NOTE = '无法折算：';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What one entry counts for: the certificate's hours as they stand, else the rule set's conversion. */
export function entryCredits(policyId: string, entry: Entry): ConvertResult {
  if (entry.certifiedHours !== undefined) {
    return { credits: [{ year: entry.year, category: entry.category, hours: entry.certifiedHours }], citation: CERTIFIED_CITATION };
  }
  if (!entry.activity) return { credits: [], citation: '', note: NO_HOURS_NOTE };
  try {
    return convert(policyId, entry.activity);
  } catch (e) {
    // an unknown rule set (e.g. a backup from a newer version): shown, never thrown at the page
    return { credits: [], citation: '', note: `${UNCONVERTIBLE_NOTE}${message(e)}` };
  }
}

export function creditedItems(policyId: string, entries: Entry[]): CreditedItem[] {
  return entries.map((e) => ({ name: e.name, form: e.form, credits: entryCredits(policyId, e).credits }));
}

/** Years a file proves: its own years (a 学时认定单 lists every year it covers). */
export function evidenceCountByYear(evidence: Evidence[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ev of evidence) for (const y of new Set(ev.years)) counts.set(y, (counts.get(y) ?? 0) + 1);
  return counts;
}

export function profileYearRows(profile: Profile, entries: Entry[], evidence: Evidence[]): ProfileYearRow[] {
  const items = creditedItems(profile.policyId, entries);
  let rows: FiledYearRow[];
  try {
    rows = aggregateYears(profile.policyId, items);
  } catch {
    rows = [];
  }
  const entryCounts = new Map<number, number>();
  for (const item of items) for (const y of new Set(item.credits.map((c) => c.year))) entryCounts.set(y, (entryCounts.get(y) ?? 0) + 1);
  const evidenceCounts = evidenceCountByYear(evidence);
  return rows.map((row) => ({ ...row, evidenceCount: evidenceCounts.get(row.year) ?? 0, entryCount: entryCounts.get(row.year) ?? 0 }));
}

/** The rule set's own span, or why it cannot say, with the sentence of the text that leaves it open. */
export function ruleSpan(profile: Profile): RequiredYears {
  try {
    return requiredYears(profile.policyId, applicantOf(profile));
  } catch (e) {
    return { years: null, reason: message(e) };
  }
}

/** Why the rule set leaves this profile's span open, quoting its sentence (spansUndefined); undefined when it gives one. */
export function openSpanRule(profile: Profile): OpenSpanRule | undefined {
  return openSpanRuleOf(getPolicy(profile.policyId), ruleSpan(profile));
}

/** The years the profile must prove (the rule set's, else the person's own where the rule set is open), or why not. */
export function profileSpan(profile: Profile): ProfileSpan {
  const span = ruleSpan(profile);
  return withOwnSpan(profile, span, openSpanRuleOf(getPolicy(profile.policyId), span));
}

/**
 * Years proved by the profile's recorded 学时认定单 / 合格证明 (evidence of kind 'recognition-form'):
 * 湘人社办函〔2025〕37号 三.(四), 株人社函〔2025〕8号 三.(三), 潭人社函〔2022〕18号 三.(二). The earliest recorded form wins a year.
 */
export function coveredYears(profile: Profile, evidence: Evidence[]): Map<number, YearCoverage> {
  const prior = getPolicy(profile.policyId)?.priorCertificates;
  const materials = prior?.materials ?? ['学时认定单'];
  const covered = new Map<number, YearCoverage>();
  for (const ev of evidence) {
    if (ev.kind !== 'recognition-form' || !ev.years.length) continue;
    const title = materials.find((m) => ev.name.includes(m)) ?? materials[0];
    const from = Math.min(...ev.years);
    const to = Math.max(...ev.years);
    for (const year of ev.years) {
      if (!covered.has(year)) covered.set(year, { year, title, fileName: ev.name, evidenceId: ev.id, from, to, citation: prior?.citation ?? '' });
    }
  }
  return covered;
}

/** 「已由《学时认定单》（2019–2021 年，2019-2021.pdf）证明，不需要学时」, zh-CN (the portal panel and logs are Chinese). */
export function coverageText(c: YearCoverage): string {
  return `已由《${c.title}》（${c.from === c.to ? `${c.from} 年` : `${c.from}–${c.to} 年`}，${c.fileName}）证明，不需要学时${c.citation ? `（${c.citation}）` : ''}`;
}

/** Findings on the profile's yearly rows (with their evidence counts), from the rule set's checkYears; a year proved by an
 * earlier 学时认定单 is never missing, and the person's own span applies where the rule set gives none. */
export function profileFindings(profile: Profile, rows: ProfileYearRow[], evidence: Evidence[] = []): Finding[] {
  return rowFindings(profile, rows, [...coveredYears(profile, evidence).keys()]);
}

/** profileFindings with the covered years already known (e.g. from the ledger's summary). */
export function rowFindings(profile: Profile, rows: readonly ProfileYearRow[], covered: Iterable<number> = []): Finding[] {
  try {
    return checkYears(profile.policyId, checkRowsOf(rows), applicantOf(profile), checkContextOf(profileSpan(profile), covered));
  } catch (e) {
    return [{ code: 'hours-invalid', severity: 'error', message: `无法核对：${message(e)}` }];
  }
}

export function policyOptions(): { id: string; name: string }[] {
  return listPolicies().map((p) => ({ id: p.id, name: `${p.name}（${p.docNumber}）` }));
}

/** The materials the rule set asks for an activity's 继续教育形式, as one zh-CN line ("A + B，或 C + D"). */
export function formMaterialsText(policyId: string, form: string): string | undefined {
  try {
    const sets = evidenceRequirements(policyId, form);
    return sets?.map((set) => set.join(' + ')).join('，或 ');
  } catch {
    return undefined;
  }
}

/**
 * One thing a year still lacks, as data (worded at render time in the UI language, components/options/YearView.tsx):
 * a file the activity's 佐证材料 names that is not uploaded yet, or an activity with no file at all, with the material
 * sets the rule set asks for its 继续教育形式 (absent when the rules name none for it).
 */
export type EvidenceGap =
  | { kind: 'not-uploaded'; entryName: string; fileName: string }
  | { kind: 'no-evidence'; entryName: string; sets?: string[][] };

/** The material sets the rule set asks for a 继续教育形式, or undefined when it names none (or the rule set is unknown). */
function evidenceSets(policyId: string, form: string): string[][] | undefined {
  try {
    const sets = evidenceRequirements(policyId, form);
    return sets?.length ? sets : undefined;
  } catch {
    return undefined;
  }
}

/** What each year still lacks: activities without any attached file (unless a 学时认定单 covers the year) and listed files not yet uploaded. */
export function evidenceGaps(profile: Profile, entries: Entry[], evidence: Evidence[]): Map<number, EvidenceGap[]> {
  const gaps = new Map<number, EvidenceGap[]>();
  const push = (y: number, gap: EvidenceGap) => gaps.set(y, [...(gaps.get(y) ?? []), gap]);
  const coveredYears = new Set(evidence.filter((e) => e.kind === 'recognition-form').flatMap((e) => e.years));
  const filesByEntry = new Map<string, Evidence[]>();
  for (const ev of evidence) if (ev.entryId) filesByEntry.set(ev.entryId, [...(filesByEntry.get(ev.entryId) ?? []), ev]);
  for (const e of entries) {
    if (coveredYears.has(e.year)) continue;
    const files = filesByEntry.get(e.id) ?? [];
    const notUploaded = e.evidenceNames.filter((n) => !files.some((f) => f.name === n) && !evidence.some((f) => f.name === n));
    for (const n of notUploaded) push(e.year, { kind: 'not-uploaded', entryName: e.name, fileName: n });
    if (!files.length && !notUploaded.length) push(e.year, { kind: 'no-evidence', entryName: e.name, sets: evidenceSets(profile.policyId, e.form) });
  }
  return gaps;
}

/**
 * Status of each year of the span (plus years with activities outside it): ok / short (a minimum not met) / missing /
 * covered (proved by an earlier 学时认定单: no hours needed, whatever the year's activities).
 */
export function yearStatuses(
  rows: ProfileYearRow[],
  findings: Finding[],
  span: RequiredYears | undefined,
  covered: ReadonlyMap<number, unknown> = new Map(),
): { year: number; status: YearStatus }[] {
  const years = new Set<number>(rows.map((r) => r.year));
  if (span?.years) for (const y of span.years) years.add(y);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({ year, status: yearStatus(rows.find((r) => r.year === year), findings, year, covered.has(year)) }));
}

/** The rule set's yearly minima, or undefined for an unknown rule set. */
export function profileMinima(profile: Profile): MinimaSummary | undefined {
  try {
    return minimaFor(profile.policyId);
  } catch {
    return undefined;
  }
}
