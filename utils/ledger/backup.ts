// Full backup of the ledger as one JSON file: profiles, activities, settings and every evidence file (base64, with SHA-256).
// A record the schemas refuse goes in too, as it is stored, under `unreadable`: a backup never leaves anything out.
import { z } from 'zod';
import { Entry, Evidence, Profile, Settings } from './records';
import type { Ledger, LedgerBatch } from './db';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { describeProblem, jsonToRaw, rawToJson, STORE_NAMES, STORE_SCHEMA, type UnreadableRecord } from './unreadable';

export const BACKUP_FORMAT = 'xskr-ledger-backup';
export const BACKUP_VERSION = 1;

const EvidenceInBackup = Evidence.omit({ bytes: true }).extend({ base64: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** A stored record the schemas refused, flagged, with the record as it was stored (see `rawToJson`). */
const UnreadableInBackup = z.object({
  unreadable: z.literal(true),
  store: z.enum(STORE_NAMES),
  key: z.string(),
  label: z.string(),
  problem: z.string(),
  record: z.json(),
});

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  profiles: z.array(Profile),
  entries: z.array(Entry),
  evidence: z.array(EvidenceInBackup),
  settings: Settings.optional(),
  // optional: older backups have none, and older versions of the extension ignore it
  unreadable: z.array(UnreadableInBackup).optional(),
});
export type Backup = z.infer<typeof Backup>;

export async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function backupFromBatch(batch: Required<LedgerBatch> & { unreadable?: UnreadableRecord[] }, now = new Date()): Promise<Backup> {
  const backup: Backup = {
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
  if (batch.unreadable?.length) {
    backup.unreadable = await Promise.all(
      batch.unreadable.map(async ({ store, key, label, problem, raw }) => ({ unreadable: true as const, store, key, label, problem, record: await rawToJson(raw) })),
    );
  }
  return backup;
}

/** Notes that a full backup was just saved, without touching any other setting (one transaction). */
export async function recordBackupTaken(ledger: Ledger, at = Date.now()): Promise<void> {
  await ledger.updateSettings((s) => ({ ...s, lastBackupAt: at }));
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

/** A backup read for restoring: what will be written, and (zh-CN) what will not be, with why. */
export interface RestorableBackup {
  batch: LedgerBatch;
  skipped: string[];
}

/**
 * Parses and verifies a backup (every file's SHA-256); throws a zh-CN message when it is not one. A record the
 * source ledger could not read is restored when this version's schemas accept it, else listed in `skipped` (it
 * stays in the backup file); so is a record whose person is not restored.
 */
export async function readBackup(text: string): Promise<RestorableBackup> {
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
    const bytes = base64ToBytes(base64).buffer;
    if ((await sha256Hex(bytes)) !== sha256 || bytes.byteLength !== meta.size) throw new Error(`备份中的文件“${meta.name}”已损坏（校验值不符）`);
    evidence.push(Evidence.parse({ ...meta, bytes }));
  }
  const batch: LedgerBatch = { profiles: [...r.data.profiles], entries: [...r.data.entries], evidence, settings: r.data.settings };
  const skipped: string[] = [];
  for (const u of r.data.unreadable ?? []) {
    const raw = jsonToRaw(u.record);
    const parsed = STORE_SCHEMA[u.store].safeParse(raw);
    if (u.store === 'settings' || !parsed.success) {
      const problem = parsed.success ? u.problem : describeProblem(u.store, parsed.error, raw);
      skipped.push(`${u.label}：${problem}（无法读取，不会恢复，仍保留在备份文件中）`);
    } else if (u.store === 'profiles') batch.profiles.push(parsed.data as Profile);
    else if (u.store === 'entries') batch.entries.push(parsed.data as Entry);
    else batch.evidence.push(parsed.data as Evidence);
  }
  const profileIds = new Set(batch.profiles.map((p) => p.id));
  const orphan = (e: { profileId: string }) => !profileIds.has(e.profileId);
  for (const e of batch.entries.filter(orphan)) skipped.push(`活动“${e.name}”（${e.year}年）：所属人员不在备份中或无法读取，不会恢复`);
  for (const e of batch.evidence.filter(orphan)) skipped.push(`佐证文件“${e.name}”：所属人员不在备份中或无法读取，不会恢复`);
  batch.entries = batch.entries.filter((e) => !orphan(e));
  batch.evidence = batch.evidence.filter((e) => !orphan(e));
  return { batch, skipped };
}

/** The records a backup restores (see `readBackup`). */
export async function parseBackup(text: string): Promise<LedgerBatch> {
  return (await readBackup(text)).batch;
}
