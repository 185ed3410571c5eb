// The ledger's evidence sets per activity (issue 12.3): the files' kinds (the user's tags, else the name's guess) against
// the sets the activity's clause names; the tag is an optional field of the Evidence record, kept without a version bump.
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { activityEvidence, yearActivitiesEvidence } from '../../../utils/ledger/evidence-sets';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';

const person: Profile = { id: 'p1', name: '张三', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
const training: Entry = {
  id: 'e1',
  profileId: 'p1',
  name: '建筑安全培训班',
  form: '培训班',
  year: 2022,
  category: 'professional',
  certifiedHours: 24,
  evidenceNames: [],
  createdAt: 1,
  updatedAt: 1,
};
let n = 0;
const file = (name: string, extra: Partial<Evidence> = {}): Evidence => ({
  id: `f${++n}`,
  profileId: 'p1',
  entryId: 'e1',
  kind: 'activity',
  years: [2022],
  name,
  type: 'application/pdf',
  size: 3,
  bytes: new Uint8Array([1, 2, 3]).buffer,
  addedAt: 1,
  ...extra,
});

describe('an activity’s files against its clause’s sets', () => {
  it('a training with only its notice still lacks the 结业证书 (湘人社办函〔2025〕37号 附件2 一.1), whatever the file count', () => {
    const s = activityEvidence(person, training, [file('培训通知.pdf')]);
    expect(s).toMatchObject({ status: 'incomplete', citation: '湘人社办函〔2025〕37号 附件2 一.1', missing: ['结业证书'] });
    expect(s.files).toEqual([expect.objectContaining({ name: '培训通知.pdf', tags: ['notice'], guessed: true })]);
  });
  it('the user’s tag wins over the name: scan002.pdf tagged 结业证书 completes the set', () => {
    const s = activityEvidence(person, training, [file('培训通知.pdf'), file('scan002.pdf', { materials: ['completion-certificate'] })]);
    expect(s.status).toBe('complete');
    expect(s.have.map((h) => h.text)).toEqual(['培训通知（或培训签到表、培训课程表、培训日程安排之一）', '结业证书']);
    expect(s.files.find((f) => f.name === 'scan002.pdf')).toMatchObject({ guessed: false });
  });
  it('a year an earlier 学时认定单 covers needs no set (湘人社办函〔2025〕37号 三.(四))', () => {
    const form = file('2019-2023学时认定单.pdf', { entryId: undefined, kind: 'recognition-form', years: [2019, 2020, 2021, 2022, 2023] });
    expect(activityEvidence(person, training, [form]).status).toBe('covered');
  });
  it('a skills competition under the 2025 texts: the list names no material, and says so', () => {
    const contest: Entry = { ...training, id: 'e2', form: '技能大赛', certifiedHours: undefined, activity: { kind: 'skills-competition', year: 2022, level: 'provincial', medal: 'gold' } };
    expect(activityEvidence(person, contest, [])).toMatchObject({ status: 'silent', note: expect.stringContaining('未列出技能大赛') });
  });
  it('lists the year’s activities, a file named in 佐证材料 counting for its activity', () => {
    const named = { ...training, evidenceNames: ['结业证书.pdf'] };
    const list = yearActivitiesEvidence(person, 2022, [named], [file('培训通知.pdf'), file('结业证书.pdf', { entryId: undefined })]);
    expect(list.map((a) => a.status)).toEqual(['complete']);
    expect(yearActivitiesEvidence(person, 2023, [named], [])).toEqual([]);
  });
});

describe('the material tag is stored on the Evidence record', () => {
  let ledger: Ledger | undefined;
  afterEach(() => ledger?.close());
  it('keeps the user’s tags through the ledger, and an untagged record stays valid', async () => {
    ledger = await openLedger(`evsets-${Math.random()}`);
    await ledger.putProfile(person);
    await ledger.putEvidence(file('scan.pdf', { id: 'tagged', materials: ['sign-in', 'timetable'] }));
    await ledger.putEvidence(file('plain.pdf', { id: 'plain' }));
    const [tagged, plain] = await Promise.all([ledger.getEvidence('tagged'), ledger.getEvidence('plain')]);
    expect(tagged?.materials).toEqual(['sign-in', 'timetable']);
    expect(plain?.materials).toBeUndefined();
    await expect(ledger.putEvidence(file('bad.pdf', { materials: ['正文' as never] }))).rejects.toThrow();
  });
});
