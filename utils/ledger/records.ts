// Records of the local ledger (IndexedDB). Parsed with these schemas on every read and write.
import { z } from 'zod';
import { Activity, Category } from '../../rules/schema';
import { MaterialTag } from '../../rules/materials';
import { OwnSpan, profileShape, settingsShape } from './records-core';

// The person and the settings are written once in zod/mini (records-core.ts), for the popup's first read too.
export { OwnSpan };
export type OwnSpan = z.infer<typeof OwnSpan>;

export const Profile = z.object(profileShape);
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

// remindersEnabled stays second, where it always was (a refused record's problems are listed in this order).
const { activeProfileId, ...laterSettings } = settingsShape;
export const Settings = z.object({ activeProfileId, remindersEnabled: z.boolean().default(false), ...laterSettings });
export type Settings = z.infer<typeof Settings>;
