// The ONE table of the portal's visible texts (titles, labels, column headers, button texts) and the ONE normaliser,
// for the applicant and the reviewer screens alike. Everything that looks for a page element by its text goes through
// `normText` and this table. We have never seen the real portal: our sources are guides whose text was extracted from
// screenshots, and they already word the same screen differently, so every text comes with its synonyms, each with
// the guide it comes from (or marked as common wording that no guide shows).

import { portalUpload } from '../../rules/policies/text-2025';

// ---------------------------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------------------------
/** 湘人社办函〔2025〕37号 附件3, the province's guide (seed 002): 个人版 and 用人单位版. */
const PROV = '湘人社办函〔2025〕37号 附件3（省指南）';
/** The province guide's 用人单位版 (学时核认申报详细 → 学时段明细 with a 年限 column). */
const PROV_UNIT = '湘人社办函〔2025〕37号 附件3 用人单位版';
/** 株人社函〔2025〕8号 附件3 (seeds 000/001): 学时年度明细 with a 年度 column. */
const ZZ = '株人社函〔2025〕8号 附件3（株洲指南）';
/** The per-year variant of the applicant guide (seed 003). */
const VB = '学时核认申报操作指南（每年一张表的版本，003）';
/** Not in any guide: a wording common on government portals, accepted because it names the same thing unambiguously. */
const COMMON = '常见写法（指南未见）';
/** Element UI 2.15's zh-CN locale (el.table.emptyText): the portal is an Element UI application (the guides' screenshots). */
const ELEMENT_ZH = 'Element UI 2.15 中文语言包 el.table.emptyText（指南截图中的网厅是 Element UI 应用）';

