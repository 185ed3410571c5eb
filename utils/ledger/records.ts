// Records of the local ledger (IndexedDB). Parsed with these schemas on every read and write.
import { z } from 'zod';
import { Activity, Category, Degree, PolicyId, TitleLevel } from '../../rules/schema';
import { MaterialTag } from '../../rules/materials';

const spanYear = z.number().int().min(1990, '年度不能早于 1990 年').max(2100, '年度不能晚于 2100 年');
/** 需要核认的年度 from … to …, both inclusive, as the person set them. */
export const OwnSpan = z.object({ from: spanYear, to: spanYear }).refine((s) => s.from <= s.to, { message: '起始年度不能晚于结束年度', path: ['to'] });
export type OwnSpan = z.infer<typeof OwnSpan>;

export const Profile = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, '姓名不能为空'),
  idNumber: z.string().optional(), // 证件号码, stored whole, shown masked
  phone: z.string().optional(),
  employer: z.string().optional(), // 单位名称
  policyId: PolicyId,
  titleLevel: TitleLevel, // 拟申报职称 level
  degree: Degree.optional(), // 最高学历
  // The rest of 申报相关信息 (湘人社办函〔2025〕37号 附件3 第6步), as the portal's options read; optional, filled only into empty fields.
  ethnicity: z.string().trim().max(20).optional(), // 民族, e.g. 汉族
  employerType: z.string().trim().max(30).optional(), // 单位性质, e.g. 国有企业
  category: z.string().trim().max(30).optional(), // 申报大类, e.g. 工程
  subSpecialty: z.string().trim().max(50).optional(), // 子专业名称, e.g. 建筑学
  region: z.string().trim().max(50).optional(), // 行政区划名称, e.g. 湖南省省本级
  reviewYear: z.number().int().min(2000).max(2100),
  /**
   * The span years the person set themselves, used only where the rule set gives none (requiredYears `years: null`,
   * e.g. 博士参评副高 「按相关规定执行」). Never replaces a span the rule set gives.
   */
  ownSpan: OwnSpan.optional(),
  createdAt: z.number(),
});
export type Profile = z.infer<typeof Profile>;

/** One activity of a person (培训、网络课程、论文、专利…). */
export const Entry = z.object({
  id: z.string().min(1),
  profileId: z.string().min(1),
  name: z.string().trim().min(1, '名称不能为空'), // 科目名称 / activity name
  form: z.string().default(''), // 继续教育形式 (培训班, 远程教育, 学术会议 …), free text
  year: z.number().int().min(1990).max(2100), // the year the hours count for (for ranged kinds: the start year)
  date: z.string().optional(), // YYYY-MM-DD when known
  category: Category, // 公需科目 / 专业科目 (rule-converted professional kinds are 'professional')
  provider: z.string().optional(),
  notes: z.string().optional(),
  activity: Activity.optional(), // converted by rules/ when present …
  certifiedHours: z.number().min(0).finite().optional(), // … or the hours stated on the certificate
  evidenceNames: z.array(z.string()).default([]), // file names listed at import (佐证材料), matched to files later
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Entry = z.infer<typeof Entry>;

export const EvidenceKind = z.enum(['activity', 'recognition-form']); // 活动材料 / 学时认定单 (covers whole years)
export const Evidence = z.object({
  id: z.string().min(1),
  profileId: z.string().min(1),
  entryId: z.string().optional(),
  kind: EvidenceKind.default('activity'),
  years: z.array(z.number().int()), // the years this file proves
  name: z.string().min(1),
  type: z.string(), // MIME type
  size: z.number().int().min(0),
  bytes: z.instanceof(ArrayBuffer), // stored as bytes: Blobs do not survive every IndexedDB implementation
  addedAt: z.number(),
  /** What the file is (材料类型: 通知, 签到表, 结业证书 …) as the user confirmed it; absent = guessed from the name. */
  materials: z.array(MaterialTag).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Settings = z.object({
  activeProfileId: z.string().optional(),
  remindersEnabled: z.boolean().default(false),
  lastBackupAt: z.number().optional(), // when the user last saved a full backup (epoch ms)
  uiLanguage: z.enum(['zh-CN', 'en']).optional(), // absent = zh-CN (Chinese first, whatever the browser's locale)
});
export type Settings = z.infer<typeof Settings>;
