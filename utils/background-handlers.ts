// Background side of the messages the content script sends (it runs in the portal's origin and cannot open the
// extension's IndexedDB itself). Every request and answer is parsed with utils/messages.ts.
import { browser } from 'wxt/browser';
import { evidenceRequirements, listPolicies } from '../rules/index';
import { openLedger, type Ledger } from './ledger/db';
import { profileFindings, profileSpan, profileYearRows } from './ledger/hours';
import type { Entry, Evidence, Profile } from './ledger/schema';
import {
  ContextResponse,
  EvidenceFilesResponse,
  PortalRequest,
  type EvidenceFileInfo,
  type PortalContext,
  type YearEvidence,
} from './messages';

let ledgerPromise: Promise<Ledger> | null = null;
function ledger(): Promise<Ledger> {
  ledgerPromise ??= openLedger().catch((e: unknown) => {
    ledgerPromise = null;
    throw e;
  });
  return ledgerPromise;
}

function fileInfo(ev: Evidence): EvidenceFileInfo {
  return { id: ev.id, name: ev.name, type: ev.type, size: ev.size, kind: ev.kind, years: ev.years };
}

/** The years an entry counts for (a ranged activity such as 三援 may cover several). */
function entryYears(entry: Entry): number[] {
  const a = entry.activity;
  if (a && 'start' in a && 'end' in a) {
    const from = Number(a.start.slice(0, 4));
    const to = Number(a.end.slice(0, 4));
    return Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => from + i);
  }
  return [entry.year];
}

/** What each year's activities still need as evidence (zh-CN lines), and the files held for the year. */
export function yearEvidence(profile: Profile, years: number[], entries: Entry[], evidence: Evidence[]): YearEvidence[] {
  return years.map((year) => {
    const files = evidence.filter((ev) => ev.years.includes(year));
    const covered = files.some((f) => f.kind === 'recognition-form');
    const missing: string[] = [];
    if (!covered) {
      for (const entry of entries.filter((e) => entryYears(e).includes(year))) {
        const linked = evidence.some((ev) => ev.entryId === entry.id) || entry.evidenceNames.some((n) => files.some((f) => f.name === n));
        if (linked) continue;
        let need: string[][] | undefined;
        try {
          need = evidenceRequirements(profile.policyId, entry.form);
        } catch {
          need = undefined;
        }
        const what = need?.length ? need.map((set) => set.join('＋')).join('，或 ') : '对应的证明材料';
        missing.push(`“${entry.name}”（${entry.form || '形式未填'}）：需 ${what}`);
      }
    }
    return { year, files: files.map(fileInfo), missing, coveredByRecognitionForm: covered };
  });
}

export async function portalContext(): Promise<ContextResponse> {
  const db = await ledger();
  const profile = await db.getActiveProfile();
  if (!profile) return { ok: false, reason: '台账里还没有申报人：请先在学时助手的设置页导入台账' };
  const [entries, evidence] = await Promise.all([db.listEntries(profile.id), db.listEvidence(profile.id)]);
  const rows = profileYearRows(profile, entries, evidence);
  const span = profileSpan(profile);
  const years = [...new Set([...(span.years ?? []), ...rows.map((r) => r.year)])].sort((a, b) => a - b);
  const policyName = listPolicies().find((p) => p.id === profile.policyId);
  const context: PortalContext = {
    profile: {
      id: profile.id,
      name: profile.name,
      idNumber: profile.idNumber,
      phone: profile.phone,
      employer: profile.employer,
      policyId: profile.policyId,
      policyName: policyName ? `${policyName.name}（${policyName.docNumber}）` : undefined,
      titleLevel: profile.titleLevel,
      degree: profile.degree,
      reviewYear: profile.reviewYear,
    },
    span,
    rows,
    evidence: yearEvidence(profile, years, entries, evidence),
    ledgerFindings: profileFindings(profile, rows),
  };
  return ContextResponse.parse({ ok: true, context });
}

function toBase64(bytes: ArrayBuffer): string {
  const u8 = new Uint8Array(bytes);
  let bin = '';
  for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(bin);
}

export async function evidenceFiles(year: number): Promise<EvidenceFilesResponse> {
  const db = await ledger();
  const profile = await db.getActiveProfile();
  if (!profile) return { ok: false, reason: '台账里还没有申报人' };
  const evidence = (await db.listEvidence(profile.id)).filter((ev) => ev.years.includes(year));
  return EvidenceFilesResponse.parse({
    ok: true,
    files: evidence.map((ev) => ({ name: ev.name, type: ev.type, size: ev.size, base64: toBase64(ev.bytes) })),
  });
}

export async function handlePortalRequest(message: unknown): Promise<unknown> {
  const req = PortalRequest.safeParse(message);
  if (!req.success) return undefined;
  try {
    if (req.data.type === 'portal:context') return await portalContext();
    return await evidenceFiles(req.data.year);
  } catch (e) {
    return { ok: false, reason: `读取台账出错：${e instanceof Error ? e.message : String(e)}` };
  }
}

export function installMessageHandlers(): void {
  // Written once for webextension-polyfill (wxt.config.ts): the answer is the listener's promise, in Chrome as in Firefox.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!PortalRequest.safeParse(message).success) return undefined; // not ours: let other listeners answer
    return handlePortalRequest(message);
  });
}
