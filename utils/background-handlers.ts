// Background side of the messages the content script sends (it runs in the portal's origin and cannot open the
// extension's IndexedDB itself). Every request and answer is parsed with utils/messages.ts.
// Each answer carries what one screen needs: the context has no full ID number or phone (only the 申报相关信息 fill
// asks for them), and evidence bytes go one file per message. Only our own content script on a portal page is
// answered; anything else gets a refusal before the ledger is opened.
import { browser } from 'wxt/browser';
import { evidenceRequirements, listPolicies } from '../rules/index';
import { maskIdNumber } from './mask';
import { bytesToBase64 } from './base64';
import { openLedger, type Ledger } from './ledger/db';
import { coverageText, coveredYears, profileFindings, profileSpan, profileYearRows } from './ledger/hours';
import type { Entry, Evidence, Profile } from './ledger/records';
import { entryYearsOf, fileMaterials, yearActivitiesEvidence } from './ledger/evidence-sets';
import { isPortalUrl } from './portal/portal-url';
import {
  ApplicantFieldsResponse,
  ContextResponse,
  EvidenceFileResponse,
  EvidenceListResponse,
  PortalRequest,
  type EvidenceFileInfo,
  type EvidenceNeed,
  type PortalContext,
  type Refusal,
  type RefusalCode,
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
  const { tags, guessed } = fileMaterials(ev);
  return { id: ev.id, name: ev.name, type: ev.type, size: ev.size, kind: ev.kind, years: ev.years, materials: tags, guessed };
}

/** What each year's activities still need as evidence (data, worded by the panel), and the files held for the year. */
export function yearEvidence(profile: Profile, years: number[], entries: Entry[], evidence: Evidence[]): YearEvidence[] {
  return years.map((year) => {
    const files = evidence.filter((ev) => ev.years.includes(year));
    const covered = files.some((f) => f.kind === 'recognition-form');
    const missing: EvidenceNeed[] = [];
    if (!covered) {
      for (const entry of entries.filter((e) => entryYearsOf(e).includes(year))) {
        const linked = evidence.some((ev) => ev.entryId === entry.id) || entry.evidenceNames.some((n) => files.some((f) => f.name === n));
        if (linked) continue;
        let sets: string[][] = [];
        try {
          sets = evidenceRequirements(profile.policyId, entry.form) ?? [];
        } catch {
          sets = [];
        }
        missing.push({ name: entry.name, form: entry.form, sets });
      }
    }
    return { year, fileCount: files.length, missing, coveredByRecognitionForm: covered, activities: yearActivitiesEvidence(profile, year, entries, evidence) };
  });
}


export async function portalContext(): Promise<ContextResponse> {
  const db = await ledger();
  const profile = await db.getActiveProfile();
  if (!profile) return { ok: false, code: 'no-profile' };
  const [entries, evidence] = await Promise.all([db.listEntries(profile.id), db.listEvidence(profile.id)]);
  const rows = profileYearRows(profile, entries, evidence);
  const span = profileSpan(profile);
  const years = [...new Set([...(span.years ?? []), ...rows.map((r) => r.year)])].sort((a, b) => a - b);
  const policyName = listPolicies().find((p) => p.id === profile.policyId);
  const context: PortalContext = {
    profile: {
      id: profile.id,
      name: profile.name,
      maskedIdNumber: profile.idNumber ? maskIdNumber(profile.idNumber) : undefined,
      policyId: profile.policyId,
      policyName: policyName ? `${policyName.name}（${policyName.docNumber}）` : undefined,
      titleLevel: profile.titleLevel,
      degree: profile.degree,
      reviewYear: profile.reviewYear,
    },
    span,
    rows,
    evidence: yearEvidence(profile, years, entries, evidence),
    ledgerFindings: profileFindings(profile, rows, evidence),
    covered: [...coveredYears(profile, evidence).values()]
      .sort((a, b) => a.year - b.year)
      .map(({ year, title, fileName, from, to, citation }) => ({ year, title, fileName, from, to, citation, text: coverageText({ year, title, fileName, from, to, citation, evidenceId: '' }) })),
  };
  return ContextResponse.parse({ ok: true, context });
}