// ---------------------------------------------------------------------------------------------------------------
// The normaliser
// ---------------------------------------------------------------------------------------------------------------
const ZERO_WIDTH = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
/** A unit or a required/optional note in brackets after a label: 学时（分）, 学时(分), 附件(份), 名称（必填）. */
const BRACKETED_UNIT = /[([【〔]\s*(?:分|学时|小时|课时|个|份|次|件|天|h|H|必填|选填|可选|非必填|可不填)\s*[)\]】〕]/g;
/** Leading / trailing punctuation and symbols (colons, asterisks, dots, bullets, brackets left alone in the middle). */
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * Texts already normalised: every look at the page (scan.ts) normalises the same labels, titles and cells again, and
 * a fill of five years looks about 300 times (issue 15: ≈290,000 normalisations, the fill's largest own CPU cost).
 * Emptied when full, so a long session on large tables keeps it small.
 */
const NORMALISED = new Map<string, string>();
const NORMALISED_MAX = 20_000;

/**
 * Normalises a page text for comparison: NFKC (full-width ：（） → half-width), no zero-width characters, no
 * whitespace at all (the portal writes 年 度 / 姓 名 with spaces), no required-marker `*`, no leading or trailing
 * punctuation (colons, dots), units and 必填/选填 notes in brackets dropped and 学时分 read as 学时 (`学时（分）`,
 * `学时(分)`, `学时分` and `学时` are one label).
 */
export function normText(s: string | null | undefined): string {
  if (!s) return '';
  const keep = s.length <= 200; // a paragraph or a whole table's text is rare, and not worth keeping
  const known = keep ? NORMALISED.get(s) : undefined;
  if (known !== undefined) return known;
  let t = s.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, '').replace(/[*＊]/g, '');
  t = t.replace(BRACKETED_UNIT, '').replace(/学时分(?![\p{Script=Han}])/gu, '学时');
  t = t.replace(EDGE_PUNCT, '');
  if (keep) {
    if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.clear();
    NORMALISED.set(s, t);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Field and column names, by key, with synonyms
// ---------------------------------------------------------------------------------------------------------------
export interface Wording {
  text: string;
  source: string;
}
const w = (text: string, source: string): Wording => ({ text, source });

/** 公需科目 / 专业科目 + 名称 / 折算学时 / 继续教育形式, with the other wordings of each half. */
function subjectField(subject: 'public' | 'professional', attr: 'name' | 'hours' | 'form'): Wording[] {
  const subjects: Wording[] =
    subject === 'public'
      ? [w('公需科目', PROV), w('公需课', COMMON), w('公需课程', COMMON)]
      : [w('专业科目', PROV), w('专业课', COMMON), w('专业课程', COMMON)];
  const attrs: Wording[] = {
    name: [w('名称', PROV), w('课程名称', COMMON)],
    // 学时分 is how the guides' text extraction rendered 学时(分); both normalise to 学时.
    hours: [w('折算学时', PROV), w('学时', COMMON), w('学时数', COMMON), w('折算学时数', COMMON)],
    form: [w('继续教育形式', PROV), w('教育形式', COMMON), w('学习形式', COMMON)],
  }[attr];
  const out: Wording[] = [];
  for (const s of subjects) for (const a of attrs) out.push(w(s.text + a.text, s.source === PROV && a.source === PROV ? PROV : COMMON));
  return out;
}

/** One yearly row (variant A's year dialog and table, variant B's form, the reviewer's 学时年度明细). */
export const YEAR_FIELDS = {
  year: [w('年度', PROV), w('年限', PROV_UNIT), w('年份', COMMON), w('学时年度', COMMON)],
  publicName: subjectField('public', 'name'),
  publicHours: subjectField('public', 'hours'),
  publicForm: subjectField('public', 'form'),
  professionalName: subjectField('professional', 'name'),
  professionalHours: subjectField('professional', 'hours'),
  professionalForm: subjectField('professional', 'form'),
  totalHours: [w('合计学时', PROV), w('合计', COMMON), w('学时合计', COMMON), w('总学时', COMMON), w('合计学时数', COMMON), w('总学时数', COMMON)],
} as const satisfies Record<string, readonly Wording[]>;
export type YearFieldKey = keyof typeof YEAR_FIELDS;

/** 申报相关信息 (variant A form; variant B's form holds the same beside the year fields). */
export const APPLICANT_FIELDS = {
  idNumber: [w('证件号码', PROV), w('身份证号', ZZ), w('身份证', PROV), w('身份证号码', COMMON), w('公民身份号码', COMMON), w('证件号', COMMON)],
  name: [w('姓名', PROV)],
  gender: [w('性别', PROV)],
  ethnicity: [w('民族', PROV)],
  employer: [w('单位名称', PROV), w('工作单位', PROV)],
  employerType: [w('单位性质', PROV), w('单位类型', COMMON)],
  titleLevel: [w('拟申报职称', PROV), w('申报职称', COMMON), w('拟申报职称级别', COMMON)],
  phone: [w('联系电话', PROV), w('手机号码', COMMON), w('手机号', COMMON), w('移动电话', COMMON)],
  degree: [w('最高学历', PROV), w('学历', COMMON)],
  category: [w('申报大类', PROV), w('申报系列', PROV)],
  subSpecialty: [w('子专业名称', PROV), w('子专业', COMMON)],
  region: [w('行政区划名称', PROV), w('行政区划', COMMON)],
  remark: [w('备注', PROV)],
} as const satisfies Record<string, readonly Wording[]>;
export type ApplicantFieldKey = keyof typeof APPLICANT_FIELDS;

/** Column headers of the list tables (申请列表, the reviewers' lists) and of the reviewer's yearly table beyond the year fields. */
export const LIST_COLUMNS = {
  person: APPLICANT_FIELDS.name,
  idNumber: APPLICANT_FIELDS.idNumber,
  reviewYear: [w('申报年度', PROV)],
  title: APPLICANT_FIELDS.titleLevel,
  status: [w('审核状态', PROV), w('数据状态', VB), w('状态', COMMON)],
  actions: [w('操作', PROV)],
  serial: [w('序号', PROV)],
  attachments: [w('附件', COMMON), w('附件数', COMMON), w('附件数量', COMMON), w('佐证材料', COMMON), w('学时材料', PROV), w('材料', COMMON)],
} as const satisfies Record<string, readonly Wording[]>;
export type ListColumnKey = keyof typeof LIST_COLUMNS;

/** Column headers of a file list (上传附件's uploaded files, 详情's 学时材料). */
export const FILE_COLUMNS = {
  fileName: [w('文件名称', PROV), w('文件名', COMMON), w('附件名称', COMMON), w('材料名称', COMMON)],
  /** Which slot a file was uploaded to (variant B's 申报材料: 学历信息, 委托审批函, 上传学时申报材料, 学时上传). */
  slot: [w('材料类型', COMMON), w('附件类型', COMMON), w('材料分类', COMMON)],
} as const satisfies Record<string, readonly Wording[]>;

/**
 * What a table shows instead of rows when it has none: a file list (详情's 学时材料, 上传附件) without files. Seen in the
 * table's own area, it means 0 files; no rows without it means the list is not there yet.
 */
export const EMPTY_TEXTS = {
  empty: [w('暂无数据', ELEMENT_ZH), w('未上传附件', COMMON), w('暂无附件', COMMON), w('暂无材料', COMMON), w('暂无文件', COMMON), w('无数据', COMMON), w('无附件', COMMON)],
} as const satisfies Record<string, readonly Wording[]>;

/** 学时证书打印 (guides 第10–13步: 查询年度 *起始年度 *结束年度 查询 → 查询结果 → 下载): the two year pickers. */
export const CERTIFICATE_FIELDS = {
  fromYear: [w('起始年度', PROV), w('开始年度', COMMON), w('起始年份', COMMON)],
  toYear: [w('结束年度', PROV), w('截止年度', COMMON), w('结束年份', COMMON)],
} as const satisfies Record<string, readonly Wording[]>;
export type CertificateFieldKey = keyof typeof CERTIFICATE_FIELDS;

/** Header fields of 学时核认申报详细 (label: value). */
export const REVIEW_HEADER_FIELDS = {
  name: APPLICANT_FIELDS.name,
  idNumber: APPLICANT_FIELDS.idNumber,
  title: APPLICANT_FIELDS.titleLevel,
  degree: [w('最高学历', PROV)],
  reviewYear: [w('申报年度', PROV)],
} as const satisfies Record<string, readonly Wording[]>;

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

// ---------------------------------------------------------------------------------------------------------------
// Titles and buttons
// ---------------------------------------------------------------------------------------------------------------
export const TITLES = {
  applicantList: [w('我要申报', PROV), w('申请列表', PROV)],
  applicantForm: [w('申报相关信息', PROV)],
  filedTable: [w('已申报学时信息', PROV)],
  /** The application dialog that holds 申报相关信息 (the replica and the guides' screenshots). */
  applicationDialog: [w('学时核认申报', PROV)],
  yearDetail: [w('申报年度明细信息', PROV), w('年度明细信息', COMMON), w('申报年度明细', COMMON)],
  yearForm: [w('新增申报年度明细信息', PROV), w('修改申报年度明细信息', PROV), w('编辑申报年度明细信息', COMMON), w('添加申报年度明细信息', COMMON)],
  upload: [w('上传附件', PROV), w('申报材料上传', VB), w('附件上传', COMMON), w('材料上传', COMMON)],
  hrList: [w('学时核认申报单位审核', PROV), w('学时核认上级单位审核', PROV), w('学时核认申报审核', COMMON)],
  hrDetail: [w('学时核认申报详细', PROV), w('学时核认申报详情', COMMON)],
  hrDetailTable: [w('学时年度明细', ZZ), w('学时段明细', PROV_UNIT)],
  /** A yearly row's materials (学时核认申报详细 → 详情): 查看单位职工上传的学时材料. */
  rowInfo: [w('详情', PROV), w('学时材料', PROV)],
  reject: [w('审核不通过', PROV)],
  approve: [w('审核通过', PROV)],
  /** The menu item and the screen (第10步); the side menu shows it on every page, so it weighs little alone. */
  certificatePrint: [w('学时证书打印', PROV)],
  /** The screen's two sections (第11–12步). */
  certificateQuery: [w('查询年度', PROV), w('查询结果', PROV)],
} as const satisfies Record<string, readonly Wording[]>;

export const BUTTONS = {
  addApplication: [w('新增学时核认申报', PROV)],
  add: [w('新增', PROV), w('添加', COMMON), w('新增年度', COMMON)],
  save: [w('保存', PROV)],
  close: [w('关闭', PROV)],
  next: [w('下一步', PROV)],
  submit: [w('提交', PROV)],
  edit: [w('修改', PROV), w('编辑', COMMON)],
  remove: [w('删除', PROV)],
  upload: [w('上传附件', PROV), w('附件上传', COMMON)],
  evidenceB: [w('学时佐证材料上传', VB)],
  choose: [w('选取文件', VB), w('选择文件', COMMON), w('点击上传', COMMON)],
  send: [w('上传', VB)],
  query: [w('查询', PROV)],
  review: [w('审核', PROV)],
  detail: [w('详情', PROV), w('查看详情', COMMON)],
  approve: [w('审核通过', PROV)],
  reject: [w('审核不通过', PROV)],
  platformPick: [w('确认选择', PROV)],
  /** 学时证书打印 第13步: 下载 the 学时认定单. */
  download: [w('下载', PROV)],
} as const satisfies Record<string, readonly Wording[]>;

/** The rest of the portal's texts the features use (slots, tips, option values). */
export const TEXTS = {
  upload: {
    slotsB: { education: '学历信息', entrustment: '委托审批函', materials: '上传学时申报材料', hours: '学时上传' },
    /** The slot the yearly evidence goes into, in variant B. */
    hoursSlot: '学时上传',
    /** The slots the guide (003 第7步) marks with *: 保存 needs a file in each. */
    requiredSlotsB: ['学历信息', '委托审批函', '学时上传'],
    accept: ['jpg', 'jpeg', 'png', 'doc', 'docx', 'pdf'],
    /** 「不超过20M」 read as 20,000,000 bytes, the stricter reading (rules/README.md, decisions). */
    maxBytes: portalUpload.maxBytes,
    /** The portal's own words for that limit (操作指南 第7步), quoted in our messages. */
    maxBytesText: '不超过20M',
  },
  /** The buttons the submit guard watches. */
  submit: { buttons: ['保存', '下一步', '提交'] },
  yearPlaceholder: '请选择年度',
  /** Values the portal shows for the 拟申报职称 select. */
  titleLevels: { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' },
  degrees: { doctor: '博士研究生', master: '硕士研究生', bachelor: '大学本科', other: '' },
} as const;

/** The guide's name of each field, for messages (年度, 公需科目折算学时分 …). */
export const YEAR_FIELD_NAMES: Record<YearFieldKey, string> = {
  year: '年度',
  publicName: '公需科目名称',
  publicHours: '公需科目折算学时分',
  publicForm: '公需科目继续教育形式',
  professionalName: '专业科目名称',
  professionalHours: '专业科目折算学时分',
  professionalForm: '专业科目继续教育形式',
  totalHours: '合计学时分',
};
export const APPLICANT_FIELD_NAMES = Object.fromEntries(
  Object.entries(APPLICANT_FIELDS).map(([k, v]) => [k, v[0].text]),
) as Record<ApplicantFieldKey, string>;

// ---------------------------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------------------------
export type TextTable = Readonly<Record<string, readonly Wording[]>>;

const indexes = new WeakMap<TextTable, Map<string, string>>();
/** normalised wording → key, for one table; a wording under two keys is a bug in the table (a unit test checks). */
function indexOf(table: TextTable): Map<string, string> {
  let idx = indexes.get(table);
  if (!idx) {
    idx = new Map();
    for (const [key, list] of Object.entries(table)) for (const x of list) if (!idx.has(normText(x.text))) idx.set(normText(x.text), key);
    indexes.set(table, idx);
  }
  return idx;
}

/** The key whose wording the (page) text is, in one table; undefined when the text names nothing we know. */
export function keyOf<T extends TextTable>(table: T, text: string | null | undefined): (keyof T & string) | undefined {
  return indexOf(table).get(normText(text)) as (keyof T & string) | undefined;
}

/** Whether a page text is one of the wordings. */
export function isText(pageText: string | null | undefined, wordings: readonly Wording[]): boolean {
  const t = normText(pageText);
  return t !== '' && wordings.some((x) => normText(x.text) === t);
}

/** The normalised forms of some wordings (for set look-ups); one array per wordings list (do not change it). */
export function normSet(wordings: readonly Wording[]): readonly string[] {
  let set = NORM_SETS.get(wordings);
  if (!set) {
    set = Object.freeze([...new Set(wordings.map((x) => normText(x.text)))]);
    NORM_SETS.set(wordings, set);
  }
  return set;
}
/** The wordings lists are the text table's constants: each screen signal's list was normalised anew at every look. */
const NORM_SETS = new WeakMap<readonly Wording[], readonly string[]>();

/**
 * Maps labelled things (fields, columns) to the keys of a table, with confidence: a label that names no key is left
 * out (never read or written as one of ours), and a key that two labels claim is ambiguous and left out too.
 */
export function mapByKey<T extends TextTable, E>(
  table: T,
  items: Iterable<[label: string, item: E]>,
): { byKey: Map<keyof T & string, E>; ambiguous: (keyof T & string)[]; unknown: string[] } {
  const byKey = new Map<keyof T & string, E>();
  const ambiguous = new Set<keyof T & string>();
  const unknown: string[] = [];
  for (const [label, item] of items) {
    const key = keyOf(table, label);
    if (!key) {
      if (normText(label)) unknown.push(label);
      continue;
    }
    if (byKey.has(key) || ambiguous.has(key)) {
      byKey.delete(key);
      ambiguous.add(key);
      continue;
    }
    byKey.set(key, item);
  }
  return { byKey, ambiguous: [...ambiguous], unknown };
}

/** Every table above, for the uniqueness test and the page-structure snapshot. */
export const ALL_TABLES = { YEAR_FIELDS, APPLICANT_FIELDS, LIST_COLUMNS, FILE_COLUMNS, EMPTY_TEXTS, REVIEW_HEADER_FIELDS, CERTIFICATE_FIELDS, TITLES, BUTTONS } as const;
