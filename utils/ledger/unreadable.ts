// Records the schemas refuse: named in zh-CN for the options page, and carried into a backup as they are stored.
import { z } from 'zod';
import { Entry, Evidence, Profile, Settings } from './records';

export type StoreName = 'profiles' | 'entries' | 'evidence' | 'settings';
export const STORE_NAMES = ['profiles', 'entries', 'evidence', 'settings'] as const satisfies readonly StoreName[];

export const STORE_SCHEMA = { profiles: Profile, entries: Entry, evidence: Evidence, settings: Settings } as const;

/** A stored record that fails its schema: skipped by every read, reported, and kept in backups. */
export interface UnreadableRecord {
  store: StoreName;
  /** Its IndexedDB key, as text. */
  key: string;
  /** zh-CN: which record, e.g. 李明的活动“桥梁检测培训”（2024年）. */
  label: string;
  /** zh-CN: what is wrong, naming the fields, e.g. 学时：应不小于 0（现为 -3）. */
  problem: string;
  /** The record as it is stored. */
  raw: unknown;
}

const FIELD: Record<StoreName, Record<string, string>> = {
  profiles: {
    id: '编号',
    name: '姓名',
    idNumber: '证件号码',
    phone: '电话',
    employer: '单位名称',
    policyId: '适用文件',
    titleLevel: '职称级别',
    degree: '学历',
    reviewYear: '评审年度',
    createdAt: '创建时间',
  },
  entries: {
    id: '编号',
    profileId: '所属人员',
    name: '名称',
    form: '继续教育形式',
    year: '年度',
    date: '日期',
    category: '科目类别',
    provider: '举办单位',
    notes: '备注',
    activity: '活动内容',
    certifiedHours: '学时',
    evidenceNames: '佐证材料',
    createdAt: '创建时间',
    updatedAt: '修改时间',
  },
  evidence: {
    id: '编号',
    profileId: '所属人员',
    entryId: '所属活动',
    kind: '类型',
    years: '年度',
    name: '文件名',
    type: '文件类型',
    size: '大小',
    bytes: '文件内容',
    addedAt: '添加时间',
  },
  settings: { activeProfileId: '当前人员', remindersEnabled: '提醒', lastBackupAt: '上次备份时间', uiLanguage: '界面语言' },
};

function shortValue(v: unknown): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.length > 30 ? `“${v.slice(0, 30)}…”` : `“${v}”`;
  return undefined;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const HAS_CJK = /[\u4e00-\u9fff]/;

function issueText(issue: z.core.$ZodIssue, value: unknown): string {
  if (HAS_CJK.test(issue.message)) return issue.message; // our own zh-CN messages (名称不能为空 …)
  const now = shortValue(value);
  const was = now === undefined ? '' : `（现为 ${now}）`;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? '缺少' : `类型不对${was}`;
    case 'too_small':
      return typeof value === 'string' || Array.isArray(value) ? '不能为空' : `应不小于 ${String(issue.minimum)}${was}`;
    case 'too_big':
      return `应不大于 ${String(issue.maximum)}${was}`;
    case 'invalid_value':
      return `取值无效${was}`;
    case 'invalid_format':
      return `格式不对${was}`;
    case 'not_multiple_of':
      return `应为整数${was}`;
    case 'invalid_union':
      return `内容无效${was}`;
    default:
      return `无效${was}`;
  }
}

/** The schema's complaints about one record in zh-CN, each naming its field: “学时：应不小于 0（现为 -3）”. */
export function describeProblem(store: StoreName, error: z.ZodError, raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return '不是有效的记录';
  const parts = error.issues.slice(0, 4).map((issue) => {
    const [head, ...rest] = issue.path;
    const field = head === undefined ? '' : (FIELD[store][String(head)] ?? String(head));
    const where = field ? `${field}${rest.length ? `（${rest.map(String).join('.')}）` : ''}：` : '';
    return where + issueText(issue, valueAt(raw, issue.path));
  });
  if (error.issues.length > 4) parts.push(`等 ${error.issues.length} 处`);
  return parts.join('；');
}

