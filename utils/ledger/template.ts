// The import/export template of contract §3: column titles, their accepted spellings, and cell values.
import type { Category } from '../../rules/schema';
import { ACTIVITY_KINDS, KIND_ORDER } from '../../rules/kinds';

export const COLUMNS = ['姓名', '证件号码', '年度', '日期', '科目类别', '名称', '继续教育形式', '学时', '举办单位', '佐证材料', '备注'] as const;
export type Column = (typeof COLUMNS)[number];

export const REQUIRED_COLUMNS: Column[] = ['科目类别', '名称', '继续教育形式', '学时']; // 年度 or 日期 checked separately

/** Other spellings people use for the same column (after removing spaces, '*' and brackets' units). */
const SYNONYMS: Record<Column, string[]> = {
  姓名: ['姓名', '人员', '人员姓名'],
  证件号码: ['证件号码', '身份证', '身份证号', '身份证号码', '证件号'],
  年度: ['年度', '年份', '学时年度', '申报年度'],
  日期: ['日期', '时间', '培训日期', '开始日期'],
  科目类别: ['科目类别', '类别', '科目', '科目类型'],
  名称: ['名称', '科目名称', '课程名称', '活动名称', '项目名称', '培训名称'],
  继续教育形式: ['继续教育形式', '形式', '教育形式'],
  学时: ['学时', '学时数', '学时分', '折算学时', '折算学时分', '学时(分)'],
  举办单位: ['举办单位', '培训机构', '主办单位', '提供者'],
  佐证材料: ['佐证材料', '佐证', '证明材料', '附件'],
  备注: ['备注', '说明'],
};

function headerKey(text: string): string {
  return text.replace(/[\s*＊]/g, '').replace(/[（(]分[)）]$/, '分').replace(/[（）()]/g, '');
}

const BY_KEY = new Map<string, Column>();
for (const col of COLUMNS) for (const s of SYNONYMS[col]) BY_KEY.set(headerKey(s), col);

export function columnOf(header: string): Column | undefined {
  return BY_KEY.get(headerKey(header));
}

export const CATEGORY_LABEL: Record<Category, string> = { public: '公需科目', professional: '专业科目' };

export function parseCategory(text: string): Category | undefined {
  const t = text.replace(/\s/g, '');
  if (t === '公需科目' || t === '公需' || t === '公共科目' || t === '公需课') return 'public';
  if (t === '专业科目' || t === '专业' || t === '专业课') return 'professional';
  return undefined;
}

/**
 * The portal's list of 继续教育形式 is not fully known: the forms the texts name (湘人社办函〔2025〕37号 附件2 一.1–一.4:
 * 培训班、研修班、进修班, 实践活动, 远程教育, 学术会议、研讨、讲座), then each activity kind's default form (rules/kinds.ts).
 */
export const KNOWN_FORMS = [...new Set(['培训班', '远程教育', '学术会议', '研修班', '进修班', '实践活动', '研讨', '讲座', ...KIND_ORDER.map((k) => ACTIVITY_KINDS[k].form), '其他'])];

export function splitEvidenceNames(text: string): string[] {
  return text
    .split(/[;；、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * What Excel (and WPS, LibreOffice) would read as a formula or a DDE command: a cell starting with = + - @,
 * a tab or a carriage return (OWASP, “CSV Injection”). Apostrophes before one of them are counted too, so
 * that the escape below can be undone without ambiguity.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell as it goes into a CSV: one apostrophe in front when it could start a formula. Excel shows the
 * apostrophe and never evaluates the cell; our importer takes one apostrophe away again (`restoreCellText`).
 */
export function neutraliseCsvText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Undoes `neutraliseCsvText`: an apostrophe in front of a formula start is dropped, once. */
export function restoreCellText(s: string): string {
  return /^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}
