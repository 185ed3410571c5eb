// The activity kinds' catalogue: one entry per kind of contract §2 with its zh-CN name as the official texts word it
// (with the clause), the fields a person fills in (labels and options also in the texts' words), the default
// 继续教育形式 written into the ledger, and the one function that turns the filled-in fields into an Activity.
// Read by rules/convert (the kind's name in notes), the options page's activity form and certificate reader, the
// popup's calculator and the certificate reader's form guess. English words live in utils/i18n-kinds.ts.
import { Activity, type ActivityKind, type Category } from './schema';

export type KindField =
  | { key: string; label: string; type: 'int'; min: number; optional?: boolean }
  | { key: string; label: string; type: 'number'; optional?: boolean }
  | { key: string; label: string; type: 'month' }
  | { key: string; label: string; type: 'bool' }
  | { key: string; label: string; type: 'select'; options: [value: string, label: string][]; numeric?: boolean };

export interface KindSpec {
  /** zh-CN, in the words of the clause `citation` names. */
  label: string;
  citation: string;
  /** The 继续教育形式 a new activity of this kind gets (the user may change it). Short words, as the fill matches it to the
   * portal's options by text, which may hold it in a longer name (论文 → 论文著作, 专利 → 发明专利). */
  form: string;
  /** 'year': credited in `year`; 'range': start and end months decide the years (三援, 海外交换). */
  dated: 'year' | 'range';
  /** True when the hours count as the subject the person chooses; otherwise they are 专业科目 (「视同参加专业科目培训」) or a whole year. */
  hasCategory: boolean;
  fields: KindField[];
}

const T25 = '湘人社办函〔2025〕37号 附件2';
const XT22 = '潭人社函〔2022〕18号 附件1';

const int = (key: string, label: string, min = 0, optional = false): KindField => ({ key, label, type: 'int', min, ...(optional ? { optional } : {}) });
const months: KindField[] = [
  { key: 'start', label: '开始月份', type: 'month' },
  { key: 'end', label: '结束月份', type: 'month' },
  { key: 'qualified', label: '考核合格', type: 'bool' },
];

/** A kind credited in its year with no subject to choose (专业科目, 「视同参加专业科目培训」): 二.2–二.8, 二.10–二.11, 潭 二.6. */
const professional = (label: string, citation: string, form: string, fields: KindField[]): KindSpec => ({ label, citation, form, dated: 'year', hasCategory: false, fields });

