// The activity form's plain data: which fields each kind asks, and how a draft becomes an Entry (zod-checked).
import { Activity, type ActivityKind, type Category } from '../../rules/schema';
import { Entry } from '../../utils/ledger/schema';

export type FieldSpec =
  | { key: string; label: string; type: 'int' | 'number' | 'month'; optional?: boolean }
  | { key: string; label: string; type: 'bool' }
  | { key: string; label: string; type: 'select'; options: [string, string][]; numeric?: boolean; optional?: boolean };

const LEVEL: [string, string][] = [['provincial', '省部级及以上'], ['municipal', '市厅级']];

export const KIND_FIELDS: Record<ActivityKind, FieldSpec[]> = {
  training: [
    { key: 'days', label: '天数', type: 'int', optional: true },
    { key: 'halfDays', label: '半天数', type: 'int', optional: true },
    { key: 'evenings', label: '晚上数', type: 'int', optional: true },
  ],
  'online-course': [{ key: 'hours', label: '课程学时', type: 'number' }],
  'research-project': [
    { key: 'level', label: '级别', type: 'select', options: LEVEL },
    { key: 'role', label: '角色', type: 'select', options: [['host', '主持人'], ['main', '主要完成人（除主持人外前三名）'], ['participant', '其他参与人']] },
  ],
  book: [{ key: 'role', label: '作者', type: 'select', options: [['first', '独著或第一作者'], ['other', '其他作者']] }],
  paper: [
    { key: 'role', label: '作者', type: 'select', options: [['first', '独立或第一作者'], ['corresponding', '通讯作者'], ['other', '其他作者']] },
    { key: 'count', label: '篇数', type: 'int', optional: true },
  ],
  patent: [
    { key: 'type', label: '专利类型', type: 'select', options: [['invention', '发明专利'], ['utility', '实用新型专利'], ['design', '外观设计专利']] },
    { key: 'rank', label: '排名', type: 'int' },
  ],
  award: [
    { key: 'level', label: '级别', type: 'select', options: LEVEL },
    { key: 'grade', label: '等级', type: 'select', numeric: true, options: [['1', '一等奖'], ['2', '二等奖'], ['3', '三等奖']] },
    { key: 'rank', label: '排名', type: 'int', optional: true },
  ],
  'aid-assignment': [
    { key: 'start', label: '开始月份', type: 'month' },
    { key: 'end', label: '结束月份', type: 'month' },
    { key: 'qualified', label: '考核合格', type: 'bool' },
  ],
  'expert-service': [
    { key: 'onsiteDays', label: '现场服务天数', type: 'number', optional: true },
    { key: 'onlineHours', label: '线上服务小时', type: 'number', optional: true },
  ],
  'degree-course': [{ key: 'passed', label: '通过课程数', type: 'int' }],
  'qualification-exam': [{ key: 'passed', label: '通过科目数', type: 'int' }],
  'digital-skills-exam': [{ key: 'passed', label: '通过科目数', type: 'int' }],
  'computer-exam': [{ key: 'modules', label: '通过模块数', type: 'int' }],
  'overseas-exchange': [
    { key: 'start', label: '开始月份', type: 'month' },
    { key: 'end', label: '结束月份', type: 'month' },
    { key: 'qualified', label: '考核合格', type: 'bool' },
  ],
  'skills-competition': [
    { key: 'level', label: '级别', type: 'select', options: [['national', '国际或国家级'], ['provincial', '省级']] },
    { key: 'medal', label: '奖牌', type: 'select', options: [['gold', '金牌'], ['silver', '银牌'], ['bronze', '铜牌']] },
  ],
};

/** 'certified': the certificate states the hours (网络课程、培训); otherwise an Activity kind converted by the rules. */
export type Mode = 'certified' | ActivityKind;

/** Kinds whose hours belong to the subject the user chooses; every other kind counts as 专业科目. */
export function modeHasCategory(mode: Mode): boolean {
  return mode === 'certified' || mode === 'training' || mode === 'online-course';
}

const RANGED: Mode[] = ['aid-assignment', 'overseas-exchange'];
export function modeIsRanged(mode: Mode): boolean {
  return RANGED.includes(mode);
}

