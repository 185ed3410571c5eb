import { beforeEach, describe, expect, it } from 'vitest';
import { handlePortalRequest, yearEvidence } from '../../../utils/background-handlers';
import { openLedger } from '../../../utils/ledger/db';
import { ContextResponse, EvidenceFilesResponse } from '../../../utils/messages';
import { sampleBatch } from '../../fixtures/sample/sample-data';

describe('background answers to the portal content script', () => {
  beforeEach(async () => {
    const db = await openLedger();
    await db.wipe();
    db.close();
  });

  it('says there is no profile yet instead of failing', async () => {
    const res = ContextResponse.parse(await handlePortalRequest({ type: 'portal:context' }));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toContain('导入');
  });

  it('gives the active person’s span, yearly rows and evidence per year', async () => {
    const db = await openLedger();
    await db.putBatch(sampleBatch());
    db.close();
    const res = ContextResponse.parse(await handlePortalRequest({ type: 'portal:context' }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const { profile, span, rows, evidence } = res.context;
    expect(profile.name).toBe('李明');
    expect(span.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(rows.every((r) => r.totalHours === r.publicHours + r.professionalHours)).toBe(true);
    const y2020 = evidence.find((e) => e.year === 2020)!;
    expect(y2020.files.map((f) => f.name)).toEqual(['2020年度培训结业证书.pdf']);
    // The online course and the conference of 2020 have no file of their own: the rules' materials are listed.
    expect(y2020.missing.length).toBeGreaterThan(0);
    expect(y2020.missing.join()).toContain('学术会议');
  });

  it('hands over the year’s files as bytes with their name and type', async () => {
    const db = await openLedger();
    await db.putBatch(sampleBatch());
    db.close();
    const res = EvidenceFilesResponse.parse(await handlePortalRequest({ type: 'portal:evidence-files', year: 2021 }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.files).toHaveLength(1);
    expect(res.files[0]).toMatchObject({ name: '2021年度培训结业证书.pdf', type: 'application/pdf' });
    expect(atob(res.files[0].base64).startsWith('%PDF-1.4')).toBe(true);
  });

  it('ignores messages that are not the portal’s', async () => {
    expect(await handlePortalRequest({ type: 'popup:something' })).toBeUndefined();
  });

  it('lets an earlier 学时认定单 stand for a whole year’s evidence', () => {
    const batch = sampleBatch();
    const profile = batch.profiles[0];
    const entries = batch.entries.filter((e) => e.profileId === profile.id && e.year === 2021);
    const form = { id: 'f', profileId: profile.id, kind: 'recognition-form' as const, years: [2020, 2021, 2022], name: '2019-2023学时认定单.pdf', type: 'application/pdf', size: 10, bytes: new ArrayBuffer(10), addedAt: 0 };
    const [y] = yearEvidence(profile, [2021], entries, [form]);
    expect(y.coveredByRecognitionForm).toBe(true);
    expect(y.missing).toEqual([]);
  });
});
