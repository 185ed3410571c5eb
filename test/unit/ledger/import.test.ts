import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshLedgers, ledgerContent as content } from './fresh-ledger';
import { exportRows, toCsv, toXlsx } from '../../../utils/ledger/export';
import { importFile, planImport, planRows } from '../../../utils/ledger/import';
import { IMPORT_CASES } from '../../fixtures/imports/cases';
import { generatedFile } from '../../fixtures/imports/make-imports';
import { sampleBatch } from '../../fixtures/sample/sample-data';

const IMPORTS = join(import.meta.dirname, '..', '..', 'fixtures', 'imports');
const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const fresh = freshLedgers('import');

const buf = (u: Uint8Array): ArrayBuffer => new Uint8Array(u).buffer; // a copy: a Node Buffer may sit inside a shared pool
const fileBytes = (dir: string, name: string) => buf(readFileSync(join(dir, name)));

describe('the folder of import files', () => {
  for (const c of IMPORT_CASES) {
    it(`${c.file} (${c.what}) ${c.ok ? `imports ${c.added} activities` : `is refused naming row ${c.rows.join(', ')}`}, leaving a failed ledger unchanged`, async () => {
      const l = await fresh();
      await l.putBatch(sampleBatch());
      const before = await l.dump();
      const bytes = c.generated ? buf(await generatedFile(c.file)) : fileBytes(IMPORTS, c.file);
      const plan = await importFile(l, c.file, bytes);
      if (c.ok) {
        expect(plan.ok ? '' : plan.message).toBe('');
        if (!plan.ok) return;
        expect(plan.preview.added).toBe(c.added);
        if (c.people) expect(plan.preview.people.map((p) => p.name)).toEqual(c.people);
        const after = await l.dump();
        expect(after.entries.length).toBe(before.entries.length + c.added);
      } else {
        expect(plan.ok).toBe(false);
        if (plan.ok) return;
        expect(plan.errors.map((e) => e.row)).toEqual(c.rows);
        expect(plan.message).toContain(c.contains);
        if (c.rows[0] > 0) expect(plan.message).toContain(`第${c.rows[0]}行`);
        expect(await l.dump()).toEqual(before);
      }
    }, 60_000);
  }
});

describe('template rows', () => {
  const ctx = { profiles: [], entries: [], now: 1 };
  it('keeps unknown columns as notes and reads a quoted comma', async () => {
    const plan = await planImport('x.csv', fileBytes(IMPORTS, 'any-order-extra-columns.csv'), ctx);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const names = plan.preview.batch.entries.map((e) => [e.name, e.notes, e.certifiedHours]);
    expect(names).toEqual([
      ['道路设计规范培训, 第一期', '学分：2', 24],
      ['公需科目课程', '学分：3', 30],
    ]);
  });

  it('reads dates written 2024/5/6 and 2023.9.12 and lists evidence names split on ；', async () => {
    const plan = await planImport('x.csv', fileBytes(IMPORTS, 'utf8-bom.csv'), ctx);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.preview.batch.entries.map((e) => e.date)).toEqual(['2024-03-01', '2024-05-06', '2023-09-12']);
    expect(plan.preview.batch.entries[1].evidenceNames).toEqual(['通知.pdf', '签到表.jpg']);
    expect(plan.preview.batch.entries[2].category).toBe('professional');
  });

  it('takes the year from a real Excel date cell', async () => {
    const plan = await planImport('x.xlsx', fileBytes(IMPORTS, 'excel-dates.xlsx'), ctx);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.preview.batch.entries.map((e) => [e.year, e.date])).toEqual([
      [2022, '2022-03-15'],
      [2022, '2022-07-01'],
      [2023, '2023-12-31'],
    ]);
  });

  it('puts rows without a name into the active person, and refuses them when there is nobody', () => {
    const rows = [['年度', '科目类别', '名称', '继续教育形式', '学时'], [2024, '公需', '课程', '远程教育', 30]];
    const none = planRows(rows, ctx);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toContain('第2行：缺少姓名');
    const p = { id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior' as const, reviewYear: 2025, createdAt: 1 };
    const withPerson = planRows(rows, { ...ctx, profiles: [p], activeProfileId: 'p1' });
    expect(withPerson.ok && withPerson.preview.batch.entries[0].profileId).toBe('p1');
  });

  it('does not add an activity twice when the file repeats the ledger', async () => {
    const l = await fresh();
    await importFile(l, 'a.csv', fileBytes(IMPORTS, 'utf8-bom.csv'));
    const again = await importFile(l, 'b.csv', fileBytes(IMPORTS, 'gbk.csv'));
    expect(again.ok && [again.preview.added, again.preview.duplicates]).toEqual([0, 3]);
    expect((await l.dump()).entries).toHaveLength(3);
  });
});

