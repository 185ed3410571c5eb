// The ONE table of the portal's visible texts (titles, labels, column headers, button texts), as the official
// guides show them (seeds 001/002 附件3 for variant A, 003 for variant B). Everything that looks for a page element
// by its text goes through `normText` and this table.

/**
 * Normalises a page text for comparison: NFKC (full-width ：（） → half-width), no whitespace at all (the portal
 * writes 年 度 / 姓 名 with spaces), no required-marker `*`, no trailing colon.
 */
export function normText(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b]+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/[:：]+$/, '');
}

/** Field keys of one yearly row (variant A's year dialog and variant B's main form share them). */
export const YEAR_FIELD_LABELS = {
  year: '年度',
  publicName: '公需科目名称',
  publicHours: '公需科目折算学时分',
  publicForm: '公需科目继续教育形式',
  professionalName: '专业科目名称',
  professionalHours: '专业科目折算学时分',
  professionalForm: '专业科目继续教育形式',
  totalHours: '合计学时分',
} as const;
export type YearFieldKey = keyof typeof YEAR_FIELD_LABELS;

/** 申报相关信息 fields (variant A form; variant B's form holds the same). */
export const APPLICANT_FIELD_LABELS = {
  idNumber: '证件号码',
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  employer: '单位名称',
  employerType: '单位性质',
  titleLevel: '拟申报职称',
  phone: '联系电话',
  degree: '最高学历',
  category: '申报大类',
  subSpecialty: '子专业名称',
  region: '行政区划名称',
  remark: '备注',
} as const;
export type ApplicantFieldKey = keyof typeof APPLICANT_FIELD_LABELS;

export const TEXTS = {
  list: {
    heading: '我要申报',
    addButton: '新增学时核认申报',
    title: '申请列表',
    columns: { name: '姓名', idNumber: ['身份证', '身份证号'], year: '申报年度', statusA: '审核状态', statusB: '数据状态', actions: '操作' },
    actions: { submit: '提交', edit: '修改', remove: '删除', view: '查看', revoke: '撤销', progress: '审核进度' },
  },
  form: {
    title: '申报相关信息',
    filedTable: '已申报学时信息',
    next: '下一步',
    save: '保存',
    close: '关闭',
    evidenceButton: '学时佐证材料上传', // variant B
    chooseEmployer: '选择',
  },
  yearDetail: {
    title: '申报年度明细信息',
    add: '新增',
    close: '关闭',
    actions: { edit: '修改', remove: '删除', upload: '上传附件' },
  },
  yearForm: {
    titles: ['新增申报年度明细信息', '修改申报年度明细信息'],
    save: '保存',
    close: '关闭',
    yearPlaceholder: '请选择年度',
    /** 事业单位 staff: choosing a year may open a list of hours from the training platform; do not fight it. */
    platformPick: '确认选择',
  },
  upload: {
    titles: ['上传附件', '申报材料上传'],
    choose: '选取文件',
    upload: '上传',
    slotsB: { education: '学历信息', entrustment: '委托审批函', materials: '上传学时申报材料', hours: '学时上传' },
    /** The slot the yearly evidence goes into, in variant B. */
    hoursSlot: '学时上传',
    accept: ['jpg', 'jpeg', 'png', 'doc', 'docx', 'pdf'],
    maxBytes: 20 * 1024 * 1024,
  },
  submit: { buttons: ['保存', '下一步', '提交'] },
  hr: {
    listTitles: ['学时核认申报单位审核', '学时核认上级单位审核'],
    query: '查询',
    review: '审核',
    detailTitle: '学时核认申报详细',
    detailTable: '学时年度明细',
    columns: { year: '年度', status: '审核状态', actions: '操作' },
    approve: '审核通过',
    reject: '审核不通过',
  },
  /** Values the portal shows for the 拟申报职称 select. */
  titleLevels: { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' },
  degrees: { doctor: '博士研究生', master: '硕士研究生', bachelor: '大学本科', other: '' },
} as const;

/** Whether a normalised page text equals one of the table's texts. */
export function sameText(pageText: string | null | undefined, ...wanted: readonly string[]): boolean {
  const t = normText(pageText);
  return wanted.some((w) => normText(w) === t);
}
