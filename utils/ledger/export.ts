// Export of the ledger in the import template's columns (contract §3), so the file re-imports as it was.
import writeXlsxFile from 'write-excel-file/universal';
import { entryCredits } from './hours';
import type { Entry, Evidence, Profile } from './records';
import { CATEGORY_LABEL, COLUMNS, neutraliseCsvText, type Column } from './template';

export type ExportRow = Record<Column, string | number | Date | undefined>;

function entryHours(profile: Profile, entry: Entry): number {
  if (entry.certifiedHours !== undefined) return entry.certifiedHours;
  const credits = entryCredits(profile.policyId, entry).credits.filter((c) => c.category !== 'whole-year');
  return credits.reduce((s, c) => s + c.hours, 0);
}

export function exportRows(profiles: Profile[], entries: Entry[], evidence: Evidence[]): ExportRow[] {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const filesByEntry = new Map<string, string[]>();
  for (const ev of evidence) if (ev.entryId) filesByEntry.set(ev.entryId, [...(filesByEntry.get(ev.entryId) ?? []), ev.name]);
  const order = new Map(profiles.map((p, i) => [p.id, i]));
  const sorted = [...entries].sort((a, b) => (order.get(a.profileId) ?? 0) - (order.get(b.profileId) ?? 0) || a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt);
  const rows: ExportRow[] = [];
  for (const e of sorted) {
    const p = byId.get(e.profileId);
    if (!p) continue;
    const files = [...new Set([...e.evidenceNames, ...(filesByEntry.get(e.id) ?? [])])];
    rows.push({
      姓名: p.name,
      证件号码: p.idNumber ?? '',
      年度: e.year,
      日期: e.date ?? '',
      科目类别: CATEGORY_LABEL[e.category],
      名称: e.name,
      继续教育形式: e.form,
      学时: entryHours(p, e),
      举办单位: e.provider ?? '',
      佐证材料: files.join('；'),
      备注: e.notes ?? '',
    });
  }
  return rows;
}

/** An 18-character 身份证号码 (17 digits and a digit or X): nothing else is ever written as a formula. */
const ID_NUMBER = /^\d{17}[\dX]$/;

function csvQuote(s: string): string {
  return /[",\r\n\t;]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvField(column: Column, v: string | number | Date | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v); // ours: years and hours, never negative
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  // ="430104198503151234": Excel and WPS show the 18 characters as text (a plain number loses the last three
  // digits to 4.30104E+17); the formula is a string constant of digits and X only, and our importer reads it back.
  if (column === '证件号码' && ID_NUMBER.test(s)) return csvQuote(`="${s}"`);
  return csvQuote(neutraliseCsvText(s));
}

/**
 * UTF-8 with BOM and CRLF: what Excel on Chinese Windows opens without garbling. No cell can start a formula
 * (see `neutraliseCsvText`); ID numbers keep all 18 characters.
 */
export function toCsv(rows: ExportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(c, r[c])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/**
 * XLSX with real date cells for 日期 and numbers for 年度 / 学时. Every other cell is a string cell, which Excel
 * does not evaluate; they carry the CSV's apostrophe all the same, so that a cell edited in Excel or a sheet
 * saved as CSV from it does not become a formula, and so that the importer reads both files alike. ID numbers
 * are string cells in the “Text” format (@): Excel keeps all 18 characters even after the cell is edited.
 */
export async function toXlsx(rows: ExportRow[]): Promise<Blob> {
  const header = COLUMNS.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  const data = rows.map((r) =>
    COLUMNS.map((c) => {
      const v = r[c];
      if (c === '日期' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
        const [y, m, d] = v.split('-').map(Number);
        return { value: new Date(Date.UTC(y, m - 1, d)), format: 'yyyy-mm-dd' };
      }
      if (typeof v === 'number') return { value: v, type: Number };
      const text = v === undefined || v === '' ? undefined : neutraliseCsvText(String(v));
      return c === '证件号码' ? { value: text, type: String, format: '@' } : { value: text, type: String };
    }),
  );
  return writeXlsxFile([header, ...data], { sheet: '学时台账', columns: COLUMNS.map((c) => ({ width: c === '名称' ? 36 : c === '证件号码' ? 22 : 12 })) }).toBlob();
}

/** The downloadable empty template with two example rows. */
export function templateRows(): ExportRow[] {
  return [
    { 姓名: '张三', 证件号码: '', 年度: 2024, 日期: '2024-05-06', 科目类别: '公需科目', 名称: '人工智能大模型技术及应用', 继续教育形式: '远程教育', 学时: 30, 举办单位: '湖南开放大学', 佐证材料: '结业证书.pdf', 备注: '' },
    { 姓名: '张三', 证件号码: '', 年度: 2024, 日期: '2024-07-15', 科目类别: '专业科目', 名称: '建筑结构设计新规范培训', 继续教育形式: '培训班', 学时: 24, 举办单位: '', 佐证材料: '通知.pdf；签到表.jpg', 备注: '3天' },
  ];
}
