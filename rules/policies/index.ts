// All rule sets. Each source is typed with the RuleSet schema's input type, and test/unit/rules/ruleset.test.ts parses
// every one with the schema and checks the parse gives back the source unchanged (the schema has no defaults or
// transforms), so a malformed rule set fails the unit tests, not a user. They are not parsed again when this module
// loads: that parse (and building its schema) sat on the path of every page opening the rules, the popup's first frame
// among them (issue 15).
import { z } from 'zod';
import type { RuleSet, RuleSetInput } from '../ruleset';
import { hunan2025 } from './hunan-2025';
import { xiangtan2022 } from './xiangtan-2022';
import { zhuzhou2025 } from './zhuzhou-2025';
import { deepFreeze } from './freeze';

/** The raw rule-set data, in menu order (exported so tests can check them one by one). */
export const ruleSetSources: readonly RuleSetInput[] = [hunan2025, zhuzhou2025, xiangtan2022];

export const ruleSets: ReadonlyMap<string, RuleSet> = new Map(
  ruleSetSources.map((source) => {
    const frozen: RuleSet = deepFreeze(structuredClone(source));
    return [frozen.id, frozen] as const;
  }),
);

/** The rule set with this id, or a ZodError naming `policyId`. */
export function ruleSetOrThrow(policyId: unknown): RuleSet {
  const found = typeof policyId === 'string' ? ruleSets.get(policyId) : undefined;
  if (found) return found;
  throw new z.ZodError([
    {
      code: 'custom',
      path: ['policyId'],
      message: `未知的规则集“${typeof policyId === 'string' ? policyId : typeof policyId}”，可选：${[...ruleSets.keys()].join('、')}`,
      input: policyId,
    },
  ]);
}
