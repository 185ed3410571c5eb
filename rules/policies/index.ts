// All rule sets, validated with the RuleSet schema when this module loads.
import { z } from 'zod';
import { RuleSet, type RuleSetInput } from '../ruleset';
import { hunan2025 } from './hunan-2025';
import { xiangtan2022 } from './xiangtan-2022';
import { zhuzhou2025 } from './zhuzhou-2025';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The raw rule-set data, in menu order (exported so tests can check them one by one). */
export const ruleSetSources: readonly RuleSetInput[] = [hunan2025, zhuzhou2025, xiangtan2022];

export const ruleSets: ReadonlyMap<string, RuleSet> = new Map(
  ruleSetSources.map((source) => {
    const parsed = deepFreeze(RuleSet.parse(source));
    return [parsed.id, parsed] as const;
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
