// Messages between the portal content script and the background (which alone can open the ledger's IndexedDB).
// Both sides parse with these schemas.
import { z } from 'zod';
import { Degree, FiledYearRow, Finding, PolicyId, TitleLevel } from '../rules/schema';
import { MaterialTag } from '../rules/materials';
import { ActivityEvidenceStatus } from './ledger/evidence-sets';

/**
 * The active person as every applicant screen may see them: no full ID number, no phone (those go only to a fill that
 * asks for them, `portal:applicant-fields`).
 */
export const PortalProfile = z.object({
  id: z.string(),
  name: z.string(),
  /** 430104********1234 (utils/mask.ts maskIdNumber), as the panel shows it. */
  maskedIdNumber: z.string().optional(),
  policyId: PolicyId,
  policyName: z.string().optional(),
  titleLevel: TitleLevel,
  degree: Degree.optional(),
  reviewYear: z.number().int(),
});
export type PortalProfile = z.infer<typeof PortalProfile>;

export const PortalSpan = z.union([
  z.object({
    years: z.array(z.number().int()),
    extrapolated: z.boolean(),
    citation: z.string(),
    /** Set when these are the person's own years, where the rule set leaves the span open (its reason and sentence). */
    ownSpan: z.object({ reason: z.string(), quote: z.string().optional(), citation: z.string().optional() }).optional(),
  }),
  z.object({ years: z.null(), reason: z.string() }),
]);
export type PortalSpan = z.infer<typeof PortalSpan>;

/** A ledger row to file (rules' aggregation) with what the ledger holds for it. */
export const PortalYearRow = FiledYearRow.extend({
  entryCount: z.number().int().min(0),
  evidenceCount: z.number().int().min(0),
});
export type PortalYearRow = z.infer<typeof PortalYearRow>;

export const EvidenceFileInfo = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number().int().min(0),
  kind: z.enum(['activity', 'recognition-form']),
  years: z.array(z.number().int()),
  /** What the file is (材料类型): the user's tags, or a guess from the name (`guessed`). */
  materials: z.array(MaterialTag).optional(),
  guessed: z.boolean().optional(),
});
export type EvidenceFileInfo = z.infer<typeof EvidenceFileInfo>;

/** One activity of a year without a file of its own, and the sets of materials (any one set will do) the rules ask for. */
export const EvidenceNeed = z.object({ name: z.string(), form: z.string(), sets: z.array(z.array(z.string())) });
export type EvidenceNeed = z.infer<typeof EvidenceNeed>;

export const YearEvidence = z.object({
  year: z.number().int(),
  /** How many files the ledger holds for the year (names and bytes come one message at a time, see below). */
  fileCount: z.number().int().min(0),
  /**
   * What the rules still ask for this year's activities that have no file (empty when covered), as data the receiver
   * words (utils/portal/evidence-need.ts): the activity's name and 继续教育形式 as the ledger holds them, and the sets of
   * materials the rules name (their official words; empty when the rules name none for that form).
   */
  missing: z.array(EvidenceNeed),
  /** A 学时认定单 covering this year is held: it stands for the year's evidence. */
  coveredByRecognitionForm: z.boolean(),
  /** Each activity of the year: which set of materials its files complete, and what is missing (issue 12.3). */
  activities: z.array(ActivityEvidenceStatus).optional(),
});
export type YearEvidence = z.infer<typeof YearEvidence>;

export const PortalContext = z.object({
  profile: PortalProfile,
  span: PortalSpan,
  rows: z.array(PortalYearRow),
  evidence: z.array(YearEvidence),
  /** Findings of the ledger's own rows (for the panel's overview). */
  ledgerFindings: z.array(Finding).default([]),
  /**
   * Years an earlier 学时认定单 / 合格证明 proves (湘人社办函〔2025〕37号 三.(四) and the cities' same clause): no row is
   * filled for them and they are never missing. `text` names the form (zh-CN).
   */
  covered: z
    .array(z.object({ year: z.number().int(), title: z.string(), fileName: z.string(), from: z.number().int(), to: z.number().int(), citation: z.string(), text: z.string() }))
    .optional(),
});
export type PortalContext = z.infer<typeof PortalContext>;

