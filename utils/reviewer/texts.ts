// The reviewer screens' texts: derived from the one table in utils/portal/texts.ts (same normaliser, same synonyms),
// plus the patterns that read values (拟申报职称 → level, 最高学历 → degree, 共 N 条).
import { LIST_COLUMNS, REVIEW_HEADER_FIELDS, YEAR_FIELDS } from '../portal/texts';

/** Column headers of the reviewer's tables, by field: the yearly row's (学时年度明细 / 学时段明细) and the list's. */
export const REVIEW_COLUMNS = {
  year: YEAR_FIELDS.year,
  publicName: YEAR_FIELDS.publicName,
  publicHours: YEAR_FIELDS.publicHours,
  professionalName: YEAR_FIELDS.professionalName,
  professionalHours: YEAR_FIELDS.professionalHours,
  totalHours: YEAR_FIELDS.totalHours,
  attachments: LIST_COLUMNS.attachments,
  person: LIST_COLUMNS.person,
  idNumber: LIST_COLUMNS.idNumber,
  title: LIST_COLUMNS.title, // list tables of several people
  serial: LIST_COLUMNS.serial, // el-table's index column: the row's number across pages
};
export type ReviewColumn = keyof typeof REVIEW_COLUMNS;

export { REVIEW_HEADER_FIELDS };

/** el-pagination's total: 共 5 条. */
export const PAGINATION_TOTAL = /^共\s*(\d+)\s*条$/;

/** 拟申报职称 text → title level; 正高 before 副高 before 中级, a bare 高级 counts as 副高级. */
export const TITLE_TEXTS: [pattern: RegExp, level: 'full-senior' | 'senior' | 'intermediate'][] = [
  [/正高/, 'full-senior'],
  [/副高|高级/, 'senior'],
  [/中级/, 'intermediate'],
];

/** 最高学历 text → degree. */
export const DEGREE_TEXTS: [pattern: RegExp, degree: 'doctor' | 'master' | 'bachelor' | 'other'][] = [
  [/博士/, 'doctor'],
  [/硕士/, 'master'],
  [/本科|学士/, 'bachelor'],
];
