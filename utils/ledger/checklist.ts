// The year-span checklist under the full rules API: the same Checklist as the popup's first frame builds
// (checklist-core.ts holds its one implementation and its types), from the full rule set and rules/check.ts's findings.
import { ruleSetOrThrow } from '../../rules/policies';
import type { Profile } from './records';
import { rowFindings, type ProfileSpan, type ProfileYearRow, type YearCoverage } from './hours';
import { checklistOf, minimaOf, type Checklist, type MinimaView } from './checklist-core';
import { uiLang, type UiLanguage } from '../i18n-shell';

export { spanYears } from './checklist-core';
export type { Checklist, FilingWindowView, MinimaView, SpanStatus, SpanYear } from './checklist-core';

/** The yearly minima of rule set `policyId` as the checklist shows them (a ZodError naming it when it is unknown). */
export function minimaView(policyId: string): MinimaView {
  return minimaOf(ruleSetOrThrow(policyId));
}

/**
 * The checklist in `lang` (default: the current UI language); span reasons and citations stay as rules/ words them.
 * `covered`: the years earlier 学时认定单 / 合格证明 prove (utils/ledger/hours coveredYears). Throws a ZodError naming
 * the rule set when the profile's is unknown.
 */
export function buildChecklist(
  profile: Profile,
  rows: readonly ProfileYearRow[],
  span: ProfileSpan,
  now = new Date(),
  lang: UiLanguage = uiLang.value,
  covered: ReadonlyMap<number, YearCoverage> = new Map(),
): Checklist {
  const policy = ruleSetOrThrow(profile.policyId);
  return checklistOf(policy, profile, rows, span, rowFindings(profile, rows, covered.keys()), now, lang, covered);
}
