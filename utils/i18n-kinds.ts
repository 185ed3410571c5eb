// English words of the activity kinds' catalogue (rules/kinds.ts: kinds, fields, options), for every form that shows
// them (the options page's activity form and certificate reader, the popup's calculator). Keyed by the catalogue's
// zh-CN words, which stay as the official texts write them; test/unit/i18n checks every one has English here.
// Kept out of i18n.ts's dictionaries, which the portal's content script bundles.
import { uiLang, type UiLanguage } from './i18n-shell';
import { ACTIVITY_KINDS, type KindField } from '../rules/kinds';
import type { ActivityKind } from '../rules/schema';

export const KIND_TEXT_EN: Record<string, string> = {
  // kinds
  '培训、研讨、会议': 'Training, seminars, conferences',
  '远程教育（网络平台课程）': 'Distance learning (online platform courses)',
  '课题研究与项目开发': 'Research projects and product development',
  '出版著作（译作）或教材': 'Books (translations) or textbooks',
  '发表论文': 'Published papers',
  '专利': 'Patents',
  '科技（社科）奖项': 'Science (social-science) awards',
  '“三援”（援藏、援疆、援外）工作任务': 'Aid assignments (Tibet, Xinjiang, abroad)',
  '专家服务基层': 'Expert service at grassroots level',
  '学历（学位）教育': 'Degree education',
  '职业资格考试': 'Professional qualification exams',
  '数字技术应用能力水平考试': 'Digital technology skills exam',
  '计算机应用能力考试': 'Computer application skills exam',
  '海外交换（交流）': 'Overseas exchange',
  '技能大赛': 'Skills competitions',
  // fields
  '计入年度': 'Year counted',
  '科目类别': 'Category',
  '天数': 'Days',
  '半天数': 'Half days',
  '晚上数': 'Evenings',
  '课程学时': 'Course hours',
  '课题（项目）级别': 'Project level',
  '角色': 'Role',
  '作者': 'Author',
  '篇数': 'Number of papers',
  '专利类型': 'Patent type',
  '专利证书排名': 'Position on the patent certificate',
  '奖项级别': 'Award level',
  '等级': 'Class',
  '完成人排名': 'Position among the awardees',
  '开始月份': 'Start month',
  '结束月份': 'End month',
  '考核合格': 'Assessed as qualified',
  '现场服务天数': 'On-site days',
  '线上服务时间（小时）': 'Online service time (hours)',
  '当年度通过的课程或考核数': 'Courses or assessments passed that year',
  '当年度通过的考试课程数': 'Exam subjects passed that year',
  '合格科目数': 'Subjects passed',
  '合格模块数': 'Modules passed',
  '大赛级别': 'Competition level',
  '奖次': 'Prize',
  // options
  '公需科目': 'Public',
  '专业科目': 'Professional',
  '省（部）级以上': 'Provincial / ministerial or above',
  '市（厅）级': 'Municipal / departmental',
  '主持人': 'Principal investigator',
  '主要完成人（除主持人外署名前三）': 'Main contributor (top three after the host)',
  '其他参与人': 'Other participant',
  '独立或第一作者': 'Sole or first author',
  '其他作者': 'Other author',
  '通讯作者': 'Corresponding author',
  '发明专利': 'Invention patent',
  '实用新型专利': 'Utility model patent',
  '外观设计专利': 'Design patent',
  '省部级及以上': 'Provincial / ministerial or above',
  '市厅级': 'Municipal / departmental',
  '一等奖': 'First class',
  '二等奖': 'Second class',
  '三等奖': 'Third class',
  '国际、国家级': 'International or national',
  '省级': 'Provincial',
  '金奖': 'Gold',
  '银奖': 'Silver',
  '铜奖': 'Bronze',
};

/** A catalogue word (kind, field or option) in the UI language. */
export function kindText(zh: string, lang: UiLanguage = uiLang.value): string {
  return lang === 'en' ? (KIND_TEXT_EN[zh] ?? zh) : zh;
}

/** A kind's name in the UI language. */
export const kindLabel = (kind: ActivityKind, lang: UiLanguage = uiLang.value): string => kindText(ACTIVITY_KINDS[kind].label, lang);

/** A field's label in the UI language. */
export const fieldLabel = (f: KindField, lang: UiLanguage = uiLang.value): string => kindText(f.label, lang);
