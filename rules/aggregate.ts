// aggregateYears: ledger items → the yearly rows to file on the portal (申报年度明细信息). Deterministic: the output
// does not depend on the order of the items.
import { z } from 'zod';
import { CreditedItem, type FiledYearRow } from './schema';
import type { Minima } from './ruleset';
import { ruleSetOrThrow } from './policies';
import { round1, sumHours } from './numbers';

// Built once: zod builds a schema's parser on first use (and, without eval, as in the extension, interprets it).
const CreditedItems = z.array(CreditedItem);

/** The portal's name fields have no stated limit; 50 characters is what we fill unless told otherwise. */
export const DEFAULT_NAME_MAX_LENGTH = 50;

export const AggregateOptions = z.object({ nameMaxLength: z.number().int().min(1).optional() }).optional();
export type AggregateOptions = z.infer<typeof AggregateOptions>;

type Tally = Map<string, number>; // name or form → hours

interface YearAcc {
  publicParts: number[];
  professionalParts: number[];
  publicNames: Tally;
  professionalNames: Tally;
  publicForms: Tally;
  professionalForms: Tally;
  wholeYearNames: Tally;
  wholeYearForms: Tally;
}

const add = (tally: Tally, key: string, hours: number) => tally.set(key, (tally.get(key) ?? 0) + hours);
const byHoursThenText = ([a, ha]: [string, number], [b, hb]: [string, number]) => hb - ha || (a < b ? -1 : a > b ? 1 : 0);

/** Keys by hours (most first), ties by code-point order. */
const ranked = (tally: Tally): string[] => [...tally].sort(byHoursThenText).map(([key]) => key);

/**
 * Names joined with 、 to fit `max` characters: as many as fit, then 「等N项」; a first name longer than the
 * field is cut with 「…」.
 */
export function fitNames(names: readonly string[], max: number): string {
  const n = names.length;
  if (n === 0) return '';
  const suffix = (k: number) => (k < n ? `等${n}项` : '');
  let best = 0;
  let length = 0;
  for (let k = 1; k <= n; k++) {
    length += names[k - 1].length + (k > 1 ? 1 : 0);
    if (length > max) break;
    if (length + suffix(k).length <= max) best = k;
  }
  if (best > 0) return names.slice(0, best).join('、') + suffix(best);
  const tail = suffix(1);
  const room = max - tail.length - 1;
  if (room < 1) return names[0].slice(0, max);
  return `${names[0].slice(0, room)}…${tail}`;
}

/** The form with the most hours; empty forms only when there is nothing else. */
function dominantForm(tally: Tally): string {
  const forms = ranked(tally);
  return forms.find((f) => f.trim() !== '') ?? '';
}

/**
 * The hours a whole-year row (三援, 海外交换: 「视为完成当年继续教育 90 学时」) shows: the actual hours, raised to the
 * yearly minima, so the row passes checkYears even where the portal has no whole-year flag. Public is raised
 * to its minimum, professional to its minimum, to the rest of the total, and to the professional share.
 */
export function wholeYearHours(minima: Minima, publicHours: number, professionalHours: number): { publicHours: number; professionalHours: number } {
  const pub = round1(Math.max(publicHours, minima.public ?? 0));
  let pro = Math.max(professionalHours, minima.professional ?? 0, minima.total - pub);
  const share = minima.professionalShare;
  if (share && share.numerator < share.denominator) {
    pro = Math.max(pro, Math.ceil((pub * share.numerator * 10) / (share.denominator - share.numerator) - 1e-9) / 10);
  }
  return { publicHours: pub, professionalHours: round1(pro) };
}

/**
 * Per year: public and professional hours, names (fitted to `nameMaxLength`), the dominant 继续教育形式 per category,
 * and the total (always public + professional), sorted by year. A year with a whole-year credit is `wholeYear: true`
 * and shows at least the yearly minima (see wholeYearHours).
 */
export function aggregateYears(policyId: string, items: CreditedItem[], opts?: AggregateOptions): FiledYearRow[] {
  const policy = ruleSetOrThrow(policyId);
  const parsed = CreditedItems.parse(items);
  const maxLength = AggregateOptions.parse(opts)?.nameMaxLength ?? DEFAULT_NAME_MAX_LENGTH;

  const years = new Map<number, YearAcc>();
  const accFor = (year: number): YearAcc => {
    let acc = years.get(year);
    if (!acc) {
      acc = {
        publicParts: [],
        professionalParts: [],
        publicNames: new Map(),
        professionalNames: new Map(),
        publicForms: new Map(),
        professionalForms: new Map(),
        wholeYearNames: new Map(),
        wholeYearForms: new Map(),
      };
      years.set(year, acc);
    }
    return acc;
  };

  for (const item of parsed) {
    const name = item.name.trim();
    const form = item.form.trim();
    for (const credit of item.credits) {
      const acc = accFor(credit.year);
      if (credit.category === 'public') {
        acc.publicParts.push(credit.hours);
        if (name) add(acc.publicNames, name, credit.hours);
        add(acc.publicForms, form, credit.hours);
      } else if (credit.category === 'professional') {
        acc.professionalParts.push(credit.hours);
        if (name) add(acc.professionalNames, name, credit.hours);
        add(acc.professionalForms, form, credit.hours);
      } else {
        if (name) add(acc.wholeYearNames, name, credit.hours);
        add(acc.wholeYearForms, form, credit.hours);
      }
    }
  }

  const rows: FiledYearRow[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const acc = years.get(year)!;
    const wholeYear = acc.wholeYearForms.size > 0;
    let publicHours = sumHours(acc.publicParts);
    let professionalHours = sumHours(acc.professionalParts);
    if (wholeYear) ({ publicHours, professionalHours } = wholeYearHours(policy.minima, publicHours, professionalHours));
    // A whole-year activity names the public side only when no public activity does; it always leads the professional side.
    const wholeNames = ranked(acc.wholeYearNames);
    // Public hours without any activity name: the rule set's themes of that year (公需科目主题), when it has them.
    const themes = policy.themes.year === year && publicHours > 0 ? [...policy.themes.themes] : [];
    const publicNames =
      acc.publicNames.size > 0 ? ranked(acc.publicNames) : wholeYear && wholeNames.length > 0 ? wholeNames : themes;
    const professionalNames = [...new Set([...wholeNames, ...ranked(acc.professionalNames)])];
    const form = (own: Tally) => dominantForm(own.size > 0 || !wholeYear ? own : acc.wholeYearForms);
    rows.push({
      year,
      publicName: fitNames(publicNames, maxLength),
      publicHours,
      publicForm: form(acc.publicForms),
      professionalName: fitNames(professionalNames, maxLength),
      professionalHours,
      professionalForm: form(acc.professionalForms),
      totalHours: round1(publicHours + professionalHours),
      wholeYear,
    });
  }
  return rows;
}
