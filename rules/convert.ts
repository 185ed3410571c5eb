// convert(policyId, activity): the hours an activity is worth under a rule set (学时折算), with the clause it comes from.
// One formula per kind; the values come from the rule-set data (rules/policies/).
import { z } from 'zod';
import { Activity, type ActivityKind, type ConvertResult, type Credit } from './schema';
import type { Cell, RuleSet } from './ruleset';
import { ruleSetOrThrow } from './policies';
import { round1 } from './numbers';
import { ACTIVITY_KINDS, KIND_ORDER } from './kinds';

/** zh-CN names of the activity kinds, for notes and menus: the catalogue's (rules/kinds.ts), in the texts' words. */
export const activityKindLabels = Object.fromEntries(KIND_ORDER.map((k) => [k, ACTIVITY_KINDS[k].label])) as Record<ActivityKind, string>;

const MonthRange = z
  .object({ start: z.string(), end: z.string() })
  .refine((r) => r.end >= r.start, { message: '结束月份不能早于开始月份', path: ['end'] });

const joinNotes = (...notes: (string | undefined)[]): string | undefined => {
  const present = notes.filter((n): n is string => Boolean(n));
  return present.length > 0 ? [...new Set(present)].join(' ') : undefined;
};

function result(credits: Credit[], citation: string, note?: string): ConvertResult {
  return note === undefined ? { credits, citation } : { credits, citation, note };
}

/** A professional credit of `cell × units` in `year`; none (with the cell's note) when the text is silent. */
function professional(year: number, cell: Cell, units: number, citation: string, note?: string): ConvertResult {
  if (cell.hours === null) return result([], citation, joinNotes(cell.note, note));
  return result([{ year, category: 'professional', hours: round1(cell.hours * units) }], citation, joinNotes(cell.note, note));
}

function silentKind(policy: RuleSet, kind: ActivityKind, citation = policy.conversionSection): ConvertResult {
  return result(
    [],
    citation,
    `${policy.docNumber}的学时折算细则没有规定“${activityKindLabels[kind]}”如何折算，这里不计学时；如需认定，请咨询当地人社部门。`,
  );
}

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/**
 * Whole-year rules (三援 二.6/二.7, 海外交换 二.9). Months count start and end inclusive.
 * - fewer than `minMonths`: not covered;
 * - more than `everyYearAboveMonths`: every calendar year the stay touches is complete;
 * - otherwise one year (「当年」): the calendar year holding most of the months, the later one on a tie
 *   (the assessment 考核 happens at the end). See rules/README.md.
 */
function wholeYears(
  policy: RuleSet,
  kind: 'aid-assignment' | 'overseas-exchange',
  activity: { start: string; end: string; qualified: boolean },
): ConvertResult {
  const rule = policy.conversions[kind];
  if (!rule) return silentKind(policy, kind);
  MonthRange.parse(activity);
  const first = monthIndex(activity.start);
  const last = monthIndex(activity.end);
  const months = last - first + 1;
  const startYear = Math.floor(first / 12);
  const endYear = Math.floor(last / 12);
  const label = activityKindLabels[kind];
  if (!activity.qualified) {
    return result([], rule.citation, `${label}须考核合格才能视为完成当年继续教育；未考核合格不计学时。`);
  }
  if (months < rule.minMonths) {
    return result(
      [],
      rule.citation,
      `${label}共 ${months} 个月，不足细则要求的 ${rule.minMonths} 个月，不能视为完成年度继续教育，这里不计学时；期间参加的培训可另行按实际学时登记。`,
    );
  }
  const years: number[] = [];
  if (months > rule.everyYearAboveMonths) {
    for (let y = startYear; y <= endYear; y++) years.push(y);
    const credits = years.map((year): Credit => ({ year, category: 'whole-year', hours: rule.hoursPerYear }));
    return result(
      credits,
      rule.citation,
      years.length > 1 ? `共 ${months} 个月，超过 1 年：外派期间 ${startYear}–${endYear} 年每年都视为完成继续教育 ${rule.hoursPerYear} 学时。` : undefined,
    );
  }
  let year = endYear;
  if (startYear !== endYear) {
    const inStart = (startYear + 1) * 12 - first;
    const inEnd = last - endYear * 12 + 1;
    year = inStart > inEnd ? startYear : endYear;
  }
  const note =
    startYear !== endYear
      ? `共 ${months} 个月，跨 ${startYear}、${endYear} 两年但未超过 1 年，按“当年”只认定一个年度：取月份较多的 ${year} 年（月份相同取后一年）。`
      : undefined;
  return result([{ year, category: 'whole-year', hours: rule.hoursPerYear }], rule.citation, note);
}

/**
 * The hours `activity` is worth under rule set `policyId`.
 * Throws a ZodError naming the field for invalid input (or `policyId` for an unknown rule set);
 * a kind or case the text does not cover gives no credits and a zh-CN note, never an exception.
 */
