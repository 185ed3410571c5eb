// Import of the contract §3 template (CSV/XLSX) and of backups: plan (pure, with a preview) → apply (one transaction).
import { idNumberProblem, normaliseIdNumber } from '../mask';
import { defaultPolicy } from '../default-policy';
import { readBackup } from './backup';
import { newId, type Ledger, type LedgerBatch } from './db';
import { entryCredits } from './hours';
import type { Entry, Profile } from './records';
import { readSpreadsheet, SpreadsheetError, type SheetCell } from './spreadsheet';
import { COLUMNS, columnOf, parseCategory, REQUIRED_COLUMNS, restoreCellText, splitEvidenceNames, type Column } from './template';

/** row: the spreadsheet's row number (header = 1 when it is the first line); 0 = the file as a whole. */
export interface RowError {
  row: number;
  message: string;
}

export interface PersonSummary {
  profileId: string;
  name: string;
  isNew: boolean;
  added: number;
  duplicates: number;
  years: number[];
  /** Something the user should know before confirming (zh-CN). */
  note?: string;
}

export interface ImportPreview {
  kind: 'spreadsheet' | 'backup';
  fileName: string;
  encoding?: string;
  batch: LedgerBatch;
  people: PersonSummary[];
  added: number;
  duplicates: number;
  /** A few of the activities to add, for the preview table. */
  sample: Entry[];
  /** zh-CN: records of the file that will not be written, each with why (a backup's unreadable records). */
  skipped?: string[];
}

export type ImportPlan = { ok: true; preview: ImportPreview } | { ok: false; errors: RowError[]; message: string };

export interface ImportDefaults {
  policyId: string;
  titleLevel: Profile['titleLevel'];
  reviewYear: number;
}
/** A new person's rule set and review year: the one default (utils/default-policy.ts). */
export const DEFAULT_NEW_PROFILE: ImportDefaults = { ...defaultPolicy(), titleLevel: 'senior' };

export interface ImportContext {
  profiles: Profile[];
  entries: Entry[];
  activeProfileId?: string;
  defaults?: ImportDefaults;
  now?: number;
}

const MAX_ERRORS = 200;

/** Ids for one plan: one random UUID and a counter (crypto.randomUUID for each of 10,000 rows took ≈400 of the 712 ms of
 * planning in a Chromium CPU profile of the import bench, on a loaded machine). */
function idMaker(): () => string {
  const base = newId();
  let n = 0;
  return () => `${base}-${(n++).toString(36)}`;
}

// ---- cells ---------------------------------------------------------------------------------------

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function dateOfExcelSerial(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 2958465) return undefined;
  const dt = new Date(Date.UTC(1899, 11, 30) + n * 86400000);
  return isoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

function fullWidthToAscii(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function sheetCellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return restoreCellText(String(cell).trim()); // '=… as our CSV export wrote it is the text =…
}

type Parsed<T> = { value: T } | { error: string };

export function parseDateCell(cell: SheetCell | undefined): Parsed<string | undefined> {
  if (cell === null || cell === undefined || cell === '') return { value: undefined };
  if (cell instanceof Date) return { value: sheetCellText(cell) };
  if (typeof cell === 'number') {
    const d = dateOfExcelSerial(cell);
    return d ? { value: d } : { error: `日期“${cell}”无效` };
  }
  const text = fullWidthToAscii(String(cell)).trim();
  if (!text) return { value: undefined };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  const d = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return d ? { value: d } : { error: `日期“${text}”无效，应写成 2024-05-06、2024/5/6 或 2024.5.6` };
}

export function parseYearCell(cell: SheetCell | undefined): Parsed<number | undefined> {
  if (cell === null || cell === undefined || cell === '') return { value: undefined };
  let y: number;
  if (cell instanceof Date) y = cell.getUTCFullYear();
  else if (typeof cell === 'number') y = cell;
  else {
    const text = fullWidthToAscii(String(cell)).trim().replace(/年(度)?$/, '');
    if (!text) return { value: undefined };
    if (!/^\d{4}$/.test(text)) return { error: `年度“${String(cell).trim()}”无效，应为4位年份，如 2024` };
    y = Number(text);
  }
  if (!Number.isInteger(y) || y < 1990 || y > 2100) return { error: `年度“${sheetCellText(cell)}”无效，应为 1990–2100 之间的4位年份` };
  return { value: y };
}

