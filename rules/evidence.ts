// Evidence (学时核认所需材料) for a 继续教育形式 as users and the portal write it (培训班, 远程教育, 学术会议, 论文 …).
import type { EvidenceForm } from './ruleset';
import { ruleSetOrThrow } from './policies';

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
