// The reviewer screens' visible texts (学时核认申报单位审核 / 上级单位审核 → 学时核认申报详细), kept in one place.
// Sources: 湘人社办函〔2025〕37号 附件3 (用人单位版: 学时段明细 with 年限 …), 株人社函〔2025〕8号 附件3 (学时年度明细 with 年度 …).

/** Column headers of the yearly table, by field. Matched after `normaliseLabel` (no spaces, no `*`, no trailing colon). */
export const REVIEW_COLUMNS = {
  year: ['年度', '年限', '申报年度'],
  publicName: ['公需科目名称'],
  publicHours: ['公需科目折算学时分', '公需科目折算学时', '公需科目学时分', '公需科目学时'],
  professionalName: ['专业科目名称'],
  professionalHours: ['专业科目折算学时分', '专业科目折算学时', '专业科目学时分', '专业科目学时'],
  totalHours: ['合计学时分', '合计学时', '总学时'],
  attachments: ['附件', '附件数', '附件数量', '附件(份)', '附件（份）', '佐证材料', '学时材料'],
  person: ['姓名'],
  idNumber: ['身份证', '身份证号', '身份证号码', '证件号码'],
  title: ['拟申报职称', '申报职称'], // list tables of several people
  serial: ['序号'], // el-table's index column: the row's number across pages
} as const;
export type ReviewColumn = keyof typeof REVIEW_COLUMNS;

/** 审核不通过: the footer button of 学时核认申报详细 and the dialog it opens (不通过原因 textarea, 确定/取消). */
export const REJECT = { button: '审核不通过', dialogTitle: '审核不通过' } as const;

/** el-pagination's total: 共 5 条. */
export const PAGINATION_TOTAL = /^共\s*(\d+)\s*条$/;

/** Header fields of 学时核认申报详细. */
export const REVIEW_HEADER_LABELS = {
  title: ['拟申报职称', '申报职称'],
  degree: ['最高学历'],
  reviewYear: ['申报年度'],
  name: ['姓名'],
  idNumber: ['身份证号', '身份证', '身份证号码', '证件号码'],
} as const;

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

export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, '').replace(/^\*+/, '').replace(/[:：]+$/, '');
}