export function parseHoursCell(cell: SheetCell | undefined): Parsed<number> {
  if (cell === null || cell === undefined || cell === '') return { error: '缺少学时' };
  let h: number;
  if (typeof cell === 'number') h = cell;
  else if (typeof cell === 'string') {
    const text = fullWidthToAscii(cell).trim().replace(/\s*(学时分?|小时)$/, ''); // “8学时” is still 8
    if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return { error: `学时“${cell.trim()}”不是数字` };
    h = Number(text);
  } else return { error: `学时“${sheetCellText(cell)}”不是数字` };
  if (!Number.isFinite(h)) return { error: `学时“${sheetCellText(cell)}”不是数字` };
  if (h < 0) return { error: `学时不能为负数（${h}）` };
  return { value: h };
}

// ---- plan ----------------------------------------------------------------------------------------

export function duplicateKey(profileId: string, e: { year: number; date?: string; category: string; name: string }, hours: number): string {
  return [profileId, e.year, e.date ?? '', e.category, e.name.trim(), Math.round(hours * 100) / 100].join('\u0001');
}

function existingHours(profile: Profile | undefined, e: Entry): number {
  if (e.certifiedHours !== undefined) return e.certifiedHours;
  if (!profile) return 0;
  return entryCredits(profile.policyId, e).credits.reduce((s, c) => s + c.hours, 0);
}

function fail(errors: RowError[], total?: number): ImportPlan {
  const n = total ?? errors.length;
  const head = errors
    .slice(0, 5)
    .map((e) => (e.row ? `第${e.row}行：${e.message}` : e.message))
    .join('；');
  const message = n > 5 ? `导入失败，共 ${n} 处问题，台账没有任何改动。${head}……` : `导入失败，台账没有任何改动。${head}`;
  return { ok: false, errors, message };
}

