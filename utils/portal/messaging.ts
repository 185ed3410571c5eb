// Content-script side of the messages to the background, parsed with zod both ways. Each call asks for what one
// screen needs: the context (no full ID number, no phone), the applicant fields for the 申报相关信息 fill, a year's
// evidence list, one evidence file by id.
import { browser } from 'wxt/browser';
import { base64ToBytes } from '../base64';
import {
  ApplicantFieldsResponse,
  ContextResponse,
  EvidenceFileResponse,
  EvidenceListResponse,
  type ApplicantFields,
  type EvidenceFileInfo,
  type PortalContext,
  type PortalRequest,
  type Refusal,
} from '../messages';
import { refusalText } from './message-text';

export type ContextState =
  | { status: 'loading' }
  | { status: 'ready'; context: PortalContext }
  /** No context: why, as a code the panel words in the UI language (refusalText). */
  | { status: 'none'; refusal: Refusal };

async function send(request: PortalRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export async function requestContext(): Promise<ContextState> {
  try {
    const res = ContextResponse.parse(await send({ type: 'portal:context' }));
    return res.ok ? { status: 'ready', context: res.context } : { status: 'none', refusal: res };
  } catch (e) {
    return { status: 'none', refusal: { ok: false, code: 'no-answer', params: { message: e instanceof Error ? e.message : String(e) } } };
  }
}

/** The active person's 证件号码, 联系电话 and the other 申报相关信息 values: ask only when about to fill them. */
export async function requestApplicantFields(): Promise<ApplicantFields> {
  const res = ApplicantFieldsResponse.parse(await send({ type: 'portal:applicant-fields' }));
  if (!res.ok) throw new Error(refusalText(res));
  return res.fields;
}

/** The ledger's files for `year`, without their bytes. */
export async function requestEvidenceList(year: number, personal = false): Promise<EvidenceFileInfo[]> {
  const res = EvidenceListResponse.parse(await send({ type: 'portal:evidence-list', year, ...(personal ? { personal } : {}) }));
  if (!res.ok) throw new Error(refusalText(res));
  return res.files;
}

/** One evidence file by id, as a File ready for the portal's upload control. */
export async function requestEvidenceFile(id: string): Promise<File> {
  const res = EvidenceFileResponse.parse(await send({ type: 'portal:evidence-file', id }));
  if (!res.ok) throw new Error(refusalText(res));
  return new File([base64ToBytes(res.file.base64)], res.file.name, { type: res.file.type });
}
