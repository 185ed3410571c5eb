// Evidence (学时核认所需材料) for a 继续教育形式 as users and the portal write it (培训班, 远程教育, 学术会议, 论文 …),
// and whether the files held make one of the sets the text asks for complete.
import type { ActivityKind } from './schema';
import type { EvidenceForm } from './ruleset';
import type { MaterialTag } from './materials';
import { ruleSetOrThrow } from './policies';
import { portalUpload } from './policies/text-2025';

/** A paper published abroad also needs its indexing record (操作指南: 「在国外刊物发表的论文须提供检索材料」). */
const FOREIGN_JOURNAL = /国外|境外|外文|国际|SCI|SSCI|EI(?![a-z])/i;
export const FOREIGN_PAPER_MATERIAL = '检索材料';

/**
 * The evidence form of the rule set that a free-text 继续教育形式 names, by keyword (the first form in the
 * rule set's order whose keyword occurs in the text). An earlier 学时认定单 / 合格证明 is its own form.
 */
export function evidenceFormFor(policyId: string, form: string): EvidenceForm | undefined {
  const policy = ruleSetOrThrow(policyId);
  if (typeof form !== 'string') return undefined;
  const text = form.trim();
  if (text === '') return undefined;
  const prior = policy.priorCertificates;
  if (prior.materials.some((m) => text.includes(m))) {
    return {
      id: 'prior-certificate',
      label: '以前年度的学时认定单',
      keywords: [...prior.materials],
      citation: prior.citation,
      quote: prior.quote,
      alternatives: prior.materials.map((m) => [`《${m}》`]),
      materials: prior.materials.map(() => [['recognition-form']]),
    };
  }
  return policy.evidence.find((candidate) => candidate.keywords.some((k) => text.includes(k)));
}

/**
 * The alternative sets of materials (any one set is enough; each a list of zh-CN material names) for a
 * 继续教育形式 text; undefined when no form of the rule set matches.
 */
export function evidenceRequirements(policyId: string, form: string): string[][] | undefined {
  const found = evidenceFormFor(policyId, form);
  if (!found) return undefined;
  const foreignPaper = found.id === 'paper' && FOREIGN_JOURNAL.test(form);
  return found.alternatives.map((set) => (foreignPaper ? [...set, FOREIGN_PAPER_MATERIAL] : [...set]));
}

/** One material of a set: the text's words, and the kinds of file any one of which is it. */
export interface MaterialNeed {
  text: string;
  anyOf: MaterialTag[];
}

/** What the rule set asks as evidence of one activity: its sets (any one complete set is enough), or that it is silent. */
export type EvidenceSets =
  | { silent: false; formId: string; label: string; citation: string; quote: string; sets: MaterialNeed[][]; extra?: { text: string; citation: string } }
  | { silent: true; note: string; citation: string };

/** The activity an evidence check is about: its kind when converted by the rules, its 继续教育形式 and name. */
export interface EvidenceTarget {
  kind?: ActivityKind;
  form?: string;
  name?: string;
}

/**
 * The sets of materials for an activity: a converted kind other than training by the rule set's `evidenceByKind`;
 * a training (or an activity with only certificate hours) by its 继续教育形式 (会议, 实践, 远程 …), a training whose
 * form names nothing falling back to 培训班. A paper in a foreign journal also needs 检索材料 (操作指南 第7步).
 * Undefined when nothing says which form it is (no kind, a form no list item names).
 */
export function evidenceSetsFor(policyId: string, target: EvidenceTarget): EvidenceSets | undefined {
  const policy = ruleSetOrThrow(policyId);
  const formText = typeof target.form === 'string' ? target.form : '';
  let form: EvidenceForm | undefined;
  if (target.kind && target.kind !== 'training') {
    const rule = policy.evidenceByKind[target.kind];
    if ('silent' in rule) return { silent: true, note: rule.silent, citation: policy.evidenceSection };
    form = policy.evidence.find((f) => f.id === rule.form);
  } else {
    form = evidenceFormFor(policyId, formText);
    if (!form && target.kind === 'training') {
      const rule = policy.evidenceByKind.training;
      form = 'form' in rule ? policy.evidence.find((f) => f.id === rule.form) : undefined;
    }
  }
  if (!form) return undefined;
  const sets: MaterialNeed[][] = form.alternatives.map((set, i) => set.map((text, j) => ({ text, anyOf: [...form.materials[i][j]] })));
  const foreign = form.id === 'paper' && FOREIGN_JOURNAL.test(`${formText} ${target.name ?? ''}`);
  if (foreign) for (const set of sets) set.push({ text: FOREIGN_PAPER_MATERIAL, anyOf: ['retrieval'] });
  return {
    silent: false,
    formId: form.id,
    label: form.label,
    citation: form.citation,
    quote: form.quote,
    sets,
    ...(foreign ? { extra: { text: FOREIGN_PAPER_MATERIAL, citation: portalUpload.citation } } : {}),
  };
}

export interface SetCheck {
  /** Each material of the set with the names of the files that are it (empty: still missing). */
  items: (MaterialNeed & { files: string[] })[];
  complete: boolean;
  /** The texts of the materials no file is yet. */
  missing: string[];
}

export interface EvidenceCheck {
  sets: SetCheck[];
  complete: boolean;
  /** The complete set, or the one with the fewest materials missing (the first on a tie). */
  best: number;
}

/** Which sets the tagged files complete. A file with several tags (封面及目录.pdf) may be several materials of a set. */
export function checkEvidenceSets(sets: readonly (readonly MaterialNeed[])[], files: readonly { name: string; materials: readonly MaterialTag[] }[]): EvidenceCheck {
  const checked: SetCheck[] = sets.map((set) => {
    const items = set.map((need) => ({ ...need, anyOf: [...need.anyOf], files: files.filter((f) => f.materials.some((m) => need.anyOf.includes(m))).map((f) => f.name) }));
    const missing = items.filter((i) => !i.files.length).map((i) => i.text);
    return { items, complete: missing.length === 0, missing };
  });
  let best = 0;
  checked.forEach((c, i) => {
    if (c.missing.length < checked[best].missing.length) best = i;
  });
  return { sets: checked, complete: checked.some((c) => c.complete), best };
}
