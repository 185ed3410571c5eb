// rules/policy-core.ts (issue 15): the popup's first frame reads each rule set's minima, spans, filing windows and
// document from modules that load neither zod nor the conversion / evidence texts; they are the full rule sets' own
// values (the full sets spread them), so the two can never differ.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPolicy, listPolicies } from '../../../rules';
import { policyCore, type PolicyCoreKey } from '../../../rules/policy-core';

const KEYS: PolicyCoreKey[] = ['id', 'name', 'docNumber', 'reviewYear', 'evidenceSection', 'minima', 'spans', 'spansUndefined', 'priorCertificates', 'filingWindows'];
const root = resolve(__dirname, '../../..');

/** The files a module imports at run time (type-only imports left out), followed through relative specifiers. */
function runtimeGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const [, spec] of src.matchAll(/^import\s+(?!type\b)[^'"]*from\s+'([^']+)'/gm)) {
    if (!spec.startsWith('.')) {
      seen.add(spec);
      continue;
    }
    runtimeGraph(join(dirname(file), `${spec}.ts`), seen);
  }
  return seen;
}

describe('policyCore', () => {
  it.each(listPolicies().map((p) => p.id))('%s: the same values as getPolicy, frozen', (id) => {
    const core = policyCore(id)!;
    const full = getPolicy(id)!;
    expect(core).toStrictEqual(Object.fromEntries(KEYS.map((k) => [k, full[k]])));
    expect(Object.isFrozen(core.minima) && Object.isFrozen(core.spans[0])).toBe(true);
  });

  it('knows no other rule set', () => {
    expect(policyCore('nowhere-2025')).toBeUndefined();
  });

  it('loads, with the checks on its numbers, no zod and no text module', () => {
    const graph = [...runtimeGraph(join(root, 'rules/policy-core.ts')), ...runtimeGraph(join(root, 'rules/check-core.ts'))].map((f) => f.replace(root + '/', ''));
    expect(graph).toContain('rules/policies/hunan-2025-core.ts');
    expect(graph.filter((f) => /zod|text-2025|policies\/(hunan-2025|zhuzhou-2025|xiangtan-2022|index)\.ts|schema\.ts|ruleset\.ts/.test(f))).toEqual([]);
  });
});
