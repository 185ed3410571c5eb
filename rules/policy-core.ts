// The rule sets' numbers the popup's first frame needs (issue 15): each document's identity, minima, spans, filing
// windows and 学时认定单 materials, with their clauses — from rules/policies/*-core.ts, which the full rule sets spread,
// so each value is written once. No zod and no conversion or evidence texts load with this module (the popup-size
// browser test checks the first load holds neither). getPolicy (rules/index.ts) stays the API for everything else.
import type { RuleSet } from './ruleset';
import { deepFreeze } from './policies/freeze';
import { hunan2025Core } from './policies/hunan-2025-core';
import { xiangtan2022Core } from './policies/xiangtan-2022-core';
import { zhuzhou2025Core } from './policies/zhuzhou-2025-core';

export type PolicyCoreKey = 'id' | 'name' | 'docNumber' | 'reviewYear' | 'evidenceSection' | 'minima' | 'spans' | 'spansUndefined' | 'priorCertificates' | 'filingWindows';
export type PolicyCore = Pick<RuleSet, PolicyCoreKey>;

const cores: ReadonlyMap<string, PolicyCore> = new Map(
  [hunan2025Core, zhuzhou2025Core, xiangtan2022Core].map((source) => {
    const frozen: PolicyCore = deepFreeze(structuredClone(source) as PolicyCore);
    return [frozen.id, frozen] as const;
  }),
);

/** The first-frame part of rule set `id` (equal to getPolicy(id)'s same fields), or undefined for an unknown id. */
export function policyCore(id: string): PolicyCore | undefined {
  return cores.get(id);
}