/** Turns the rows of a template sheet into a plan; nothing is written. */
export function planRows(rows: SheetCell[][], ctx: ImportContext, fileName = '', encoding?: string): ImportPlan {
  const now = ctx.now ?? Date.now();
  const defaults = ctx.defaults ?? DEFAULT_NEW_PROFILE;
  const nextId = idMaker();
  const isBlank = (r: SheetCell[] | undefined) => !r || r.every((c) => sheetCellText(c) === '');
  const firstFilled = rows.findIndex((r) => !isBlank(r));
  if (firstFilled < 0) return fail([{ row: 0, message: '文件中没有任何内容（空表格）' }]);
  // A title line above the header (“2024年继续教育台账”) is common: the header is the first row naming 3+ columns.
  const known = (r: SheetCell[] | undefined) => new Set((r ?? []).map((c) => columnOf(sheetCellText(c))).filter(Boolean)).size;
  let headerIndex = firstFilled;
  for (let i = firstFilled; i < Math.min(rows.length, firstFilled + 10); i++) {
    if (known(rows[i]) >= 3) {
      headerIndex = i;
      break;
    }
  }

  const header = rows[headerIndex];
  const colIndex = new Map<Column, number>();
  const extraCols: [number, string][] = [];
  header.forEach((cell, i) => {
    const title = sheetCellText(cell);
    if (!title) return;
    const col = columnOf(title);
    if (col && !colIndex.has(col)) colIndex.set(col, i);
    else extraCols.push([i, title]);
  });
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => !colIndex.has(c));
  if (!colIndex.has('年度') && !colIndex.has('日期')) missing.unshift('年度');
  if (missing.length) {
    return fail([{ row: headerIndex + 1, message: `表头缺少必需的列：${missing.join('、')}（模板的列为 ${COLUMNS.join('、')}）` }]);
  }
  const get = (r: SheetCell[], c: Column): SheetCell | undefined => {
    const i = colIndex.get(c);
    return i === undefined ? undefined : r[i];
  };

  const profiles = [...ctx.profiles];
  const newProfiles: Profile[] = [];
  const profileById = new Map(profiles.map((p) => [p.id, p]));
  const activeProfile = (ctx.activeProfileId && profileById.get(ctx.activeProfileId)) || profiles[0];
  const seen = new Set(ctx.entries.map((e) => duplicateKey(e.profileId, e, existingHours(profileById.get(e.profileId), e))));

  const errors: RowError[] = [];
  let errorCount = 0;
  const addError = (row: number, message: string) => {
    errorCount++;
    if (errors.length < MAX_ERRORS) errors.push({ row, message });
  };

  const entries: Entry[] = [];
  const people = new Map<string, PersonSummary>();
  let duplicates = 0;
  let dataRows = 0;

  function resolveProfile(name: string, idNumber: string | undefined): Profile | undefined {
    const all = [...profiles, ...newProfiles];
    if (idNumber) {
      const byId = all.find((p) => p.idNumber && normaliseIdNumber(p.idNumber) === idNumber);
      if (byId) return byId;
    }
    if (name) {
      const byName = all.find((p) => p.name === name && (!idNumber || !p.idNumber));
      if (byName) return byName;
      const created: Profile = {
        id: nextId(),
        name,
        idNumber,
        policyId: defaults.policyId,
        titleLevel: defaults.titleLevel,
        reviewYear: defaults.reviewYear,
        createdAt: now + newProfiles.length,
      };
      newProfiles.push(created);
      return created;
    }
    return activeProfile;
  }

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const r = rows[i];
    if (isBlank(r)) continue;
    dataRows++;
    const rowNo = i + 1;
    const problems: string[] = [];
    const need = <T>(p: Parsed<T>): T | undefined => {
      if ('error' in p) {
        problems.push(p.error);
        return undefined;
      }
      return p.value;
    };

    const name = sheetCellText(get(r, '名称'));
    if (!name) problems.push('缺少名称');
    const form = sheetCellText(get(r, '继续教育形式'));
    if (!form) problems.push('缺少继续教育形式');
    const categoryText = sheetCellText(get(r, '科目类别'));
    const category = parseCategory(categoryText);
    if (!category) problems.push(categoryText ? `科目类别“${categoryText}”应为 公需科目 或 专业科目` : '缺少科目类别');
    const hours = need(parseHoursCell(get(r, '学时')));
    const date = need(parseDateCell(get(r, '日期')));
    let year = need(parseYearCell(get(r, '年度')));
    if (date && year !== undefined && Number(date.slice(0, 4)) !== year) problems.push(`年度 ${year} 与日期 ${date} 不一致`);
    if (year === undefined && date) year = Number(date.slice(0, 4));
    if (year === undefined && !problems.some((p) => p.startsWith('年度') || p.startsWith('日期'))) problems.push('缺少年度（或日期）');
    if (year !== undefined && (year < 1990 || year > 2100)) problems.push(`年度 ${year} 超出范围`);

    const person = sheetCellText(get(r, '姓名'));
    const idCell = get(r, '证件号码');
    // ="…" (our CSV export, and other tools) and a leading ' are how long numbers are kept as text
    const idRaw = sheetCellText(idCell).replace(/^="(.*)"$/, '$1').replace(/^'/, '');
    let idNumber: string | undefined;
    if (typeof idCell === 'number' || /^\d(\.\d+)?E\+\d+$/i.test(idRaw)) {
      problems.push('证件号码被 Excel 存成了数字（18位号码的后几位会丢失）：请把这一列设为“文本”格式后重新输入');
    } else if (idRaw) {
      const problem = idNumberProblem(idRaw);
      if (problem) problems.push(problem);
      else idNumber = normaliseIdNumber(idRaw);
    }
    if (!person && !idNumber && !activeProfile) problems.push('缺少姓名（台账里还没有人员，无法确定这条记录属于谁）');

    if (problems.length) {
      addError(rowNo, problems.join('；'));
      continue;
    }
    if (errorCount) continue; // the import fails anyway: no need to build entries

    const profile = resolveProfile(person, idNumber);
    if (!profile) {
      addError(rowNo, '无法确定这条记录属于谁');
      continue;
    }
    const summary = people.get(profile.id) ?? {
      profileId: profile.id,
      name: profile.name,
      isNew: newProfiles.includes(profile),
      added: 0,
      duplicates: 0,
      years: [],
    };
    people.set(profile.id, summary);

    const key = duplicateKey(profile.id, { year: year!, date, category: category!, name }, hours!);
    if (seen.has(key)) {
      duplicates++;
      summary.duplicates++;
      continue;
    }
    seen.add(key);

    const notes = [sheetCellText(get(r, '备注')), ...extraCols.map(([ci, title]) => (sheetCellText(r[ci]) ? `${title}：${sheetCellText(r[ci])}` : ''))]
      .filter(Boolean)
      .join('；');
    const provider = sheetCellText(get(r, '举办单位'));
    const t = now + entries.length;
    entries.push({
      id: nextId(),
      profileId: profile.id,
      name,
      form,
      year: year!,
      date,
      category: category!,
      provider: provider || undefined,
      notes: notes || undefined,
      certifiedHours: hours,
      evidenceNames: splitEvidenceNames(sheetCellText(get(r, '佐证材料'))),
      createdAt: t,
      updatedAt: t,
    });
    summary.added++;
    if (!summary.years.includes(year!)) summary.years.push(year!);
  }

  if (errorCount) return fail(errors, errorCount);
  if (dataRows === 0) return fail([{ row: headerIndex + 2, message: '表头下面没有数据行' }]);
  for (const s of people.values()) s.years.sort((a, b) => a - b);
  const usedNew = newProfiles.filter((p) => people.has(p.id));
  return {
    ok: true,
    preview: {
      kind: 'spreadsheet',
      fileName,
      encoding,
      batch: { profiles: usedNew, entries, evidence: [] },
      people: [...people.values()],
      added: entries.length,
      duplicates,
      sample: entries.slice(0, 20),
    },
  };
}