/** Kinds in menu order (as the 2025 texts' 二 lists them, then the Xiangtan-only computer exam). */
export const ACTIVITY_KINDS: Record<ActivityKind, KindSpec> = {
  // 二.1 「参加有关培训、研讨、会议等，每天折算 8 学时，半天折算 4 学时。」; 潭 二.1 adds 「晚上折算 2 学时」
  training: {
    label: '培训、研讨、会议',
    citation: `${T25} 二.1`,
    form: '培训班',
    dated: 'year',
    hasCategory: true,
    fields: [int('days', '天数', 0, true), int('halfDays', '半天数', 0, true), int('evenings', '晚上数', 0, true)],
  },
  // 一.3 「参加网络平台专业课程等远程教育的提供以下材料：课程时长（或课程内容）及结业证书。」
  'online-course': {
    label: '远程教育（网络平台课程）',
    citation: `${T25} 一.3`,
    form: '远程教育',
    dated: 'year',
    hasCategory: true,
    fields: [{ key: 'hours', label: '课程学时', type: 'number' }],
  },
  // 二.2 「…省（部）级以上课题（项目）主持人…主要完成人（除主持人外署名前三）…其他参与人…；市（厅）级课题（项目）…」
  'research-project': professional('课题研究与项目开发', `${T25} 二.2`, '课题研究', [
    { key: 'level', label: '课题（项目）级别', type: 'select', options: [['provincial', '省（部）级以上'], ['municipal', '市（厅）级']] },
    { key: 'role', label: '角色', type: 'select', options: [['host', '主持人'], ['main', '主要完成人（除主持人外署名前三）'], ['participant', '其他参与人']] },
  ]),
  // 二.3 「出版著作（译作）或教材的，…独立或第一作者可折算 60 学时，其他作者可折算 30 学时。」
  book: professional('出版著作（译作）或教材', `${T25} 二.3`, '著作', [{ key: 'role', label: '作者', type: 'select', options: [['first', '独立或第一作者'], ['other', '其他作者']] }]),
  // 二.3 「在国内外统一刊号刊物发表论文的，…独立、第一作者或通讯作者的每篇折算专业科目 30 学时；其他作者的折算专业科目 10 学时。」
  paper: professional('发表论文', `${T25} 二.3`, '论文', [
    { key: 'role', label: '作者', type: 'select', options: [['first', '独立或第一作者'], ['corresponding', '通讯作者'], ['other', '其他作者']] },
    int('count', '篇数', 1, true),
  ]),
  // 二.4 「获得国家发明专利的，…专利证书独立或排名第一者…排名前三者…其他参与人…；获得国家实用新型专利的，…」
  // (外观设计专利 is not in the 2025 texts; 潭 二.4 counts any 「获得授权专利」)
  patent: professional('专利', `${T25} 二.4`, '专利', [
    { key: 'type', label: '专利类型', type: 'select', options: [['invention', '发明专利'], ['utility', '实用新型专利'], ['design', '外观设计专利']] },
    int('rank', '专利证书排名', 1),
  ]),
  // 二.5 「获省部级及以上科技（社科）奖项的，…一、二、三等奖分别折算…；获市厅级科技（社科）奖项的，…」
  award: professional('科技（社科）奖项', `${T25} 二.5`, '获奖', [
    { key: 'level', label: '奖项级别', type: 'select', options: [['provincial', '省部级及以上'], ['municipal', '市厅级']] },
    { key: 'grade', label: '等级', type: 'select', numeric: true, options: [['1', '一等奖'], ['2', '二等奖'], ['3', '三等奖']] },
    int('rank', '完成人排名', 1, true),
  ]),
  // 二.6 「参加“三援”（援藏、援疆、援外）工作任务人员工作时间为 6 个月的，考核合格者视为完成当年继续教育 90 学时；…」
  'aid-assignment': {
    label: '“三援”（援藏、援疆、援外）工作任务',
    citation: `${T25} 二.6`,
    form: '三援',
    dated: 'range',
    hasCategory: false,
    fields: months,
  },
  // 二.6 「参加专家服务基层的，现场服务的每天折算 8 学时，线上服务的按实际服务时间折算。」
  'expert-service': professional('专家服务基层', `${T25} 二.6`, '专家服务基层', [
    { key: 'onsiteDays', label: '现场服务天数', type: 'number', optional: true },
    { key: 'onlineHours', label: '线上服务时间（小时）', type: 'number', optional: true },
  ]),
  // 二.7 「参加国家教育行政主管部门承认的学历（学位）教育，当年度通过一门学习课程或考核的，可折算专业科目 30 学时。」
  'degree-course': professional('学历（学位）教育', `${T25} 二.7`, '学历教育', [int('passed', '当年度通过的课程或考核数')]),
  // 二.8 「参加专业技术人员职业资格考试，当年度通过一门考试课程的，可折算专业科目 30 学时。」
  'qualification-exam': professional('职业资格考试', `${T25} 二.8`, '职业资格考试', [int('passed', '当年度通过的考试课程数')]),
  // 二.8 「参加数字技术应用能力水平考试合格的，每个科目折算专业科目 30 学时。」
  'digital-skills-exam': professional('数字技术应用能力水平考试', `${T25} 二.8`, '数字技术应用能力水平考试', [int('passed', '合格科目数')]),
  // 潭 二.6 「参加人社部门专业技术人员计算机应用能力考试合格的，每个模块折算专业科目 20 学时（分）。」
  'computer-exam': professional('计算机应用能力考试', `${XT22} 二.6`, '计算机应用能力考试', [int('modules', '合格模块数')]),
  // 二.9 「参加海外交换（交流），时间 1 年以上的，考核合格者视为完成当年继续教育 90 学时。」
  'overseas-exchange': {
    label: '海外交换（交流）',
    citation: `${T25} 二.9`,
    form: '海外交换（交流）',
    dated: 'range',
    hasCategory: false,
    fields: months,
  },
  // 二.10 「参加国际、国家级技能大赛，…获得金奖认定 60 学时、银奖认定 30 学时、铜奖认定 10 学时。」; 二.11 「参加省级技能大赛，…」
  'skills-competition': professional('技能大赛', `${T25} 二.10、二.11`, '技能大赛', [
    { key: 'level', label: '大赛级别', type: 'select', options: [['national', '国际、国家级'], ['provincial', '省级']] },
    { key: 'medal', label: '奖次', type: 'select', options: [['gold', '金奖'], ['silver', '银奖'], ['bronze', '铜奖']] },
  ]),
};