/**
 * Every answer may be a refusal (wrong sender, no active person, unknown file, malformed request): never data. It is a
 * code with its parameters, not a sentence: the receiver words it in its own UI language (utils/portal/messaging.ts
 * refusalText, the i18n-panel keys refusal*). `no-answer`, `reviewer-screen` and `no-background` are the content
 * script's own (the message failed; a reviewer screen never asks for the ledger; features run without their bundle,
 * as in unit tests, have no background to ask), reported the same way.
 */
export const Refusal = z.discriminatedUnion('code', [
  z.object({
    ok: z.literal(false),
    code: z.enum(['no-profile', 'not-our-message', 'not-portal-page', 'bad-request', 'no-such-file', 'reviewer-screen', 'no-background']),
  }),
  /** The file is too big to hand to the page (MAX_FILE_MESSAGE_BYTES); `name` is the file's name. */
  z.object({ ok: z.literal(false), code: z.literal('file-too-big'), params: z.object({ name: z.string() }) }),
  /** Reading the ledger threw (`ledger-error`) or the message itself failed (`no-answer`); `message` is the error's. */
  z.object({ ok: z.literal(false), code: z.enum(['ledger-error', 'no-answer']), params: z.object({ message: z.string() }) }),
]);
export type Refusal = z.infer<typeof Refusal>;
export type RefusalCode = Refusal['code'];

export const ContextRequest = z.object({ type: z.literal('portal:context') });
export const ContextResponse = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), context: PortalContext }), Refusal]);
export type ContextResponse = z.infer<typeof ContextResponse>;

/** What the 申报相关信息 fill writes: the only answer carrying the full ID number and the phone. */
export const ApplicantFields = z.object({
  profileId: z.string(),
  name: z.string(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  employer: z.string().optional(),
  titleLevel: TitleLevel,
  degree: Degree.optional(),
  ethnicity: z.string().optional(),
  employerType: z.string().optional(),
  category: z.string().optional(),
  subSpecialty: z.string().optional(),
  region: z.string().optional(),
});
export type ApplicantFields = z.infer<typeof ApplicantFields>;
export const ApplicantFieldsRequest = z.object({ type: z.literal('portal:applicant-fields') });
export const ApplicantFieldsResponse = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), fields: ApplicantFields }), Refusal]);
export type ApplicantFieldsResponse = z.infer<typeof ApplicantFieldsResponse>;

/** A year's evidence files, without their bytes. */
export const EvidenceListRequest = z.object({
  type: z.literal('portal:evidence-list'),
  year: z.number().int(),
  /** Also the person's 学历信息 and 委托审批函 files, whatever their years (variant B's 申报材料上传 asks for them). */
  personal: z.boolean().optional(),
});
export const EvidenceListResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), year: z.number().int(), files: z.array(EvidenceFileInfo) }),
  Refusal,
]);
export type EvidenceListResponse = z.infer<typeof EvidenceListResponse>;

/**
 * One file's bytes by id (base64: runtime messages are JSON in Chrome). One file per message keeps each far below
 * Chrome's 64 MiB message limit (a 20 MB scan is ~27 MB of base64), whatever a year holds.
 */
export const EvidenceFileRequest = z.object({ type: z.literal('portal:evidence-file'), id: z.string().min(1) });
export const EvidenceFile = EvidenceFileInfo.pick({ id: true, name: true, type: true, size: true }).extend({ base64: z.string() });
export type EvidenceFile = z.infer<typeof EvidenceFile>;
export const EvidenceFileResponse = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), file: EvidenceFile }), Refusal]);
export type EvidenceFileResponse = z.infer<typeof EvidenceFileResponse>;

/** Requests of the portal content script; the background answers them only from a portal page of this extension. */
export const PortalRequest = z.discriminatedUnion('type', [ContextRequest, ApplicantFieldsRequest, EvidenceListRequest, EvidenceFileRequest]);
export type PortalRequest = z.infer<typeof PortalRequest>;
