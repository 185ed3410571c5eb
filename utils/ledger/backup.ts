// Full backup of the ledger as one JSON file: profiles, activities, settings and every evidence file (base64, with SHA-256).
import { z } from 'zod';
import { Entry, Evidence, Profile, Settings } from './schema';
import type { Ledger, LedgerBatch } from './db';

export const BACKUP_FORMAT = 'xskr-ledger-backup';
export const BACKUP_VERSION = 1;

const EvidenceInBackup = Evidence.omit({ bytes: true }).extend({ base64: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  profiles: z.array(Profile),
  entries: z.array(Entry),
  evidence: z.array(EvidenceInBackup),
  settings: Settings.optional(),
});
export type Backup = z.infer<typeof Backup>;

export function bytesToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(out);
}

export function base64ToBytes(b64: string): ArrayBuffer {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
}

export async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function backupFromBatch(batch: Required<LedgerBatch>, now = new Date()): Promise<Backup> {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    profiles: batch.profiles,
    entries: batch.entries,
    evidence: await Promise.all(
      batch.evidence.map(async ({ bytes, ...meta }) => ({ ...meta, base64: bytesToBase64(bytes), sha256: await sha256Hex(bytes) })),
    ),
    settings: batch.settings,
  };
}

export async function makeBackup(ledger: Ledger, now = new Date()): Promise<string> {
  return JSON.stringify(await backupFromBatch(await ledger.dump(), now));
}

export function backupFileName(now = new Date()): string {
  const d = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `学时台账备份-${d}.xskr.json`;
}

export function isBackupText(text: string): boolean {
  return text.includes(`"${BACKUP_FORMAT}"`);
}

/** Parses and verifies a backup (every file's SHA-256); throws a zh-CN message when it is not one. */
export async function parseBackup(text: string): Promise<LedgerBatch> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('备份文件已损坏：不是有效的 JSON');
  }
  const r = Backup.safeParse(json);
  if (!r.success) throw new Error(`不是学时助手的备份文件，或版本不支持：${z.prettifyError(r.error).split('\n').slice(0, 3).join(' ')}`);
  const evidence: Evidence[] = [];
  for (const { base64, sha256, ...meta } of r.data.evidence) {
    const bytes = base64ToBytes(base64);
    if ((await sha256Hex(bytes)) !== sha256 || bytes.byteLength !== meta.size) throw new Error(`备份中的文件“${meta.name}”已损坏（校验值不符）`);
    evidence.push(Evidence.parse({ ...meta, bytes }));
  }
  const profileIds = new Set(r.data.profiles.map((p) => p.id));
  for (const e of [...r.data.entries, ...evidence]) {
    if (!profileIds.has(e.profileId)) throw new Error('备份不完整：有记录指向不存在的人员');
  }
  return { profiles: r.data.profiles, entries: r.data.entries, evidence, settings: r.data.settings };
}
