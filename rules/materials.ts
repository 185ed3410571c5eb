// What an evidence file is (材料类型): the names the material lists (学时核认所需材料) use, as a fixed vocabulary, so a
// file can be tagged (签到表, 课程表, 结业证书, 封面 …) and a form's sets of materials checked against the tagged files.
// Plus the two documents variant B's 申报材料上传 asks for besides the hours (学历信息, 委托审批函).
import { z } from 'zod';

export const MaterialTag = z.enum([
  'notice', // 通知（培训通知、实践活动通知、会议通知）
  'invitation', // 邀请函
  'timetable', // 课程表
  'schedule', // 日程安排
  'sign-in', // 签到表或其他签到形式
  'completion-certificate', // 结业证书
  'dispatch-notice', // 派出通知 / 派遣通知
  'signup-form', // 报名表
  'activity-log', // 实践活动日志
  'course-hours', // 课程时长
  'course-content', // 课程内容（安排）
  'course-progress', // 课程完成进度
  'receipt', // 参会回执 / 回执
  'study-material', // 学习笔记 / 学习资料
  'other-proof', // 会议通讯录、邮件回执、财务报账单等其他辅证材料
  'conclusion-certificate', // 结题（项）证明
  'cover', // 封面
  'copyright-page', // 版权页
  'contents', // 目录
  'journal-number', // 刊号
  'retrieval', // 检索材料
  'patent-certificate', // 专利证书
  'award-certificate', // 获奖证书
  'assessment-form', // 考核表
  'transcript', // 成绩单
  'pass-certificate', // 合格证书
  'education', // 学历信息（学历、学位证书） — variant B's slot
  'entrustment', // 委托审批函 — variant B's slot
  'recognition-form', // 以前年度的《学时认定单》/《合格证明》
]);
export type MaterialTag = z.infer<typeof MaterialTag>;

/** zh-CN name of each material, as the texts word it. */
export const MATERIAL_LABELS: Readonly<Record<MaterialTag, string>> = {
  notice: '通知',
  invitation: '邀请函',
  timetable: '课程表',
  schedule: '日程安排',
  'sign-in': '签到表',
  'completion-certificate': '结业证书',
  'dispatch-notice': '派出（派遣）通知',
  'signup-form': '报名表',
  'activity-log': '活动日志',
  'course-hours': '课程时长',
  'course-content': '课程内容',
  'course-progress': '课程完成进度',
  receipt: '回执',
  'study-material': '学习笔记（资料）',
  'other-proof': '其他辅证材料（通讯录、邮件回执、报账单等）',
  'conclusion-certificate': '结题（项）证明',
  cover: '封面',
  'copyright-page': '版权页',
  contents: '目录',
  'journal-number': '刊号',
  retrieval: '检索材料',
  'patent-certificate': '专利证书',
  'award-certificate': '获奖证书',
  'assessment-form': '考核表',
  transcript: '成绩单',
  'pass-certificate': '合格证书',
  education: '学历信息（学历、学位证书）',
  entrustment: '委托审批函',
  'recognition-form': '学时认定单（合格证明）',
};

/**
 * Words in a file name that say what it is, most specific first (派出通知 before 通知, 邮件回执 before 回执, 结业证书
 * before the bare 证书). A name may hold several (封面及目录.pdf); the bare 证书 is read last and only when nothing
 * else matched.
 */
const NAME_WORDS: readonly (readonly [MaterialTag, readonly string[]])[] = [
  ['recognition-form', ['认定单', '合格证明']],
  ['dispatch-notice', ['派出通知', '派遣通知', '派出函', '派遣函', '派遣文件']],
  ['entrustment', ['委托审批', '委托函', '审批函']],
  ['education', ['学历证', '学位证', '毕业证', '学历信息', '学历证明', '学位证明']],
  ['other-proof', ['通讯录', '邮件', '报账', '报销', '发票']],
  ['retrieval', ['检索', '收录']],
  ['copyright-page', ['版权']],
  ['journal-number', ['刊号', 'ISSN', 'CN号']],
  ['cover', ['封面']],
  ['contents', ['目录']],
  ['sign-in', ['签到', '考勤']],
  ['timetable', ['课程表', '课表']],
  ['schedule', ['日程', '议程', '安排表']],
  ['course-progress', ['进度']],
  ['course-hours', ['时长']],
  ['course-content', ['课程内容', '课程安排']],
  ['activity-log', ['日志']],
  ['signup-form', ['报名']],
  ['receipt', ['回执']],
  ['study-material', ['笔记', '学习资料', '讲义']],
  ['assessment-form', ['考核']],
  ['transcript', ['成绩']],
  ['conclusion-certificate', ['结题', '结项', '验收']],
  ['patent-certificate', ['专利']],
  ['award-certificate', ['获奖', '奖状', '荣誉']],
  ['pass-certificate', ['合格证']],
  ['completion-certificate', ['结业', '结课', '培训证书', '学习证明']],
  ['invitation', ['邀请']],
  ['notice', ['通知']],
];

const CERTIFICATES: readonly MaterialTag[] = ['completion-certificate', 'pass-certificate', 'patent-certificate', 'award-certificate', 'conclusion-certificate'];

/**
 * What a file is, guessed from its name (the user confirms or changes it). `wanted`, the materials the activity's
 * sets name, decides what a bare 证书 is (a patent's 证书 is its 专利证书). Empty when the name says nothing.
 */
export function guessMaterials(fileName: string, wanted: readonly MaterialTag[] = []): MaterialTag[] {
  const name = String(fileName).replace(/\.[^.]+$/, '');
  const upper = name.toUpperCase();
  const found: MaterialTag[] = [];
  for (const [tag, words] of NAME_WORDS) {
    if (words.some((w) => upper.includes(w.toUpperCase()))) found.push(tag);
  }
  // 派出通知 is not also a plain 通知; 邮件回执 is not also a 参会回执.
  const drop = new Set<MaterialTag>();
  if (found.includes('dispatch-notice') && !/(?<!派出|派遣)通知/.test(name)) drop.add('notice');
  if (found.includes('other-proof') && !/(?<!邮件)回执/.test(name)) drop.add('receipt');
  const tags = found.filter((t) => !drop.has(t));
  if (!tags.length && name.includes('证书')) {
    return [CERTIFICATES.find((c) => wanted.includes(c)) ?? 'completion-certificate'];
  }
  return tags;
}
