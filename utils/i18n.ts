// UI texts, zh-CN first, English second. `t(key, params)` reads the current UI language from the `uiLang` signal, so a
// preact component calling it re-renders when the language changes. The default is zh-CN, never the browser's locale:
// the product is Chinese first and many machines run an English browser.
// Not translated on purpose: rule citations, policy names and finding messages coming from rules/ (they quote the
// official Chinese texts), and data the user entered (names, activities) or that goes to the Chinese portal.
import { signal } from '@preact/signals';
import type { ActivityKind, Category, Degree, TitleLevel } from '../rules/schema';
import type { Settings } from './ledger/schema';

const zh = {
  appName: '学时助手',
  ledger: '学时台账',
  person: '人员',
  addPerson: '新增人员',
  deletePerson: '删除人员',
  activities: '活动',
  addActivity: '新增活动',
  years: '年度核对',
  importExport: '导入与导出',
  evidence: '佐证材料',
  save: '保存',
  cancel: '取消',
  delete: '删除',
  duplicate: '复制',
  edit: '修改',
  confirmDelete: '确认删除',
  hours: '学时',
  publicHours: '公需科目',
  professionalHours: '专业科目',
  totalHours: '合计',
  // language selector
  uiLanguage: '界面语言',
  // popup
  currentPerson: '当前人员',
  popupTabs: '功能',
  tabChecklist: '年度清单',
  tabCalculator: '学时计算器',
  loadingLedger: '正在读取台账…',
  loadFailed: '读取台账失败：{message}',
  noPersonYet: '请先在台账中添加人员',
  emptyBefore: '台账里还没有人员。',
  openLedger: '打开台账',
  emptyAfter: '导入 Excel 或新建人员后，这里会列出各年度的学时情况。',
  activityCountLine: '{name} 的台账共 {count} 项活动',
  // checklist
  statusOk: '已达标',
  statusShort: '未达标',
  statusMissing: '无记录',
  wholeYear: '视为完成全年学时',
  shortPublic: '公需',
  shortProfessional: '专业',
  shortTotal: '合计',
  yearHeading: '{year} 年',
  evidenceCount: '佐证材料 {count} 份',
  evidenceMissing: '缺佐证材料',
  entryCountParen: '（活动 {count} 项）',
  hintPrefix: '提示：',
  rulesLine: '规则：{policy}；{year} 年评审',
  idLine: '；证件号 {id}',
  windowOpen: '，正在申报期内',
  windowBefore: '，尚未开始',
  windowAfter: '，已结束',
  spanRangeBefore: '需核认 {from}–{to} 年（',
  spanRangeAfter: '）',
  spanExtrapolated: '。注意：本年度没有对应通知，年度范围是按最新规则推算的',
  minimaPrefix: '每年要求：',
  minimaPublic: '公需科目不少于 {hours}，',
  minimaProfessional: '专业科目不少于 {hours}，',
  minimaTotal: '合计不少于 {hours} 学时（',
  minimaAfter: '）',
  otherYears: '台账中另有不在范围内的年度：{years}',
  openLedgerOf: '打开台账（{name}）',
  listSeparator: '、',
  needPartPublic: '公需科目 {hours}',
  needPartProfessional: '专业科目 {hours}',
  needNothingYet: '{year} 年还没有任何学时记录，需{parts}合计不少于 {total} 学时',
  needPartsEnd: '，',
  needPublic: '{year} 年还差公需科目 {hours} 学时',
  needProfessional: '{year} 年还差专业科目 {hours} 学时',
  needTotal: '{year} 年合计还差 {hours} 学时',
  hintShare: '{year} 年专业科目一般应不少于总学时的 {num}/{den}',
  summaryAllOk: '{from}–{to} 年的学时都已达标',
  summaryShort: '还有 {count} 个年度未达标：{years}',
  filingWindow: '申报时间：{year}年{from}至{to}{how}',
  monthDay: '{m}月{d}日',
  filingOffline: '（线下核认）',
  filingOnline: '（网上核认）',
  // calculator
  calcKind: '活动类型',
  calcResultsCaption: '各规则集折算结果',
  calcPolicy: '规则集',
  calcHours: '学时',
  calcBasis: '依据',
  calcName: '名称（可不填）',
  calcAdd: '加入 {name} 的台账',
  calcAddPlain: '加入的台账',
  calcAdded: '已加入 {name} 的台账：{entry}',
  calcAddedPlain: '已加入的台账：{entry}',
  calcNotAdded: '没有加入台账：{message}',
  calcFieldError: '{field}填写有误：{message}',
  calcBreakPublic: '公需 {hours}',
  calcBreakProfessional: '专业 {hours}',
  calcBreakWholeYear: '{years} 年视为完成全年学时（各 {hours}）',
  calcBreakSeparator: '，',
  calcZero: '0 学时',
  // reminders
  remindersLabel: '申报期提醒：申报开始前 30 天起，每天提示哪些年度学时还不够',
  remindersDenied: '没有获得通知权限，提醒未开启。',
  remindersFailed: '设置提醒失败：{message}',
  // options page chrome
  closeNotice: '关闭提示',
  noLedgerYet: '还没有台账',
  noLedgerHelp: '点上方“新增人员”开始记录，或在下面导入 Excel / CSV 表格或以前导出的备份。',
  activityCountBefore: '共 ',
  activityCountAfter: ' 条活动',
  cannotOpenLedger: '无法打开台账：{message}',
  personColon: '人员：',
  noPeople: '还没有人员',
  name: '姓名',
  add: '添加',
  deletePersonQuestion: '删除“{name}”及其全部活动和佐证文件？',
  personDetails: '人员信息',
  saving: '正在保存…',
  autoSaved: '修改后自动保存，已保存',
  idNumber: '证件号码',
  notFilled: '（未填）',
  hide: '隐藏',
  showEdit: '显示/修改',
  phone: '联系电话',
  employer: '工作单位',
  ruleSet: '规则',
  titleApplied: '拟申报职称',
  highestDegree: '最高学历',
  reviewYear: '评审年度',
  year: '年度',
  colEvidenceFiles: '佐证文件',
  colCheck: '核对结果',
  colLackingEvidence: '还缺的佐证',
  recognitionForms: '学时认定单',
  recognitionFormsTitle: '已有的学时认定单 / 合格证明',
  coveredFrom: '覆盖年度 从',
  coveredTo: '到',
  uploadRecognitionForm: '上传认定单…',
  overviewTitle: '全部人员概览（{count} 人）',
  summarising: '正在汇总…',
  colEmployer: '单位',
  colTitle: '拟申报',
  colSpanYears: '需证明的年度',
  bulkEvidence: '批量添加佐证文件…',
  colDate: '日期',
  colCategory: '类别',
  colForm: '形式',
  colActions: '操作',
  saveAndNext: '保存并继续添加',
  addEvidence: '添加佐证…',
  confirmRemove: '确认移除',
  download: '下载',
  chooseImportFile: '选择要导入的文件…',
  export: '导出',
  exportXlsxAll: '导出 Excel（全部人员）',
  exportCsvAll: '导出 CSV（全部人员）',
  exportCurrent: '导出当前人员',
  fullBackup: '完整备份（含佐证文件）',
  importPreview: '导入预览',
  confirmImport: '确认导入',
  downloadXlsxTemplate: '下载 Excel 模板',
  downloadCsvTemplate: '下载 CSV 模板',
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

// Typed as Record<MessageKey, string>: a key missing here is a compile error.
const en: Messages = {
  appName: 'CE Hours Assistant',
  ledger: 'CE ledger',
  person: 'Person',
  addPerson: 'Add person',
  deletePerson: 'Delete person',
  activities: 'Activities',
  addActivity: 'Add activity',
  years: 'Years',
  importExport: 'Import & export',
  evidence: 'Evidence',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  duplicate: 'Duplicate',
  edit: 'Edit',
  confirmDelete: 'Really delete',
  hours: 'Hours',
  publicHours: 'Public',
  professionalHours: 'Professional',
  totalHours: 'Total',
  uiLanguage: 'Language',
  currentPerson: 'Current person',
  popupTabs: 'Views',
  tabChecklist: 'Checklist',
  tabCalculator: 'Hours calculator',
  loadingLedger: 'Reading the ledger…',
  loadFailed: 'Could not read the ledger: {message}',
  noPersonYet: 'Add a person to the ledger first',
  emptyBefore: 'The ledger has no person yet. ',
  openLedger: 'Open the ledger',
  emptyAfter: ' to import Excel or add a person; the hours of each year will then be listed here.',
  activityCountLine: '{name}: {count} activities in the ledger',
  statusOk: 'Met',
  statusShort: 'Short',
  statusMissing: 'No record',
  wholeYear: 'Counts as the whole year done',
  shortPublic: 'Public',
  shortProfessional: 'Professional',
  shortTotal: 'Total',
  yearHeading: '{year}',
  evidenceCount: '{count} evidence file(s)',
  evidenceMissing: 'Evidence missing',
  entryCountParen: ' ({count} activities)',
  hintPrefix: 'Hint: ',
  rulesLine: 'Rules: {policy}; review year {year}',
  idLine: '; ID {id}',
  windowOpen: ', open now',
  windowBefore: ', not started yet',
  windowAfter: ', closed',
  spanRangeBefore: 'Years to prove: {from}–{to} (',
  spanRangeAfter: ')',
  spanExtrapolated: '. Note: no notice covers this review year; the years are extrapolated from the latest rules',
  minimaPrefix: 'Each year: ',
  minimaPublic: 'public at least {hours}, ',
  minimaProfessional: 'professional at least {hours}, ',
  minimaTotal: 'total at least {hours} hours (',
  minimaAfter: ')',
  otherYears: 'The ledger also has years outside the range: {years}',
  openLedgerOf: 'Open the ledger ({name})',
  listSeparator: ', ',
  needPartPublic: 'public {hours}',
  needPartProfessional: 'professional {hours}',
  needNothingYet: '{year}: no hours recorded yet; needs {parts}at least {total} hours in total',
  needPartsEnd: ', ',
  needPublic: '{year}: {hours} public hours short',
  needProfessional: '{year}: {hours} professional hours short',
  needTotal: '{year}: {hours} hours short in total',
  hintShare: '{year}: professional hours should usually be at least {num}/{den} of the total',
  summaryAllOk: 'All years {from}–{to} meet the minima',
  summaryShort: '{count} year(s) still short: {years}',
  filingWindow: 'Filing period: {from} – {to} {year}{how}',
  monthDay: '{month} {d}',
  filingOffline: ' (offline review)',
  filingOnline: ' (online review)',
  calcKind: 'Activity type',
  calcResultsCaption: 'Hours under each rule set',
  calcPolicy: 'Rule set',
  calcHours: 'Hours',
  calcBasis: 'Basis',
  calcName: 'Name (optional)',
  calcAdd: "Add to {name}'s ledger",
  calcAddPlain: 'Add to the ledger',
  calcAdded: "Added to {name}'s ledger: {entry}",
  calcAddedPlain: 'Added to the ledger: {entry}',
  calcNotAdded: 'Not added to the ledger: {message}',
  calcFieldError: '{field}: invalid value: {message}',
  calcBreakPublic: 'public {hours}',
  calcBreakProfessional: 'professional {hours}',
  calcBreakWholeYear: '{years} count as whole years done ({hours} each)',
  calcBreakSeparator: ', ',
  calcZero: '0 hours',
  remindersLabel: 'Filing reminders: from 30 days before filing opens, a daily note of the years still short',
  remindersDenied: 'No notification permission; reminders are off.',
  remindersFailed: 'Could not set reminders: {message}',
  closeNotice: 'Close notice',
  noLedgerYet: 'No ledger yet',
  noLedgerHelp: 'Click “Add person” above to start, or import an Excel / CSV sheet or an earlier backup below.',
  activityCountBefore: ' ',
  activityCountAfter: ' activities',
  cannotOpenLedger: 'Cannot open the ledger: {message}',
  personColon: 'Person: ',
  noPeople: 'No person yet',
  name: 'Name',
  add: 'Add',
  deletePersonQuestion: 'Delete “{name}” with all activities and evidence files?',
  personDetails: 'Personal details',
  saving: 'Saving…',
  autoSaved: 'Changes save automatically; saved',
  idNumber: 'ID number',
  notFilled: '(not filled in)',
  hide: 'Hide',
  showEdit: 'Show / edit',
  phone: 'Phone',
  employer: 'Employer',
  ruleSet: 'Rule set',
  titleApplied: 'Title applied for',
  highestDegree: 'Highest degree',
  reviewYear: 'Review year',
  year: 'Year',
  colEvidenceFiles: 'Evidence files',
  colCheck: 'Check',
  colLackingEvidence: 'Evidence still missing',
  recognitionForms: 'Hours recognition forms',
  recognitionFormsTitle: 'Recognition forms / certificates already issued',
  coveredFrom: 'Years covered: from',
  coveredTo: 'to',
  uploadRecognitionForm: 'Upload a recognition form…',
  overviewTitle: 'All people ({count})',
  summarising: 'Summing up…',
  colEmployer: 'Employer',
  colTitle: 'Applying for',
  colSpanYears: 'Years to prove',
  bulkEvidence: 'Add many evidence files…',
  colDate: 'Date',
  colCategory: 'Category',
  colForm: 'Form',
  colActions: 'Actions',
  saveAndNext: 'Save and add another',
  addEvidence: 'Add evidence…',
  confirmRemove: 'Really remove',
  download: 'Download',
  chooseImportFile: 'Choose a file to import…',
  export: 'Export',
  exportXlsxAll: 'Export Excel (all people)',
  exportCsvAll: 'Export CSV (all people)',
  exportCurrent: 'Export current person',
  fullBackup: 'Full backup (with evidence files)',
  importPreview: 'Import preview',
  confirmImport: 'Import',
  downloadXlsxTemplate: 'Download the Excel template',
  downloadCsvTemplate: 'Download the CSV template',
};

export const MESSAGES: Record<UiLanguage, Messages> = { 'zh-CN': zh, en };

export type UiLanguage = NonNullable<Settings['uiLanguage']>;
/** @deprecated kept for old imports; same as UiLanguage. */
export type Lang = UiLanguage;
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en'];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'zh-CN';

/** The current UI language; components reading it (or calling t) re-render when it changes. */
export const uiLang = signal<UiLanguage>(DEFAULT_UI_LANGUAGE);

/** Whether the browser prefers English. Informational only: the default UI language stays zh-CN. */
export function detectLang(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? []): UiLanguage {
  return (languages[0]?.toLowerCase() ?? '').startsWith('en') ? 'en' : 'zh-CN';
}

export function setLang(lang: UiLanguage): void {
  uiLang.value = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** English month abbreviation (1 = Jan), for texts that name a month. */
export const monthName = (m: number): string => MONTHS[m - 1] ?? String(m);

export type Params = Record<string, string | number>;

/** The text of `key` in `lang` (default: the current UI language), `{name}` placeholders filled from params. */
export function t(key: MessageKey, params?: Params, lang: UiLanguage = uiLang.value): string {
  const text: string = MESSAGES[lang][key] ?? zh[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** The text of `key` cut at its `{slot}` placeholder, so a component can put an element (a quoted name) there. */
export function tSplit(key: MessageKey, slot: string, params?: Params, lang: UiLanguage = uiLang.value): [string, string] {
  const [before, after = ''] = t(key, params, lang).split(`{${slot}}`);
  return [before, after];
}

/** Reads the saved UI language (absent = zh-CN) and makes it current. */
export async function loadUiLanguage(ledger: { getSettings(): Promise<Settings> }): Promise<UiLanguage> {
  const lang = (await ledger.getSettings()).uiLanguage ?? DEFAULT_UI_LANGUAGE;
  setLang(lang);
  return lang;
}

/** Switches the UI at once, then saves the choice in the ledger's settings. */
export async function saveUiLanguage(ledger: { getSettings(): Promise<Settings>; putSettings(s: Settings): Promise<void> }, lang: UiLanguage): Promise<void> {
  setLang(lang);
  const settings = await ledger.getSettings();
  if (settings.uiLanguage !== lang) await ledger.putSettings({ ...settings, uiLanguage: lang });
}

export const TITLE_LEVEL_LABEL: Record<TitleLevel, string> = { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' };
export const DEGREE_LABEL: Record<Degree, string> = { doctor: '博士研究生', master: '硕士研究生', bachelor: '大学本科', other: '其他' };
export const CATEGORY_NAME: Record<Category, string> = { public: '公需科目', professional: '专业科目' };

export const ACTIVITY_KIND_LABEL: Record<ActivityKind, string> = {
  'online-course': '网络课程（远程教育）',
  training: '培训、研讨、会议、实践',
  'research-project': '课题研究与项目开发',
  book: '著作、译著、教材',
  paper: '论文',
  patent: '专利',
  award: '科技/社科奖励',
  'aid-assignment': '三援等援派任务',
  'expert-service': '专家服务基层',
  'degree-course': '学历（学位）教育课程',
  'qualification-exam': '职业资格考试',
  'digital-skills-exam': '数字技术应用能力水平考试',
  'computer-exam': '计算机应用能力考试',
  'overseas-exchange': '出国（境）交流',
  'skills-competition': '技能竞赛',
};