export const KIND_ORDER = Object.keys(ACTIVITY_KINDS) as ActivityKind[];

/** The fields every dated kind shares, for forms that show them beside the kind's own (the calculator). */
export const YEAR_FIELD: KindField = { key: 'year', label: '计入年度', type: 'int', min: 1990 };
export const CATEGORY_FIELD: KindField = { key: 'category', label: '科目类别', type: 'select', options: [['public', '公需科目'], ['professional', '专业科目']] };

/** Every zh-CN word of the catalogue (kinds, fields, options), for the dictionary test. */
export function catalogueLabels(): string[] {
  const all = [YEAR_FIELD, CATEGORY_FIELD, ...KIND_ORDER.flatMap((k) => ACTIVITY_KINDS[k].fields)].flatMap((f) => [f.label, ...(f.type === 'select' ? f.options.map(([, l]) => l) : [])]);
  return [...new Set([...KIND_ORDER.map((k) => ACTIVITY_KINDS[k].label), ...all])];
}

/** What a form holds for one activity: strings as typed (a checkbox 'true' / 'false'). */
export interface KindDraft {
  year?: string;
  category?: Category;
  fields: Record<string, string | undefined>;
}

export type ActivityFromDraft = { ok: true; activity: Activity } | { ok: false; errors: Record<string, string> };

function fieldValue(f: KindField, raw: string | undefined): unknown {
  const v = (raw ?? '').trim();
  if (f.type === 'bool') return v === 'true';
  if (v === '') return undefined;
  if (f.type === 'int' || f.type === 'number' || (f.type === 'select' && f.numeric)) return Number(v);
  return v;
}

/**
 * The one draft → Activity step of every form: the kind's fields as the catalogue reads them, zod-checked. Errors are
 * keyed by field (`year`, `category` or the kind's field key), with zod's zh-CN message.
 */
export function activityFromDraft(kind: ActivityKind, d: KindDraft): ActivityFromDraft {
  const spec = ACTIVITY_KINDS[kind];
  const raw: Record<string, unknown> = { kind };
  for (const f of spec.fields) {
    const v = fieldValue(f, d.fields[f.key]);
    if (v !== undefined) raw[f.key] = v;
  }
  if (spec.dated === 'year') raw.year = fieldValue(YEAR_FIELD, d.year);
  if (spec.hasCategory) raw.category = d.category;
  const r = Activity.safeParse(raw);
  if (r.success) return { ok: true, activity: r.data };
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) errors[String(issue.path[0] ?? 'kind')] ??= issue.message;
  return { ok: false, errors };
}

/** The calendar year an activity is filed under: its `year`, or the start month's year for a range. */
export function activityYear(a: Activity): number {
  return 'year' in a ? a.year : Number(a.start.slice(0, 4));
}

/** The category an activity's hours count as when it has no choice: 专业科目. */
export function activityCategory(a: Activity): Category {
  return 'category' in a ? a.category : 'professional';
}