export interface Draft {
  id?: string;
  createdAt?: number;
  mode: Mode;
  name: string;
  form: string;
  category: Category;
  year: string;
  date: string;
  provider: string;
  notes: string;
  certifiedHours: string;
  fields: Record<string, string>;
  evidenceNames: string[];
}

export function emptyDraft(year: number): Draft {
  return { mode: 'certified', name: '', form: '', category: 'professional', year: String(year), date: '', provider: '', notes: '', certifiedHours: '', fields: {}, evidenceNames: [] };
}

export function draftFromEntry(e: Entry): Draft {
  const fields: Record<string, string> = {};
  if (e.activity) for (const [k, v] of Object.entries(e.activity)) if (k !== 'kind' && k !== 'year' && k !== 'category') fields[k] = String(v);
  return {
    id: e.id,
    createdAt: e.createdAt,
    mode: e.activity && e.certifiedHours === undefined ? e.activity.kind : 'certified',
    name: e.name,
    form: e.form,
    category: e.category,
    year: String(e.year),
    date: e.date ?? '',
    provider: e.provider ?? '',
    notes: e.notes ?? '',
    certifiedHours: e.certifiedHours === undefined ? '' : String(e.certifiedHours),
    fields,
    evidenceNames: e.evidenceNames,
  };
}

function fieldValue(spec: FieldSpec, raw: string | undefined): unknown {
  const v = (raw ?? '').trim();
  if (spec.type === 'bool') return v === 'true';
  if (v === '') return undefined;
  if (spec.type === 'int' || spec.type === 'number' || (spec.type === 'select' && spec.numeric)) return Number(v);
  return v;
}

export type DraftResult = { ok: true; entry: Entry } | { ok: false; errors: Record<string, string> };

/** Checks a draft and builds the Entry it describes; errors are keyed by field for the form. */
export function entryFromDraft(d: Draft, profileId: string, now = Date.now()): DraftResult {
  const errors: Record<string, string> = {};
  if (!d.name.trim()) errors.name = '请填写名称';
  let year = Number(d.year);
  let activity: Activity | undefined;
  let certifiedHours: number | undefined;
  const category: Category = modeHasCategory(d.mode) ? d.category : 'professional';
  if (d.mode === 'certified') {
    const h = Number(d.certifiedHours);
    if (d.certifiedHours.trim() === '' || !Number.isFinite(h)) errors.certifiedHours = '请填写证书上的学时数';
    else if (h < 0) errors.certifiedHours = '学时不能为负数';
    else certifiedHours = h;
  } else {
    const raw: Record<string, unknown> = { kind: d.mode };
    for (const spec of KIND_FIELDS[d.mode]) {
      const v = fieldValue(spec, d.fields[spec.key]);
      if (v !== undefined) raw[spec.key] = v;
    }
    if (modeIsRanged(d.mode)) {
      const start = String(raw.start ?? '');
      if (/^\d{4}-\d{2}$/.test(start)) year = Number(start.slice(0, 4));
    } else raw.year = year;
    if (d.mode === 'training' || d.mode === 'online-course') raw.category = category;
    const r = Activity.safeParse(raw);
    if (r.success) activity = r.data;
    else for (const issue of r.error.issues) errors[String(issue.path[0] ?? 'kind')] ??= issue.message;
  }
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.year = '年度应为 1990–2100 之间的4位年份';
  if (d.date && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) errors.date = '日期格式应为 YYYY-MM-DD';
  if (Object.keys(errors).length) return { ok: false, errors };
  const r = Entry.safeParse({
    id: d.id ?? crypto.randomUUID(),
    profileId,
    name: d.name.trim(),
    form: d.form.trim(),
    year,
    date: d.date || undefined,
    category,
    provider: d.provider.trim() || undefined,
    notes: d.notes.trim() || undefined,
    activity,
    certifiedHours,
    evidenceNames: d.evidenceNames,
    createdAt: d.createdAt ?? now,
    updatedAt: now,
  });
  if (!r.success) return { ok: false, errors: Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message])) };
  return { ok: true, entry: r.data };
}

