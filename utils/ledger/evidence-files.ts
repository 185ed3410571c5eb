// Evidence files: the portal's limits (jpg, jpeg, png, doc, docx, pdf; at most 20 MB each) checked before storing.
import { portalUpload } from '../../rules/policies/text-2025';
import { newId } from './db';
import type { Evidence } from './records';

/** 「不超过20M」 as 20,000,000 bytes: the reading that never lets through a file the portal refuses (rules/README.md). */
export const EVIDENCE_MAX_BYTES = portalUpload.maxBytes;
export const EVIDENCE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'doc', 'docx', 'pdf'] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',');

const MIME_BY_EXT: Record<(typeof EVIDENCE_EXTENSIONS)[number], string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function extensionOf(name: string): string {
  const m = /\.([^.]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** Why the portal would refuse this file (zh-CN), or undefined. */
export function evidenceProblem(name: string, size: number): string | undefined {
  const ext = extensionOf(name);
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(ext)) return `“${name}”的格式网厅不接受：只能上传 jpg、jpeg、png、doc、docx、pdf 文件`;
  if (size > EVIDENCE_MAX_BYTES) {
    return `“${name}”有 ${size.toLocaleString('en-US')} 字节，超过网厅“不超过20M”的上限（助手按 ${EVIDENCE_MAX_BYTES.toLocaleString('en-US')} 字节算，以免网厅拒收）`;
  }
  if (size === 0) return `“${name}”是空文件`;
  return undefined;
}

export function evidenceMime(name: string, given?: string): string {
  const ext = extensionOf(name) as keyof typeof MIME_BY_EXT;
  return MIME_BY_EXT[ext] ?? (given || 'application/octet-stream');
}

export interface FileLike {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Builds the evidence record of a chosen file; throws the zh-CN problem when the portal would refuse it. */
export async function evidenceFromFile(
  file: FileLike,
  link: { profileId: string; entryId?: string; years: number[]; kind?: Evidence['kind'] },
  now = Date.now(),
): Promise<Evidence> {
  const problem = evidenceProblem(file.name, file.size);
  if (problem) throw new Error(problem);
  const bytes = await file.arrayBuffer();
  return {
    id: newId(),
    profileId: link.profileId,
    entryId: link.entryId,
    kind: link.kind ?? 'activity',
    years: link.years,
    name: file.name,
    type: evidenceMime(file.name, file.type),
    size: bytes.byteLength,
    bytes,
    addedAt: now,
  };
}

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, '').trim().toLowerCase();
}

/**
 * Which activity each chosen file belongs to, by the file names listed in the 佐证材料 column: exact name first,
 * then the same name ignoring case and extension. Files no activity lists are left out.
 */
export function matchEvidenceFiles<E extends { id: string; year: number; evidenceNames: string[] }>(entries: E[], fileNames: string[]): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const fileName of fileNames) {
    let hits = entries.filter((e) => e.evidenceNames.includes(fileName));
    if (!hits.length) hits = entries.filter((e) => e.evidenceNames.some((n) => baseName(n) === baseName(fileName)));
    if (hits.length) out.set(fileName, hits);
  }
  return out;
}