/** Which record, in zh-CN, from whatever of its fields can still be read. */
export function recordLabel(store: StoreName, raw: unknown, key: string, personName: (profileId: string) => string | undefined): string {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const owner = typeof r.profileId === 'string' ? personName(r.profileId) : undefined;
  const whose = owner ? `${owner}的` : '';
  const name = text(r.name);
  switch (store) {
    case 'profiles':
      return name ? `人员“${name}”` : `人员（编号 ${key}）`;
    case 'entries': {
      const year = typeof r.year === 'number' ? `（${r.year}年）` : '';
      return name ? `${whose}活动“${name}”${year}` : `${whose}活动（编号 ${key}）${year}`;
    }
    case 'evidence':
      return name ? `${whose}佐证文件“${name}”` : `${whose}佐证文件（编号 ${key}）`;
    case 'settings':
      return '设置';
  }
}

/** A stored record its schema refused (`error`), named and described. */
export function unreadableRecord(store: StoreName, key: string, raw: unknown, error: z.ZodError, personName: (profileId: string) => string | undefined): UnreadableRecord {
  return { store, key, label: recordLabel(store, raw, key, personName), problem: describeProblem(store, error, raw), raw };
}

/** Settings as far as they can be read: each field that fails is left at its default (and reported elsewhere). */
export function salvageSettings(raw: unknown): Settings {
  const whole = Settings.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = {};
  if (raw !== null && typeof raw === 'object') {
    for (const [field, schema] of Object.entries(Settings.shape)) {
      const r = z.safeParse(schema, (raw as Record<string, unknown>)[field]);
      if (r.success) out[field] = r.data;
    }
  }
  return Settings.parse(out);
}

// ---- raw records in a backup (JSON) ------------------------------------------------------------

/**
 * JSON for any value IndexedDB can hold (structured clone): bytes, dates, big integers, maps, sets and numbers JSON
 * has no word for are tagged `{ "$type": … }`; a plain object that itself has a `$type` key is wrapped too.
 */
export type RawJson = null | boolean | number | string | RawJson[] | { [key: string]: RawJson };

function bytesBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

function base64Bytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function rawToJson(v: unknown): Promise<RawJson> {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v === undefined) return { $type: 'undefined' };
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $type: 'number', value: String(v) };
  if (typeof v === 'bigint') return { $type: 'bigint', value: v.toString() };
  if (v instanceof ArrayBuffer) return { $type: 'bytes', base64: bytesBase64(new Uint8Array(v)) };
  if (ArrayBuffer.isView(v)) return { $type: 'bytes', view: v.constructor.name, base64: bytesBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
  if (typeof Blob !== 'undefined' && v instanceof Blob) return { $type: 'blob', type: v.type, base64: bytesBase64(new Uint8Array(await v.arrayBuffer())) };
  if (v instanceof Date) return { $type: 'date', value: Number.isNaN(v.getTime()) ? null : v.toISOString() };
  if (v instanceof Map) return { $type: 'map', entries: await Promise.all([...v].map(async ([k, x]) => [await rawToJson(k), await rawToJson(x)])) };
  if (v instanceof Set) return { $type: 'set', values: await Promise.all([...v].map(rawToJson)) };
  if (Array.isArray(v)) return Promise.all(v.map(rawToJson));
  if (typeof v === 'object') {
    const entries = await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await rawToJson(x)] as const));
    if ('$type' in v) return { $type: 'object', entries: entries.map(([k, x]) => [k, x]) };
    return Object.fromEntries(entries);
  }
  return String(v);
}

/** The inverse of `rawToJson` (a tagged Blob comes back as its bytes, which is how the ledger stores files). */
export function jsonToRaw(j: unknown): unknown {
  if (j === null || typeof j !== 'object') return j;
  if (Array.isArray(j)) return j.map(jsonToRaw);
  const o = j as Record<string, unknown>;
  switch (o.$type) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number(o.value);
    case 'bigint':
      return typeof o.value === 'string' ? BigInt(o.value) : undefined;
    case 'bytes':
    case 'blob':
      return typeof o.base64 === 'string' ? base64Bytes(o.base64).buffer : undefined;
    case 'date':
      return new Date(typeof o.value === 'string' ? o.value : NaN);
    case 'map':
      return new Map((Array.isArray(o.entries) ? o.entries : []).map((e: unknown) => (Array.isArray(e) ? [jsonToRaw(e[0]), jsonToRaw(e[1])] : [undefined, undefined])));
    case 'set':
      return new Set((Array.isArray(o.values) ? o.values : []).map(jsonToRaw));
    case 'object':
      return Object.fromEntries((Array.isArray(o.entries) ? o.entries : []).filter(Array.isArray).map((e: unknown[]) => [String(e[0]), jsonToRaw(e[1])]));
    default:
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, jsonToRaw(x)]));
  }
}
