// Evidence sets per activity (issue 12.3): which of the sets the rule set names (通知 + 课程表 + 签到表, or 通知 + 结业证书 …)
// the activity's files complete, and what is still missing. The files' kinds are the user's tags, else a guess from the name.
import { z } from 'zod';
import { checkEvidenceSets, evidenceSetsFor, guessMaterials, MATERIAL_LABELS, MaterialTag, type EvidenceSets } from '../../rules/index';
import type { Entry, Evidence, Profile } from './records';

/** What a file is: the user's tags, or the guess from its name (`guessed`). */
export function fileMaterials(ev: Pick<Evidence, 'name' | 'materials' | 'kind'>, wanted: readonly MaterialTag[] = []): { tags: MaterialTag[]; guessed: boolean } {
  if (ev.materials) return { tags: [...ev.materials], guessed: false };
  if (ev.kind === 'recognition-form') return { tags: ['recognition-form'], guessed: false };
  return { tags: guessMaterials(ev.name, wanted), guessed: true };
}

export function materialNames(tags: readonly MaterialTag[]): string {
  return tags.map((t) => MATERIAL_LABELS[t]).join('、');
}

/** One activity's evidence as the ledger, the popup and the panel show it (plain data: it crosses messages). */
export const ActivityEvidenceStatus = z.object({
  entryId: z.string(),
  name: z.string(),
  form: z.string(),
  year: z.number().int(),
  /** complete: a set is complete · incomplete: none is · covered: an earlier 学时认定单 proves the year · silent: the text names no material · unknown: the form names no item of the list. */
  status: z.enum(['complete', 'incomplete', 'covered', 'silent', 'unknown']),
  /** The list item (培训班、研修班、进修班 …) and its clause; for silent, the note. */
  label: z.string().optional(),
  citation: z.string().optional(),
  note: z.string().optional(),
  /** Every set the text accepts, as “A + B + C”. */
  sets: z.array(z.string()),
  /** The set shown: the complete one, or the one with fewest missing. */
  best: z.number().int().min(0).optional(),
  /** Materials of that set with the files that are them. */
  have: z.array(z.object({ text: z.string(), files: z.array(z.string()) })),
  missing: z.array(z.string()),
  /** The activity's files with what each is and whether that is a guess. */
  files: z.array(z.object({ id: z.string(), name: z.string(), tags: z.array(MaterialTag), guessed: z.boolean() })),
});
export type ActivityEvidenceStatus = z.infer<typeof ActivityEvidenceStatus>;

/** The years an entry counts for (a ranged activity such as 三援 may cover several). */
export function entryYearsOf(entry: Entry): number[] {
  const a = entry.activity;
  if (a && 'start' in a && 'end' in a) {
    const from = Number(a.start.slice(0, 4));
    const to = Number(a.end.slice(0, 4));
    return Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => from + i);
  }
  return [entry.year];
}

function setsOf(policyId: string, entry: Entry): EvidenceSets | undefined {
  try {
    return evidenceSetsFor(policyId, { kind: entry.activity?.kind, form: entry.form, name: entry.name });
  } catch {
    return undefined; // an unknown rule set (a newer backup): shown as unknown, never thrown at the page
  }
}

/** The files of an entry: linked to it, or named in its 佐证材料 column. */
export function entryFiles(entry: Entry, evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((ev) => ev.kind !== 'recognition-form' && (ev.entryId === entry.id || (!ev.entryId && entry.evidenceNames.includes(ev.name))));
}

/** The evidence status of one activity under the profile's rule set. */
export function activityEvidence(profile: Pick<Profile, 'policyId'>, entry: Entry, evidence: readonly Evidence[]): ActivityEvidenceStatus {
  const sets = setsOf(profile.policyId, entry);
  const wanted = sets && !sets.silent ? sets.sets.flat().flatMap((m) => m.anyOf) : [];
  const own = entryFiles(entry, evidence);
  const files = own.map((ev) => ({ id: ev.id, name: ev.name, ...fileMaterials(ev, wanted) }));
  const base = { entryId: entry.id, name: entry.name, form: entry.form, year: entry.year, files };
  const years = entryYearsOf(entry);
  const covering = evidence.find((ev) => ev.kind === 'recognition-form' && years.every((y) => ev.years.includes(y)));
  if (covering) {
    return { ...base, status: 'covered', label: `以前年度的学时认定单：${covering.name}`, sets: [], have: [{ text: '学时认定单', files: [covering.name] }], missing: [] };
  }
  if (!sets) return { ...base, status: 'unknown', note: '继续教育形式对不上材料清单中的任何一项，无法判断该交哪些材料', sets: [], have: [], missing: [] };
  if (sets.silent) return { ...base, status: 'silent', citation: sets.citation, note: sets.note, sets: [], have: [], missing: [] };
  const check = checkEvidenceSets(sets.sets, files.map((f) => ({ name: f.name, materials: f.tags })));
  const shown = check.sets[check.best];
  return {
    ...base,
    status: check.complete ? 'complete' : 'incomplete',
    label: sets.label,
    citation: sets.extra ? `${sets.citation}；${sets.extra.citation}` : sets.citation,
    sets: sets.sets.map((set) => set.map((m) => m.text).join(' + ')),
    best: check.best,
    have: shown.items.filter((i) => i.files.length).map((i) => ({ text: i.text, files: i.files })),
    missing: shown.missing,
  };
}

/** Each activity's evidence status, by entry id. */
export function activitiesEvidence(profile: Pick<Profile, 'policyId'>, entries: readonly Entry[], evidence: readonly Evidence[]): Map<string, ActivityEvidenceStatus> {
  return new Map(entries.map((e) => [e.id, activityEvidence(profile, e, evidence)]));
}

/** The activities counting for `year`, with their evidence status. */
export function yearActivitiesEvidence(profile: Pick<Profile, 'policyId'>, year: number, entries: readonly Entry[], evidence: readonly Evidence[]): ActivityEvidenceStatus[] {
  return entries.filter((e) => entryYearsOf(e).includes(year)).map((e) => activityEvidence(profile, e, evidence));
}

/** One zh-CN line: “齐全：培训通知 + … ” or “还缺：结业证书（湘人社办函〔2025〕37号 附件2 一.1）”. */
export function statusLine(s: ActivityEvidenceStatus): string {
  switch (s.status) {
    case 'complete':
      return `材料齐全：${s.have.map((h) => h.text).join(' + ')}`;
    case 'incomplete':
      return `还缺：${s.missing.join('、')}${s.sets.length > 1 ? `（或交齐另一套：${s.sets.filter((_, i) => i !== s.best).join('；')}）` : ''}`;
    case 'covered':
      return s.label ?? '以前年度的学时认定单覆盖该年';
    case 'silent':
      return `文件没有规定这类活动交哪些材料（${s.note ?? ''}）`;
    default:
      return s.note ?? '';
  }
}
