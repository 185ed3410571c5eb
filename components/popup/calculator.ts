// The quick calculator as data: the few fields of each activity kind, the activity they make (zod-checked), and its
// hours under every rule set side by side with the clause.
import { z } from 'zod';
import { convert, listPolicies } from '../../rules';
import { Activity, type ActivityKind, type Category, type ConvertResult } from '../../rules/schema';
import { Entry } from '../../utils/ledger/schema';
import { t, uiLang, type UiLanguage } from '../../utils/i18n';

export type FieldSpec =
  | { name: string; label: string; type: 'number'; min?: number; step?: number; optional?: boolean }
  | { name: string; label: string; type: 'select'; options: [value: string, label: string][] }
  | { name: string; label: string; type: 'month' }
  | { name: string; label: string; type: 'checkbox' };

export interface KindSpec {
  label: string; // zh-CN, as the texts name the activity
  form: string; // 继续教育形式 written into the ledger
  fields: FieldSpec[];
}

const yearField: FieldSpec = { name: 'year', label: '计入年度', type: 'number', min: 1990, step: 1 };
const categoryField: FieldSpec = { name: 'category', label: '科目类别', type: 'select', options: [['public', '公需科目'], ['professional', '专业科目']] };
const levelField: FieldSpec = { name: 'level', label: '级别', type: 'select', options: [['provincial', '省部级及以上'], ['municipal', '市厅级']] };
const count = (name: string, label: string, min = 0): FieldSpec => ({ name, label, type: 'number', min, step: 1 });

export const KINDS: Record<ActivityKind, KindSpec> = {
  training: {
    label: '培训、研讨、会议',
    form: '培训班',
    fields: [yearField, categoryField, count('days', '整天数'), count('halfDays', '半天数'), count('evenings', '晚上场次')],
  },
  'online-course': {
    label: '网络课程（远程教育）',
    form: '远程教育',
    fields: [yearField, categoryField, { name: 'hours', label: '证书学时', type: 'number', min: 0, step: 0.5 }],
  },
  'research-project': {
    label: '课题研究与项目开发（结题当年）',
    form: '课题研究',
    fields: [yearField, levelField, { name: 'role', label: '角色', type: 'select', options: [['host', '主持人'], ['main', '主要完成人（署名前三）'], ['participant', '其他参与人']] }],
  },
  book: {
    label: '著作、译著、教材（出版当年）',
    form: '出版著作',
    fields: [yearField, { name: 'role', label: '署名', type: 'select', options: [['first', '独著或第一作者'], ['other', '其他作者']] }],
  },
  paper: {
    label: '论文（有统一刊号的期刊）',
    form: '发表论文',
    fields: [
      yearField,
      { name: 'role', label: '署名', type: 'select', options: [['first', '独立或第一作者'], ['corresponding', '通讯作者'], ['other', '其他作者']] },
      count('count', '篇数', 1),
    ],
  },
  patent: {
    label: '专利（授权当年）',
    form: '专利',
    fields: [
      yearField,
      { name: 'type', label: '类型', type: 'select', options: [['invention', '发明专利'], ['utility', '实用新型专利'], ['design', '外观设计专利']] },
      count('rank', '排名（第几位）', 1),
    ],
  },
  award: {
    label: '科技、社科奖励（获奖当年）',
    form: '获奖',
    fields: [
      yearField,
      levelField,
      { name: 'grade', label: '等级', type: 'select', options: [['1', '一等奖'], ['2', '二等奖'], ['3', '三等奖']] },
      count('rank', '排名（第几位）', 1),
    ],
  },
  'aid-assignment': {
    label: '援藏、援疆、援外等（考核合格）',
    form: '三援',
    fields: [{ name: 'start', label: '开始月份', type: 'month' }, { name: 'end', label: '结束月份', type: 'month' }, { name: 'qualified', label: '考核合格', type: 'checkbox' }],
  },
  'expert-service': {
    label: '专家服务基层',
    form: '专家服务',
    fields: [yearField, { name: 'onsiteDays', label: '现场服务天数', type: 'number', min: 0, step: 0.5 }, { name: 'onlineHours', label: '线上服务学时', type: 'number', min: 0, step: 0.5 }],
  },
  'degree-course': { label: '学历（学位）教育', form: '学历教育', fields: [yearField, count('passed', '当年通过课程数')] },
  'qualification-exam': { label: '职业资格考试', form: '职业资格考试', fields: [yearField, count('passed', '当年通过科目数')] },
  'digital-skills-exam': { label: '数字技术应用能力水平考试', form: '数字技术考试', fields: [yearField, count('passed', '通过科目数')] },
  'computer-exam': { label: '计算机应用能力考试', form: '计算机考试', fields: [yearField, count('modules', '通过模块数')] },
  'overseas-exchange': {
    label: '出国（境）交流一年以上',
    form: '出国（境）交流',
    fields: [{ name: 'start', label: '开始月份', type: 'month' }, { name: 'end', label: '结束月份', type: 'month' }, { name: 'qualified', label: '考核合格', type: 'checkbox' }],
  },
  'skills-competition': {
    label: '技能竞赛',
    form: '技能竞赛',
    fields: [
      yearField,
      { name: 'level', label: '级别', type: 'select', options: [['national', '国际或国家级'], ['provincial', '省级']] },
      { name: 'medal', label: '名次', type: 'select', options: [['gold', '金牌（一等）'], ['silver', '银牌（二等）'], ['bronze', '铜牌（三等）']] },
    ],
  },
};

