// A ZodError from the rules API, told in zh-CN with the field's name, for showing to a user.
import { z } from 'zod';

const fieldNames: Record<string, string> = {
  policyId: '规则集',
  kind: '活动类型',
  year: '年度',
  category: '科目类别',
  days: '天数',
  halfDays: '半天数',
  evenings: '晚上场次',
  hours: '学时',
  level: '级别',
  role: '角色',
  count: '篇数',
  type: '专利类型',
  rank: '排名',
  grade: '获奖等级',
  start: '开始月份',
  end: '结束月份',
  qualified: '考核是否合格',
  onsiteDays: '现场服务天数',
  onlineHours: '线上服务学时',
  passed: '通过门数',
  modules: '模块数',
  medal: '奖牌',
  titleLevel: '拟申报职称',
  degree: '学历',
  reviewYear: '评审年度',
  publicHours: '公需科目学时',
  professionalHours: '专业科目学时',
  totalHours: '合计学时',
  evidenceCount: '佐证材料数',
  name: '名称',
  form: '继续教育形式',
  credits: '学时',
  nameMaxLength: '名称长度上限',
};

/** 'days：不能是负数' style text: the last named field of each issue, in zh-CN; other errors as their message. */
export function describeInputError(error: unknown): string {
  if (!(error instanceof z.ZodError)) return error instanceof Error ? error.message : String(error);
  return error.issues
    .map((issue) => {
      const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
      const row = issue.path.find((p): p is number => typeof p === 'number');
      const where = [row !== undefined ? `第 ${row + 1} 行` : '', key ? (fieldNames[key] ?? key) : ''].filter(Boolean).join(' ');
      const message = issue.code === 'invalid_union' || issue.code === 'invalid_value' ? '不是可选的值' : issue.message;
      return where ? `${where}：${message}` : message;
    })
    .join('；');
}