/** Reads a chosen file (CSV, XLSX or backup) and plans its import. Never throws for a bad file: it fails the plan. */
export async function planImport(fileName: string, bytes: ArrayBuffer, ctx: ImportContext): Promise<ImportPlan> {
  try {
    const table = await readSpreadsheet(fileName, bytes);
    if (table.kind === 'backup') {
      const { batch, skipped } = await readBackup(table.text ?? '');
      const existingIds = new Set(ctx.entries.map((e) => e.id));
      const people: PersonSummary[] = batch.profiles.map((p) => {
        const own = batch.entries.filter((e) => e.profileId === p.id);
        const isNew = !ctx.profiles.some((q) => q.id === p.id);
        return {
          profileId: p.id,
          name: p.name,
          isNew,
          note: isNew && ctx.profiles.some((q) => q.name === p.name) ? `台账中已有另一位“${p.name}”：恢复后会有两个同名人员` : undefined,
          added: own.length,
          duplicates: own.filter((e) => existingIds.has(e.id)).length,
          years: [...new Set(own.map((e) => e.year))].sort((a, b) => a - b),
        };
      });
      return {
        ok: true,
        preview: {
          kind: 'backup',
          fileName,
          batch,
          people,
          added: batch.entries.length,
          duplicates: 0,
          sample: batch.entries.slice(0, 20),
          skipped,
        },
      };
    }
    return planRows(table.rows, ctx, fileName, table.encoding);
  } catch (e) {
    if (e instanceof SpreadsheetError || e instanceof Error) return fail([{ row: 0, message: e.message }]);
    return fail([{ row: 0, message: String(e) }]);
  }
}

/**
 * Writes a planned import in one transaction and makes a person active when none was. The settings are changed
 * inside that transaction, from what is stored then: a setting another page changed meanwhile is kept.
 */
export async function applyImport(ledger: Ledger, preview: ImportPreview): Promise<{ added: number; profileIds: string[] }> {
  const firstPerson = preview.people[0]?.profileId;
  const restored = preview.kind === 'backup' ? preview.batch.settings : undefined;
  // checked: a plan's activities are built from the cells it checked, a backup's records were parsed when it was read
  await ledger.putBatch({ ...preview.batch, settings: undefined }, (current, profileIds) => {
    const hasActive = !!current.activeProfileId && profileIds.has(current.activeProfileId);
    // a backup's settings apply only to a ledger without an active person (a restore, not a merge)
    const base = restored && !hasActive ? { ...current, ...restored } : current;
    if (base.activeProfileId && profileIds.has(base.activeProfileId)) return base;
    return firstPerson ? { ...base, activeProfileId: firstPerson } : base;
  }, { checked: true });
  return { added: preview.added, profileIds: preview.people.map((p) => p.profileId) };
}

/** The context a plan needs, read from the ledger. */
export async function importContext(ledger: Ledger): Promise<ImportContext> {
  const [profiles, settings] = await Promise.all([ledger.listProfiles(), ledger.getSettings()]);
  const entries = (await Promise.all(profiles.map((p) => ledger.listEntries(p.id)))).flat();
  return { profiles, entries, activeProfileId: settings.activeProfileId };
}

/** Plans and, when the whole file is good, applies an import: one call for scripts and tests. */
export async function importFile(ledger: Ledger, fileName: string, bytes: ArrayBuffer): Promise<ImportPlan> {
  const plan = await planImport(fileName, bytes, await importContext(ledger));
  if (plan.ok) await applyImport(ledger, plan.preview);
  return plan;
}
