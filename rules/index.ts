// Public API of the rules module (contract §2). Pure: no browser APIs; runs under plain Node.
import type { RuleSet } from './ruleset';
import { ruleSetOrThrow, ruleSets } from './policies';

export * from './schema';
export type { RuleSet, Cell, Minima, EvidenceForm } from './ruleset';
export { convert, activityKindLabels } from './convert';
export { ACTIVITY_KINDS, KIND_ORDER, YEAR_FIELD, CATEGORY_FIELD, activityFromDraft, activityYear, activityCategory, catalogueLabels } from './kinds';
export type { KindSpec, KindField, KindDraft, ActivityFromDraft } from './kinds';
export { requiredYears } from './years';
export { checkYears, checkEachRow, checkYearsAndEachRow, severityOf } from './check';
export { aggregateYears, fitNames, wholeYearHours, DEFAULT_NAME_MAX_LENGTH } from './aggregate';
export { evidenceRequirements, evidenceFormFor, evidenceSetsFor, checkEvidenceSets } from './evidence';
export type { EvidenceSets, EvidenceTarget, EvidenceCheck, SetCheck, MaterialNeed } from './evidence';
export { MaterialTag, MATERIAL_LABELS, guessMaterials } from './materials';
export { describeInputError } from './errors';

export interface PolicySummary {
  id: string;
  name: string;
  docNumber: string;
  reviewYear: number;
}

/** The rule sets, in menu order. */
export function listPolicies(): PolicySummary[] {
  return [...ruleSets.values()].map(({ id, name, docNumber, reviewYear }) => ({ id, name, docNumber, reviewYear }));
}

/** The validated (and frozen) rule-set data — minima, spans, conversions, evidence, upload, windows, themes, bases — each value with its citation. */
export function getPolicy(id: string): RuleSet | undefined {
  return ruleSets.get(id);
}

export interface MinimaSummary {
  total: number;
  public?: number;
  professional?: number;
  /** 专业科目占合计的最低比例, as an exact fraction (湘潭: 2/3; a warning only: 「一般不少于」). */
  professionalShare?: { numerator: number; denominator: number };
  citation: string;
}

/** The yearly minima of a rule set (throws a ZodError naming `policyId` when unknown). */
export function minimaFor(policyId: string): MinimaSummary {
  const { minima } = ruleSetOrThrow(policyId);
  const out: MinimaSummary = { total: minima.total, citation: minima.citation };
  if (minima.public !== undefined) out.public = minima.public;
  if (minima.professional !== undefined) out.professional = minima.professional;
  if (minima.professionalShare) out.professionalShare = { ...minima.professionalShare };
  return out;
}