describe('round trips', () => {
  it('import → export XLSX → import into an empty ledger gives the same ledger', async () => {
    const a = await fresh();
    const first = await importFile(a, 'sample.xlsx', fileBytes(SAMPLE, 'sample.xlsx'));
    expect(first.ok).toBe(true);
    await importFile(a, 'several-people.csv', fileBytes(IMPORTS, 'several-people.csv'));
    const d = await a.dump();
    const xlsx = await toXlsx(exportRows(d.profiles, d.entries, d.evidence));
    const b = await fresh();
    const second = await importFile(b, 'export.xlsx', await xlsx.arrayBuffer());
    expect(second.ok ? '' : second.message).toBe('');
    expect(await content(b)).toEqual(await content(a));
  });

  it('import → export CSV → import gives the same ledger, and re-importing the export adds nothing', async () => {
    const a = await fresh();
    await importFile(a, 'sample-gbk.csv', fileBytes(SAMPLE, 'sample-gbk.csv'));
    await importFile(a, 'dates.xlsx', fileBytes(IMPORTS, 'excel-dates.xlsx'));
    const d = await a.dump();
    const csv = new TextEncoder().encode(toCsv(exportRows(d.profiles, d.entries, d.evidence)));
    const b = await fresh();
    await importFile(b, 'export.csv', buf(csv));
    expect(await content(b)).toEqual(await content(a));
    const again = await importFile(a, 'export.csv', buf(csv));
    expect(again.ok && again.preview.added).toBe(0);
  });
});

describe('ID numbers mangled by Excel', () => {
  it('explains an ID number that Excel turned into a number', () => {
    const header = ['姓名', '证件号码', '年度', '科目类别', '名称', '继续教育形式', '学时'];
    const plan = planRows([header, ['李明', 430104198503150000, 2024, '公需', '课程', '远程教育', 30], ['李明', '4.30104E+17', 2024, '公需', '课程二', '远程教育', 30]], { profiles: [], entries: [] });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors.map((e) => [e.row, e.message.includes('文本')])).toEqual([
      [2, true],
      [3, true],
    ]);
  });
});

describe('sheets as people make them', () => {
  it('finds the header below a title line and counts rows as the sheet numbers them', () => {
    const plan = planRows(
      [['2024年继续教育学时台账'], [], ['姓名', '年度', '科目类别', '名称', '继续教育形式', '学时'], ['李明', 2024, '公需', '课程', '远程教育', 30], ['李明', 2024, '专业', '培训', '培训班', 'x']],
      { profiles: [], entries: [] },
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors).toEqual([{ row: 5, message: '学时“x”不是数字' }]);
  });
});

describe('hours cells', () => {
  it('reads “8学时” and “１２” as numbers and refuses “八”', async () => {
    const { parseHoursCell } = await import('../../../utils/ledger/import');
    expect(parseHoursCell('8学时')).toEqual({ value: 8 });
    expect(parseHoursCell('１２')).toEqual({ value: 12 });
    expect(parseHoursCell('2.5 小时')).toEqual({ value: 2.5 });
    expect(parseHoursCell('八')).toEqual({ error: '学时“八”不是数字' });
  });
});
