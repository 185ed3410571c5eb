import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePortalRequest, yearEvidence, type MessageSenderInfo } from '../../../utils/background-handlers';
import { openLedger } from '../../../utils/ledger/db';
import {
  ApplicantFieldsResponse,
  ContextResponse,
  EvidenceFileResponse,
  EvidenceListResponse,
  type PortalRequest,
} from '../../../utils/messages';
import { evidenceNeedText, refusalText } from '../../../utils/portal/message-text';
import { sampleBatch, SAMPLE_ID_NUMBER } from '../../fixtures/sample/sample-data';

const PORTAL_PAGE = 'https://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/index.html#/xskr/apply';
/** Our content script in a portal tab. */
const portal = (): MessageSenderInfo => ({ id: fakeBrowser.runtime.id, url: PORTAL_PAGE, tab: { id: 7 } });
const ask = (message: unknown, ...sender: [MessageSenderInfo | undefined] | []) => handlePortalRequest(message, sender.length ? sender[0] : portal());

async function seed() {
  const db = await openLedger();
  await db.putBatch(sampleBatch());
  db.close();
}

const LI = sampleBatch().profiles[0];
const REQUESTS: PortalRequest[] = [
  { type: 'portal:context' },
  { type: 'portal:applicant-fields' },
  { type: 'portal:evidence-list', year: 2021 },
  { type: 'portal:evidence-file', id: 'sample-li-ming-2021-2-pdf' },
];

