// zh-CN first; English where a browser asks for it. Keys are the few strings shared by several pages.
import type { ActivityKind, Category, Degree, TitleLevel } from '../rules/schema';

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
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
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
};

export type Lang = 'zh' | 'en';

export function detectLang(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('en') ? 'en' : 'zh';
}

let current: Lang = 'zh';
export function setLang(lang: Lang): void {
  current = lang;
}

export function t(key: MessageKey, lang: Lang = current): string {
  return lang === 'en' ? en[key] : zh[key];
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
