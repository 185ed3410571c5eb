// Content-script side of the messages to the background, parsed with zod both ways.
import { browser } from 'wxt/browser';
import {
  ContextResponse,
  EvidenceFilesResponse,
  type EvidenceFile,
  type PortalContext,
  type PortalRequest,
} from '../messages';

export type ContextState =
  | { status: 'loading' }
  | { status: 'ready'; context: PortalContext }
  | { status: 'none'; reason: string };

async function send(request: PortalRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export async function requestContext(): Promise<ContextState> {
  try {
    const res = ContextResponse.parse(await send({ type: 'portal:context' }));
    return res.ok ? { status: 'ready', context: res.context } : { status: 'none', reason: res.reason };
  } catch (e) {
    return { status: 'none', reason: `读取台账失败：${e instanceof Error ? e.message : String(e)}` };
  }
}

export async function requestEvidenceFiles(year: number): Promise<EvidenceFile[]> {
  const res = EvidenceFilesResponse.parse(await send({ type: 'portal:evidence-files', year }));
  if (!res.ok) throw new Error(res.reason);
  return res.files;
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
