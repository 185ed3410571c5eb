// The quick calculator as data: the fields of each activity kind (the catalogue's, rules/kinds.ts), the activity they
// make (the catalogue's one draft → activity step), and its hours under every rule set side by side with the clause.
import { z } from 'zod';
import { convert, listPolicies } from '../../rules';
import { ACTIVITY_KINDS, CATEGORY_FIELD, YEAR_FIELD, activityCategory, activityFromDraft, activityYear, type KindField } from '../../rules/kinds';
import type { Activity, ActivityKind, Category, ConvertResult } from '../../rules/schema';
import { Entry } from '../../utils/ledger/records';
import { t } from '../../utils/i18n';
import { uiLang, type UiLanguage } from '../../utils/i18n-shell';
import { fieldLabel } from '../../utils/i18n-kinds';
import { schemaMessage } from '../../utils/schema-message-text';

/** The calculator's fields of a kind: the year and the subject where the kind has them, then the catalogue's own. */
export function calcFields(kind: ActivityKind): KindField[] {
  const spec = ACTIVITY_KINDS[kind];
  return [...(spec.dated === 'year' ? [YEAR_FIELD] : []), ...(spec.hasCategory ? [CATEGORY_FIELD] : []), ...spec.fields];
}

/** As typed; a checkbox 'true' / 'false'. */
export type FieldValues = Record<string, string>;

/** Starting values of a kind's fields: this year's previous year, the first option, empty counts. */
export function defaultValues(kind: ActivityKind, now = new Date()): FieldValues {
  const values: FieldValues = {};
  const lastYear = now.getFullYear() - 1;
  for (const f of calcFields(kind)) {
    if (f.key === 'year') values.year = String(lastYear);
    else if (f.type === 'select') values[f.key] = f.options[0][0];
    else if (f.type === 'month') values[f.key] = f.key === 'start' ? `${lastYear}-01` : `${lastYear}-06`;
    else if (f.type === 'bool') values[f.key] = 'true';
    else if (f.key === 'count' || f.key === 'rank') values[f.key] = '1';
    else values[f.key] = '';
  }
  if (kind === 'training') values.days = '1';
  return values;
}

/** Form values → the contract's Activity, or the reason naming the field (in the UI language, zod's message too). */
export function toActivity(kind: ActivityKind, values: FieldValues, lang: UiLanguage = uiLang.value): { activity: Activity } | { error: string } {
  const r = activityFromDraft(kind, { year: values.year, category: values.category as Category | undefined, fields: values });
  if (r.ok) return { activity: r.activity };
  const [key, message] = Object.entries(r.errors)[0] ?? ['', ''];
  const field = calcFields(kind).find((f) => f.key === key);
  return { error: t('calcFieldError', { field: field ? fieldLabel(field, lang) : key, message: schemaMessage(message, lang) }, lang) };
}

export interface PolicyResult {
  policyId: string;
  policyName: string;
  docNumber: string;
  publicHours: number;
  professionalHours: number;
  wholeYearHours: number;
  total: number;
  /** e.g. 专业 30 / 2024 年整年完成 (90) */
  breakdown: string;
  citation: string;
  note?: string;
}

function describe(r: ConvertResult, lang: UiLanguage): Pick<PolicyResult, 'publicHours' | 'professionalHours' | 'wholeYearHours' | 'total' | 'breakdown'> {
  const sum = (c: string) => r.credits.filter((x) => x.category === c).reduce((s, x) => s + x.hours, 0);
  const publicHours = sum('public');
  const professionalHours = sum('professional');
  const wholeYears = r.credits.filter((x) => x.category === 'whole-year');
  const wholeYearHours = wholeYears.reduce((s, x) => s + x.hours, 0);
  const parts = [
    publicHours ? t('calcBreakPublic', { hours: publicHours }, lang) : '',
    professionalHours ? t('calcBreakProfessional', { hours: professionalHours }, lang) : '',
    wholeYears.length ? t('calcBreakWholeYear', { years: wholeYears.map((w) => w.year).join(t('listSeparator', undefined, lang)), hours: wholeYears[0].hours }, lang) : '',
  ].filter(Boolean);
  const breakdown = parts.join(t('calcBreakSeparator', undefined, lang)) || t('calcZero', undefined, lang);
  return { publicHours, professionalHours, wholeYearHours, total: publicHours + professionalHours + wholeYearHours, breakdown };
}

/** Policy names, citations and notes come from rules/ and stay Chinese; the breakdown follows `lang`. */
export function compareAcrossPolicies(activity: Activity, lang: UiLanguage = uiLang.value): PolicyResult[] {
  return listPolicies().map((p) => {
    try {
      const r = convert(p.id, activity);
      return { policyId: p.id, policyName: p.name, docNumber: p.docNumber, ...describe(r, lang), citation: r.citation, note: r.note };
    } catch (e) {
      return {
        policyId: p.id, policyName: p.name, docNumber: p.docNumber, publicHours: 0, professionalHours: 0, wholeYearHours: 0, total: 0,
        breakdown: t('calcZero', undefined, lang), citation: '', note: e instanceof Error ? e.message : String(e),
      };
    }
  });
}

export const NewEntryInput = z.object({ profileId: z.string().min(1), name: z.string().trim().min(1, '请填写名称') });

/** The ledger entry the calculator adds to the active profile (converted later under the profile's rule set). */
export function entryFor(activity: Activity, input: { profileId: string; name: string }, id: string, now = Date.now()): Entry {
  const { profileId, name } = NewEntryInput.parse(input);
  const year = activityYear(activity);
  const category = activityCategory(activity);
  return Entry.parse({
    id,
    profileId,
    name,
    form: ACTIVITY_KINDS[activity.kind].form,
    year,
    category,
    activity,
    evidenceNames: [],
    createdAt: now,
    updatedAt: now,
  });
}

/** The entry's default name: zh-CN in every UI language, as it is ledger data the Chinese portal receives. */
export function defaultName(kind: ActivityKind, activity?: Activity): string {
  const label = ACTIVITY_KINDS[kind].label.replace(/（.*?）/g, '');
  if (!activity) return label;
  const year = 'year' in activity ? activity.year : activity.start.slice(0, 4);
  return `${year} 年${label}`;
}