/** The one answer with the full ID number and phone: for the 申报相关信息 fill, when it fills. */
export async function applicantFields(): Promise<ApplicantFieldsResponse> {
  const profile = await (await ledger()).getActiveProfile();
  if (!profile) return { ok: false, code: 'no-profile' };
  const { id: profileId, name, idNumber, phone, employer, titleLevel, degree, ethnicity, employerType, category, subSpecialty, region } = profile;
  return ApplicantFieldsResponse.parse({
    ok: true,
    fields: { profileId, name, idNumber, phone, employer, titleLevel, degree, ethnicity, employerType, category, subSpecialty, region },
  });
}

/** The active person's files for `year`: ids, names, types and sizes, no bytes. */
export async function evidenceList(year: number, personal = false): Promise<EvidenceListResponse> {
  const db = await ledger();
  const profile = await db.getActiveProfile();
  if (!profile) return { ok: false, code: 'no-profile' };
  const isPersonal = (ev: Evidence) => personal && fileMaterials(ev).tags.some((t) => t === 'education' || t === 'entrustment');
  const files = (await db.listEvidence(profile.id)).filter((ev) => ev.years.includes(year) || isPersonal(ev)).map(fileInfo);
  return EvidenceListResponse.parse({ ok: true, year, files });
}

/** Base64 of more than this could come near Chrome's 64 MiB message limit; the portal takes 20 MB at most anyway. */
export const MAX_FILE_MESSAGE_BYTES = 40 * 1024 * 1024;

/** One file of the active person, by id; any other id (unknown, another person's) is refused. */
export async function evidenceFile(id: string): Promise<EvidenceFileResponse> {
  const db = await ledger();
  const profile = await db.getActiveProfile();
  if (!profile) return { ok: false, code: 'no-profile' };
  const ev = await db.getEvidence(id);
  if (!ev || ev.profileId !== profile.id) return { ok: false, code: 'no-such-file' };
  if (ev.bytes.byteLength > MAX_FILE_MESSAGE_BYTES) return { ok: false, code: 'file-too-big', params: { name: ev.name } };
  return EvidenceFileResponse.parse({ ok: true, file: { id: ev.id, name: ev.name, type: ev.type, size: ev.bytes.byteLength, base64: bytesToBase64(ev.bytes) } });
}

/** What a message's sender says about itself (runtime.MessageSender, the fields we read). */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Why `sender` may not have ledger data, or null: only our own content script, in a tab, on a portal page. */
export function senderProblem(sender: MessageSenderInfo | undefined): Extract<RefusalCode, 'not-our-message' | 'not-portal-page'> | null {
  if (!sender || sender.id !== browser.runtime.id) return 'not-our-message';
  if (!sender.tab || !isPortalUrl(sender.url)) return 'not-portal-page';
  return null;
}

/** A message meant for these handlers (its type says so), well-formed or not. */
function isPortalMessage(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('portal:');
}

/**
 * Answers a portal message; undefined for messages that are not ours (other listeners may answer them). A wrong sender
 * or a malformed request gets a refusal, never data.
 */
export async function handlePortalRequest(message: unknown, sender: MessageSenderInfo | undefined): Promise<unknown> {
  if (!isPortalMessage(message)) return undefined;
  const problem = senderProblem(sender);
  if (problem) return { ok: false, code: problem } satisfies Refusal;
  const req = PortalRequest.safeParse(message);
  if (!req.success) return { ok: false, code: 'bad-request' } satisfies Refusal;
  try {
    switch (req.data.type) {
      case 'portal:context':
        return await portalContext();
      case 'portal:applicant-fields':
        return await applicantFields();
      case 'portal:evidence-list':
        return await evidenceList(req.data.year, req.data.personal === true);
      case 'portal:evidence-file':
        return await evidenceFile(req.data.id);
    }
  } catch (e) {
    return { ok: false, code: 'ledger-error', params: { message: e instanceof Error ? e.message : String(e) } } satisfies Refusal;
  }
}

export function installMessageHandlers(): void {
  // Written once for webextension-polyfill (wxt.config.ts): the answer is the listener's promise, in Chrome as in Firefox.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isPortalMessage(message)) return undefined; // not ours: let other listeners answer
    return handlePortalRequest(message, sender);
  });
}