describe('background answers to the portal content script', () => {
  beforeEach(async () => {
    const db = await openLedger();
    await db.wipe();
    db.close();
  });

  it('says there is no profile yet instead of failing', async () => {
    const res = ContextResponse.parse(await ask({ type: 'portal:context' }));
    expect(res).toEqual({ ok: false, code: 'no-profile' });
    if (res.ok) return;
    // Worded by the panel in its UI language: the zh-CN sentence as before, an English one in English.
    expect(refusalText(res, 'zh-CN')).toBe('台账里还没有申报人：请先在学时助手的设置页导入台账');
    expect(refusalText(res, 'en')).toBe('No applicant in the ledger yet: import your ledger on the assistant’s options page first');
  });

  it('gives the active person’s span, yearly rows and evidence counts per year', async () => {
    await seed();
    const res = ContextResponse.parse(await ask({ type: 'portal:context' }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const { profile, span, rows, evidence } = res.context;
    expect(profile.name).toBe('李明');
    expect(span.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(rows.every((r) => r.totalHours === r.publicHours + r.professionalHours)).toBe(true);
    const y2020 = evidence.find((e) => e.year === 2020)!;
    expect(y2020.fileCount).toBe(1);
    // The online course and the conference of 2020 have no file of their own: the rules' materials are listed.
    expect(y2020.missing.length).toBeGreaterThan(0);
    const conference = y2020.missing.find((m) => m.form === '学术会议')!;
    expect(conference.sets.length).toBeGreaterThan(0);
    // The line the panel shows, in the zh-CN wording the background used to send and in English around the same words.
    const zh = evidenceNeedText(conference, 'zh-CN');
    expect(zh).toBe(`“${conference.name}”（学术会议）：需 ${conference.sets.map((s) => s.join('＋')).join('，或 ')}`);
    const en = evidenceNeedText(conference, 'en');
    expect(en).toBe(`“${conference.name}” (学术会议): needs ${conference.sets.map((s) => s.join('＋')).join(', or ')}`);
  });

  it('carries the ID number only masked in the context, and no phone', async () => {
    await seed();
    const raw = await ask({ type: 'portal:context' });
    const text = JSON.stringify(raw);
    expect(text).not.toContain(SAMPLE_ID_NUMBER);
    expect(text).not.toContain(LI.phone!);
    expect(text).not.toContain(LI.phone!.slice(-8)); // not even most of it
    const res = ContextResponse.parse(raw);
    if (!res.ok) throw new Error(refusalText(res));
    expect(res.context.profile.maskedIdNumber).toBe(`${SAMPLE_ID_NUMBER.slice(0, 6)}********${SAMPLE_ID_NUMBER.slice(-4)}`);
    expect(text).not.toContain('base64');
  });

  it('gives the full ID number and phone to the 申报相关信息 fill that asks for them', async () => {
    await seed();
    const res = ApplicantFieldsResponse.parse(await ask({ type: 'portal:applicant-fields' }));
    if (!res.ok) throw new Error(refusalText(res));
    expect(res.fields).toMatchObject({ profileId: LI.id, name: '李明', idNumber: SAMPLE_ID_NUMBER, phone: LI.phone, employer: LI.employer, titleLevel: 'senior', degree: 'bachelor' });
  });

  it('lists a year’s files by id, name, type and size without their bytes', async () => {
    await seed();
    const raw = await ask({ type: 'portal:evidence-list', year: 2021 });
    const res = EvidenceListResponse.parse(raw);
    if (!res.ok) throw new Error(refusalText(res));
    expect(res.files).toEqual([
      expect.objectContaining({ id: 'sample-li-ming-2021-2-pdf', name: '2021年度培训结业证书.pdf', type: 'application/pdf', years: [2021] }),
    ]);
    expect(res.files[0].size).toBeGreaterThan(100);
    expect(JSON.stringify(raw)).not.toContain('base64');
  });

  it('hands over one file’s bytes by its id', async () => {
    await seed();
    const res = EvidenceFileResponse.parse(await ask({ type: 'portal:evidence-file', id: 'sample-li-ming-2021-2-pdf' }));
    if (!res.ok) throw new Error(refusalText(res));
    expect(res.file).toMatchObject({ id: 'sample-li-ming-2021-2-pdf', name: '2021年度培训结业证书.pdf', type: 'application/pdf' });
    expect(atob(res.file.base64).startsWith('%PDF-1.4')).toBe(true);
    expect(atob(res.file.base64).length).toBe(res.file.size);
  });

  it('refuses an unknown file id, and a file of a person who is not the active one', async () => {
    await seed();
    for (const id of ['no-such-file', 'sample-wang-fang-2021-2-pdf']) {
      const res = EvidenceFileResponse.parse(await ask({ type: 'portal:evidence-file', id }));
      expect(res).toEqual({ ok: false, code: 'no-such-file' });
      if (!res.ok) expect(refusalText(res, 'zh-CN')).toContain('没有这个文件');
    }
  });

  it('refuses every request of a sender that is not our content script on a portal page, and gives it no data', async () => {
    await seed();
    const id = fakeBrowser.runtime.id;
    const senders: [string, MessageSenderInfo | undefined][] = [
      ['no sender', undefined],
      ['another extension', { id: 'someone-else', url: PORTAL_PAGE, tab: { id: 7 } }],
      ['no extension id', { url: PORTAL_PAGE, tab: { id: 7 } }],
      ['an unrelated site', { id, url: 'https://example.org/', tab: { id: 7 } }],
      ['a host that only starts like the portal', { id, url: 'https://ggfw.rst.hunan.gov.cn.example.org/x', tab: { id: 7 } }],
      ['the portal’s host as user name', { id, url: 'https://ggfw.rst.hunan.gov.cn@example.org/', tab: { id: 7 } }],
      ['the portal over plain http', { id, url: 'http://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/', tab: { id: 7 } }],
      ['a portal URL but no tab', { id, url: PORTAL_PAGE }],
      ['our own options page in a tab', { id, url: `chrome-extension://${id}/options.html`, tab: { id: 8 } }],
      ['a tab without URL', { id, tab: { id: 7 } }],
    ];
    for (const [who, sender] of senders) {
      for (const request of REQUESTS) {
        const raw = await ask(request, sender);
        expect(raw, `${who}: ${request.type}`).toMatchObject({ ok: false, code: expect.stringMatching(/^not-(our-message|portal-page)$/) });
        const refusal = EvidenceFileResponse.parse(raw);
        if (!refusal.ok) {
          expect(refusalText(refusal, 'zh-CN')).toMatch(/^拒绝：/);
          expect(refusalText(refusal, 'en')).toMatch(/^Refused: /);
        }
        const text = JSON.stringify(raw);
        expect(text).not.toContain('李明');
        expect(text).not.toContain(SAMPLE_ID_NUMBER);
      }
    }
  });

  it('refuses a malformed or retired portal request', async () => {
    await seed();
    for (const message of [{ type: 'portal:evidence-file' }, { type: 'portal:evidence-list', year: '2021' }, { type: 'portal:evidence-files', year: 2021 }]) {
      expect(await ask(message)).toEqual({ ok: false, code: 'bad-request' });
    }
  });

  it('ignores messages that are not the portal’s', async () => {
    expect(await ask({ type: 'popup:something' })).toBeUndefined();
    expect(await ask('portal:context')).toBeUndefined();
  });

  it('lets an earlier 学时认定单 stand for a whole year’s evidence', () => {
    const batch = sampleBatch();
    const profile = batch.profiles[0];
    const entries = batch.entries.filter((e) => e.profileId === profile.id && e.year === 2021);
    const form = { id: 'f', profileId: profile.id, kind: 'recognition-form' as const, years: [2020, 2021, 2022], name: '2019-2023学时认定单.pdf', type: 'application/pdf', size: 10, bytes: new ArrayBuffer(10), addedAt: 0 };
    const [y] = yearEvidence(profile, [2021], entries, [form]);
    expect(y.coveredByRecognitionForm).toBe(true);
    expect(y.fileCount).toBe(1);
    expect(y.missing).toEqual([]);
  });
});
