import { describe, expect, it } from 'vitest';
import { CERTIFIED_CITATION, entryCredits, evidenceCountByYear, profileYearRows } from '../../../utils/ledger/hours';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';

const profile: Profile = { id: 'p', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
const entry = (over: Partial<Entry>): Entry => ({ id: 'e', profileId: 'p', name: '课程', form: '远程教育', year: 2024, category: 'public', evidenceNames: [], createdAt: 1, updatedAt: 1, ...over });
const file = (years: number[], kind: Evidence['kind'] = 'activity'): Evidence => ({ id: String(Math.random()), profileId: 'p', kind, years, name: 'a.pdf', type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: 1 });

describe('hours of ledger entries', () => {
  it('counts the hours stated on a certificate as they stand, in the entry’s year and subject', () => {
    expect(entryCredits('hunan-2025', entry({ certifiedHours: 12.5, category: 'professional' }))).toEqual({
      credits: [{ year: 2024, category: 'professional', hours: 12.5 }],
      citation: CERTIFIED_CITATION,
    });
  });

  it('gives no hours and says why when an entry has neither hours nor an activity', () => {
    const r = entryCredits('hunan-2025', entry({}));
    expect(r.credits).toEqual([]);
    expect(r.note).toBeTruthy();
  });

  it('a 学时认定单 counts as evidence for every year it covers', () => {
    const counts = evidenceCountByYear([file([2019, 2020, 2021, 2022], 'recognition-form'), file([2022])]);
    expect([...counts]).toEqual([
      [2019, 1],
      [2020, 1],
      [2021, 1],
      [2022, 2],
    ]);
  });

  it('sums a person’s years with their activity and evidence counts', () => {
    const rows = profileYearRows(
      profile,
      [entry({ id: 'a', certifiedHours: 30 }), entry({ id: 'b', certifiedHours: 64, category: 'professional' }), entry({ id: 'c', year: 2023, certifiedHours: 20 })],
      [file([2024]), file([2020, 2021, 2022, 2023], 'recognition-form')],
    );
    expect(rows.map((r) => [r.year, r.publicHours, r.professionalHours, r.totalHours, r.entryCount, r.evidenceCount])).toEqual([
      [2023, 20, 0, 20, 1, 1],
      [2024, 30, 64, 94, 2, 1],
    ]);
  });
});

describe('year statuses', () => {
  it('marks a span year without activities missing, one below a minimum short, and a complete one ok', async () => {
    const { yearStatuses, profileFindings, profileSpan } = await import('../../../utils/ledger/hours');
    const rows = profileYearRows(
      profile,
      [entry({ id: 'a', year: 2020, certifiedHours: 30 }), entry({ id: 'b', year: 2020, certifiedHours: 60, category: 'professional' }), entry({ id: 'c', year: 2021, certifiedHours: 20 })],
      [],
    );
    const statuses = yearStatuses(rows, profileFindings(profile, rows), profileSpan(profile));
    expect(statuses).toEqual([
      { year: 2020, status: 'ok' },
      { year: 2021, status: 'short' },
      { year: 2022, status: 'missing' },
      { year: 2023, status: 'missing' },
      { year: 2024, status: 'missing' },
    ]);
  });
});

describe('matching evidence files to activities', () => {
  it('finds the activity that lists a file, by exact name or ignoring case and extension', async () => {
    const { matchEvidenceFiles } = await import('../../../utils/ledger/evidence-files');
    const es = [entry({ id: 'a', evidenceNames: ['结业证书.pdf'] }), entry({ id: 'b', evidenceNames: ['Notice.PDF', '签到表.jpg'] })];
    const m = matchEvidenceFiles(es, ['结业证书.pdf', 'notice.pdf', '签到表.png', '别的.pdf']);
    expect([...m].map(([f, hits]) => [f, hits.map((e) => e.id)])).toEqual([
      ['结业证书.pdf', ['a']],
      ['notice.pdf', ['b']],
      ['签到表.png', ['b']],
    ]);
  });
});
