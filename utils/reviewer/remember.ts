// The list screens (学时核认申报单位审核 / 上级单位审核) show one row per application, without its yearly hours.
// Once the reviewer has opened an application's 学时核认申报详细, its result is remembered (in this tab) and its
// row in the list is marked with it.
import type { FindingCode } from '../../rules/schema';
import type { RowMark } from './review-check';
import { applyMarks } from './marks';
import { columnText, findTables, tableRows } from '../portal/table';
import { REVIEW_COLUMNS } from '../portal/texts';
import { REVIEW_HEADER_HINT, type ReviewTable } from './read-table';

export interface ApplicationMark {
  /** problem: some error; unchecked: no error, but some year's 学时材料 were never seen; ok: neither. */
  status: RowMark['status'];
  codes: FindingCode[];
  findings: RowMark['findings'];
  /** Whether every year's 学时材料 were seen (a 附件 column or 详情). */
  evidence?: 'seen' | 'unseen';
}

/** Name + the last four characters of the ID number: enough to tell applications apart, and works on masked numbers. */
export function applicationKey(name: string | undefined, idNumber: string | undefined): string | null {
  const n = (name ?? '').replace(/\s+/g, '');
  const id = (idNumber ?? '').replace(/\s+/g, '').toUpperCase();
  if (!n) return null;
  return `${n}|${id.slice(-4)}`;
}

export function createApplicationMemory() {
  const marks = new Map<string, ApplicationMark>();
  return {
    remember(key: string, mark: ApplicationMark) {
      marks.set(key, mark);
    },
    get(key: string) {
      return marks.get(key);
    },
    size: () => marks.size,
  };
}
export type ApplicationMemory = ReturnType<typeof createApplicationMemory>;

/** Marks the rows of the list tables (姓名 + 身份证号 columns, no yearly hours) whose application was checked. */
export function markListRows(root: ParentNode, memory: ApplicationMemory): number {
  let marked = 0;
  const lists = findTables(root, REVIEW_COLUMNS, (c) => c.person !== undefined && c.idNumber !== undefined && c.totalHours === undefined, { hint: REVIEW_HEADER_HINT });
  for (const t of lists) {
    const rows: ReviewTable['rows'] = [];
    const marks: RowMark[] = [];
    tableRows(t).forEach((tr, index) => {
      const key = applicationKey(columnText(tr, t.columns, 'person'), columnText(tr, t.columns, 'idNumber'));
      const mark = key ? memory.get(key) : undefined;
      if (!key || !mark) return;
      const cell = tr.cells[t.columns.person!];
      rows.push({ tr, yearCell: cell, data: { index, year: 0, publicHours: 0, professionalHours: 0, totalHours: 0, groupKey: key, rawHours: { public: '', professional: '', total: '' } } });
      marks.push({ index, year: 0, groupKey: key, ...mark });
      marked++;
    });
    applyMarks({ ...t, rows }, marks);
  }
  return marked;
}
