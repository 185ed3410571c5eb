// Messages between the portal content script and the background (which alone can open the ledger's IndexedDB).
// Both sides parse with these schemas.
import { z } from 'zod';
import { Degree, FiledYearRow, Finding, PolicyId, TitleLevel } from '../rules/schema';

export const PortalProfile = z.object({
  id: z.string(),
  name: z.string(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  employer: z.string().optional(),
  policyId: PolicyId,
  policyName: z.string().optional(),
  titleLevel: TitleLevel,
  degree: Degree.optional(),
  reviewYear: z.number().int(),
});
export type PortalProfile = z.infer<typeof PortalProfile>;

export const PortalSpan = z.union([
  z.object({ years: z.array(z.number().int()), extrapolated: z.boolean(), citation: z.string() }),
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
});
export type EvidenceFileInfo = z.infer<typeof EvidenceFileInfo>;

export const YearEvidence = z.object({
  year: z.number().int(),
  files: z.array(EvidenceFileInfo),
  /** zh-CN lines: what the rules still ask for this year's activities (empty when covered). */
  missing: z.array(z.string()),
  /** A 学时认定单 covering this year is held: it stands for the year's evidence. */
  coveredByRecognitionForm: z.boolean(),
});
export type YearEvidence = z.infer<typeof YearEvidence>;

export const PortalContext = z.object({
  profile: PortalProfile,
  span: PortalSpan,
  rows: z.array(PortalYearRow),
  evidence: z.array(YearEvidence),
  /** Findings of the ledger's own rows (for the panel's overview). */
  ledgerFindings: z.array(Finding).default([]),
});
export type PortalContext = z.infer<typeof PortalContext>;

export const ContextRequest = z.object({ type: z.literal('portal:context') });
export const ContextResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), context: PortalContext }),
  z.object({ ok: z.literal(false), reason: z.string() }), // e.g. no active profile
]);
export type ContextResponse = z.infer<typeof ContextResponse>;

export const EvidenceFilesRequest = z.object({ type: z.literal('portal:evidence-files'), year: z.number().int() });
export const EvidenceFile = z.object({ name: z.string(), type: z.string(), size: z.number().int(), base64: z.string() });
export type EvidenceFile = z.infer<typeof EvidenceFile>;
export const EvidenceFilesResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), files: z.array(EvidenceFile) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type EvidenceFilesResponse = z.infer<typeof EvidenceFilesResponse>;

export const PortalRequest = z.discriminatedUnion('type', [ContextRequest, EvidenceFilesRequest]);
export type PortalRequest = z.infer<typeof PortalRequest>;