/** English words for the zh-CN labels above (kinds, fields, options); test/unit/i18n checks every label has one. */
export const CALC_LABEL_EN: Record<string, string> = {
  '培训、研讨、会议': 'Training, seminars, conferences',
  '网络课程（远程教育）': 'Online courses (distance learning)',
  '课题研究与项目开发（结题当年）': 'Research projects (year completed)',
  '著作、译著、教材（出版当年）': 'Books, translations, textbooks (year published)',
  '论文（有统一刊号的期刊）': 'Papers (journals with a CN number)',
  '专利（授权当年）': 'Patents (year granted)',
  '科技、社科奖励（获奖当年）': 'Science / social-science awards (year awarded)',
  '援藏、援疆、援外等（考核合格）': 'Aid assignments: Tibet, Xinjiang, abroad (passed review)',
  '专家服务基层': 'Expert service at grassroots level',
  '学历（学位）教育': 'Degree courses',
  '职业资格考试': 'Professional qualification exams',
  '数字技术应用能力水平考试': 'Digital skills exam',
  '计算机应用能力考试': 'Computer skills exam',
  '出国（境）交流一年以上': 'Exchange abroad for a year or more',
  '技能竞赛': 'Skills competitions',
  '计入年度': 'Year counted',
  '科目类别': 'Category',
  '级别': 'Level',
  '整天数': 'Full days',
  '半天数': 'Half days',
  '晚上场次': 'Evening sessions',
  '证书学时': 'Hours on certificate',
  '角色': 'Role',
  '署名': 'Authorship',
  '篇数': 'Number of papers',
  '类型': 'Type',
  '排名（第几位）': 'Rank (position)',
  '等级': 'Grade',
  '开始月份': 'Start month',
  '结束月份': 'End month',
  '考核合格': 'Passed review',
  '现场服务天数': 'On-site days',
  '线上服务学时': 'Online service hours',
  '当年通过课程数': 'Courses passed that year',
  '当年通过科目数': 'Subjects passed that year',
  '通过科目数': 'Subjects passed',
  '通过模块数': 'Modules passed',
  '名次': 'Placing',
  '公需科目': 'Public',
  '专业科目': 'Professional',
  '省部级及以上': 'Provincial / ministerial or above',
  '市厅级': 'Municipal / departmental',
  '主持人': 'Principal investigator',
  '主要完成人（署名前三）': 'Main contributor (top three)',
  '其他参与人': 'Other participant',
  '独著或第一作者': 'Sole or first author',
  '其他作者': 'Other author',
  '独立或第一作者': 'Sole or first author',
  '通讯作者': 'Corresponding author',
  '发明专利': 'Invention patent',
  '实用新型专利': 'Utility model patent',
  '外观设计专利': 'Design patent',
  '一等奖': 'First prize',
  '二等奖': 'Second prize',
  '三等奖': 'Third prize',
  '国际或国家级': 'International or national',
  '省级': 'Provincial',
  '金牌（一等）': 'Gold (first)',
  '银牌（二等）': 'Silver (second)',
  '铜牌（三等）': 'Bronze (third)',
};

/** A calculator label (kind, field or option) in the UI language. */
export function calcLabel(zh: string, lang: UiLanguage = uiLang.value): string {
  return lang === 'en' ? (CALC_LABEL_EN[zh] ?? zh) : zh;
}

export const KIND_ORDER = Object.keys(KINDS) as ActivityKind[];

export type FieldValues = Record<string, string | boolean>;

/** Starting values of a kind's fields: this year's previous year, the first option, empty counts. */
export function defaultValues(kind: ActivityKind, now = new Date()): FieldValues {
  const values: FieldValues = {};
  const lastYear = now.getFullYear() - 1;
  for (const f of KINDS[kind].fields) {
    if (f.name === 'year') values.year = String(lastYear);
    else if (f.type === 'select') values[f.name] = f.options[0][0];
    else if (f.type === 'month') values[f.name] = f.name === 'start' ? `${lastYear}-01` : `${lastYear}-06`;
    else if (f.type === 'checkbox') values[f.name] = true;
    else if (f.name === 'count' || f.name === 'rank') values[f.name] = '1';
    else values[f.name] = '';
  }
  if (kind === 'training') values.days = '1';
  return values;
}

/** Form values → the contract's Activity, or the reason naming the field (in the UI language; zod's own message as is). */
export function toActivity(kind: ActivityKind, values: FieldValues, lang: UiLanguage = uiLang.value): { activity: Activity } | { error: string } {
  const raw: Record<string, unknown> = { kind };
  for (const f of KINDS[kind].fields) {
    const v = values[f.name];
    if (f.type === 'checkbox') raw[f.name] = v === true;
    else if (f.type === 'number') {
      if (v === '' || v === undefined) continue; // optional counts left empty
      raw[f.name] = Number(v);
    } else if (f.name === 'grade') raw[f.name] = Number(v);
    else raw[f.name] = v;
  }
  const parsed = Activity.safeParse(raw);
  if (parsed.success) return { activity: parsed.data };
  const issue = parsed.error.issues[0];
  const field = KINDS[kind].fields.find((f) => f.name === issue?.path[0]);
  return { error: t('calcFieldError', { field: field ? calcLabel(field.label, lang) : String(issue?.path[0] ?? ''), message: issue?.message ?? '' }, lang) };
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
  const year = 'year' in activity ? activity.year : Number(activity.start.slice(0, 4));
  const category: Category = 'category' in activity ? activity.category : 'professional';
  return Entry.parse({
    id,
    profileId,
    name,
    form: KINDS[activity.kind].form,
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
  const label = KINDS[kind].label.replace(/（.*?）/g, '');
  if (!activity) return label;
  const year = 'year' in activity ? activity.year : activity.start.slice(0, 4);
  return `${year} 年${label}`;
}