export function convert(policyId: string, activity: Activity): ConvertResult {
  const policy = ruleSetOrThrow(policyId);
  const a = Activity.parse(activity);
  const c = policy.conversions;
  switch (a.kind) {
    case 'training': {
      const rule = c.training;
      if (!rule) return silentKind(policy, a.kind);
      const parts: [Cell, number][] = [
        [rule.perDay, a.days ?? 0],
        [rule.perHalfDay, a.halfDays ?? 0],
        [rule.perEvening, a.evenings ?? 0],
      ];
      let hours = 0;
      const notes: string[] = [];
      for (const [cell, count] of parts) {
        if (count === 0) continue;
        if (cell.hours === null) notes.push(cell.note ?? '');
        else hours += cell.hours * count;
      }
      return result([{ year: a.year, category: a.category, hours: round1(hours) }], rule.citation, joinNotes(...notes));
    }
    case 'online-course': {
      const rule = c['online-course'];
      if (!rule) return silentKind(policy, a.kind);
      // The hours the certificate (结业证书, 课程时长) states; fractional hours are kept to one decimal.
      return result([{ year: a.year, category: a.category, hours: round1(a.hours) }], rule.citation);
    }
    case 'research-project': {
      const rule = c['research-project'];
      if (!rule) return silentKind(policy, a.kind);
      return professional(a.year, rule[a.level][a.role], 1, rule.citation);
    }
    case 'book': {
      const rule = c.book;
      if (!rule) return silentKind(policy, a.kind);
      return professional(a.year, rule[a.role], 1, rule.citation);
    }
    case 'paper': {
      const rule = c.paper;
      if (!rule) return silentKind(policy, a.kind);
      return professional(a.year, rule[a.role], a.count ?? 1, rule.citation);
    }
    case 'patent': {
      const rule = c.patent?.[a.type];
      if (!rule) {
        const typeName = { invention: '发明专利', utility: '实用新型专利', design: '外观设计专利' }[a.type];
        return result(
          [],
          policy.conversionSection,
          `${policy.docNumber}的学时折算细则没有规定${typeName}如何折算，这里不计学时；如需认定，请咨询当地人社部门。`,
        );
      }
      const cell = a.rank === 1 ? rule.first : a.rank <= 3 ? rule.top3 : rule.other;
      return professional(a.year, cell, 1, rule.citation);
    }
    case 'award': {
      const rule = c.award;
      if (!rule) return silentKind(policy, a.kind);
      const level = rule[a.level];
      if (level.by === 'flat') return professional(a.year, level.cell, 1, rule.citation);
      if (level.by === 'grade') return professional(a.year, level[`grade${a.grade}`], 1, rule.citation);
      if (a.rank === undefined) {
        return result(
          [],
          rule.citation,
          `该级别奖项按完成人排名折算：前 ${level.topN} 名 ${level.top.hours ?? 0} 学时，其他完成人 ${level.other.hours ?? 0} 学时。请填写获奖排名。`,
        );
      }
      return professional(a.year, a.rank <= level.topN ? level.top : level.other, 1, rule.citation);
    }
    case 'aid-assignment':
    case 'overseas-exchange':
      return wholeYears(policy, a.kind, a);
    case 'expert-service': {
      const rule = c['expert-service'];
      if (!rule) return silentKind(policy, a.kind);
      const onsite = rule.perOnsiteDay.hours === null ? 0 : rule.perOnsiteDay.hours * (a.onsiteDays ?? 0);
      const online = rule.onlineActualHours ? (a.onlineHours ?? 0) : 0;
      return result([{ year: a.year, category: 'professional', hours: round1(onsite + online) }], rule.citation);
    }
    case 'degree-course':
    case 'qualification-exam':
    case 'digital-skills-exam': {
      const rule = c[a.kind];
      if (!rule) return silentKind(policy, a.kind);
      // 「当年度通过一门…可折算 N 学时」: read per course (rules/README.md, decisions); the other reading is said when it matters.
      const perCourse =
        a.kind !== 'digital-skills-exam' && a.passed > 1 && rule.perUnit.hours !== null
          ? `按“每通过一门折算 ${rule.perUnit.hours} 学时”计 ${a.passed} 门；原文「当年度通过一门…可折算 ${rule.perUnit.hours} 学时」也可读作当年只折算 ${rule.perUnit.hours} 学时（不论门数），审核若按此读法只认 ${rule.perUnit.hours} 学时。`
          : undefined;
      return professional(a.year, rule.perUnit, a.passed, rule.citation, perCourse);
    }
    case 'computer-exam': {
      const rule = c['computer-exam'];
      if (!rule) return silentKind(policy, a.kind);
      return professional(a.year, rule.perUnit, a.modules, rule.citation);
    }
    case 'skills-competition': {
      const rule = c['skills-competition']?.[a.level];
      if (!rule) return silentKind(policy, a.kind);
      return professional(a.year, rule[a.medal], 1, rule.citation);
    }
  }
}
