import { unzipSync, strFromU8 } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../../utils/ledger/db';
import { freshLedgers, ledgerContent as content } from './fresh-ledger';
import { exportRows, toCsv, toXlsx } from '../../../utils/ledger/export';
import { importFile, planRows } from '../../../utils/ledger/import';
import type { Entry, Profile } from '../../../utils/ledger/records';
import { parseCsv } from '../../../utils/ledger/spreadsheet';

const fresh = freshLedgers('export');

const HOSTILE = '=HYPERLINK("http://x","点我")';
const ID_X = '11010519491231002X'; // GB 11643's own example, check character X
const ID_DIGITS = '430104198503151001'; // all digits: Excel would show 4.30104E+17

const person = (id: string, name: string, idNumber: string, createdAt: number): Profile => ({ id, name, idNumber, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt });
const activity = (id: string, profileId: string, extra: Partial<Entry>): Entry => ({
  id,
  profileId,
  name: `课程${id}`,
  form: '远程教育',
  year: 2024,
  date: '2024-05-06',
  category: 'public',
  certifiedHours: 8,
  evidenceNames: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

/** A ledger whose texts would all be formulas in Excel if written as they are. */
async function hostileLedger(): Promise<Ledger> {
  const l = await fresh();
  await l.putBatch({
    profiles: [person('p1', HOSTILE, ID_X, 1), person('p2', '李明', ID_DIGITS, 2)],
    entries: [
      activity('e1', 'p1', { name: '+SUM(1,2)', form: '-2+3+cmd|\' /C calc\'!A0', provider: '@SUM(A1)', notes: '\t=1+1', evidenceNames: ['=x.pdf'] }),
      activity('e2', 'p1', { name: "'=already quoted", notes: '\r=2+2', category: 'professional' }),
      activity('e3', 'p2', { name: "'plain apostrophe", notes: 'a=b, -c' }),
    ],
    evidence: [],
  });
  return l;
}

async function csvOf(l: Ledger): Promise<string> {
  const d = await l.dump();
  return toCsv(exportRows(d.profiles, d.entries, d.evidence));
}

describe('CSV export opened in Excel', () => {
  it('writes no cell that Excel would run as a formula, even for a name like =HYPERLINK(…)', async () => {
    const csv = await csvOf(await hostileLedger());
    const cells = parseCsv(csv.replace(/^\uFEFF/, '')).slice(1).flat();
    const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^="\d{17}[\dX]"$/.test(c));
    expect(formulas).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain("'+SUM(1,2)");
    expect(csv).toContain(`"'\t=1+1"`);
    expect(csv).toContain("''=already quoted");
  });

  it('writes ID numbers as ="…" so Excel shows all 18 characters, the last one X or a digit', async () => {
    const csv = await csvOf(await hostileLedger());
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    const idColumn = rows[0].indexOf('证件号码');
    expect(new Set(rows.slice(1).map((r) => r[idColumn]))).toEqual(new Set([`="${ID_X}"`, `="${ID_DIGITS}"`]));
  });

  it('export CSV → import into an empty ledger gives the same ledger, formulas and apostrophes included', async () => {
    const a = await hostileLedger();
    const b = await fresh();
    const plan = await importFile(b, 'export.csv', new TextEncoder().encode(await csvOf(a)).buffer);
    expect(plan.ok ? '' : plan.message).toBe('');
    expect(await content(b)).toEqual(await content(a));
  });
});

describe('XLSX export', () => {
  it('keeps ID numbers as text cells in the Text format, and export → import gives the same ledger', async () => {
    const a = await hostileLedger();
    const d = await a.dump();
    const xlsx = new Uint8Array(await (await toXlsx(exportRows(d.profiles, d.entries, d.evidence))).arrayBuffer());

    const files = unzipSync(xlsx);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const styles = strFromU8(files['xl/styles.xml']);
    expect(sheet).not.toContain('<f>'); // no formula cells
    const idCell = /<c r="B2"([^>]*)>/.exec(sheet)?.[1] ?? '';
    expect(idCell).toMatch(/t="(s|inlineStr|str)"/); // a string, never a number
    const style = Number(/s="(\d+)"/.exec(idCell)?.[1]);
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const numFmt = /numFmtId="(\d+)"/.exec(xfs[style] ?? '')?.[1];
    const formatCode = numFmt === '49' ? '@' : new RegExp(`<numFmt numFmtId="${numFmt}" formatCode="([^"]*)"`).exec(styles)?.[1];
    expect(formatCode).toBe('@'); // Excel's “Text” (built-in 49, or a custom format "@")

    const rows = (await readSheet(xlsx.buffer, 1)) as unknown[][];
    const idColumn = rows[0].indexOf('证件号码');
    expect(rows.slice(1).map((r) => r[idColumn])).toEqual(expect.arrayContaining([ID_X, ID_DIGITS]));

    const b = await fresh();
    const plan = await importFile(b, 'export.xlsx', xlsx.buffer);
    expect(plan.ok ? '' : plan.message).toBe('');
    expect(await content(b)).toEqual(await content(a));
  });
});

describe('importing cells written to stay text', () => {
  const header = ['姓名', '证件号码', '年度', '科目类别', '名称', '继续教育形式', '学时', '备注'];
  it("drops one apostrophe before = + - @, keeps any other apostrophe, and reads '… and =\"…\" ID numbers", () => {
    const plan = planRows(
      [
        header,
        ["'=HYPERLINK(1)", `'${ID_X}`, 2024, '公需', "''=x", "'-培训", 8, "'abc"],
        ['李明', `="${ID_DIGITS}"`, 2024, '公需', "'@课程", '远程教育', 8, "'"],
      ],
      { profiles: [], entries: [], now: 1 },
    );
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.preview.batch.profiles.map((p) => [p.name, p.idNumber])).toEqual([
      ['=HYPERLINK(1)', ID_X],
      ['李明', ID_DIGITS],
    ]);
    expect(plan.preview.batch.entries.map((e) => [e.name, e.form, e.notes])).toEqual([
      ["'=x", '-培训', "'abc"],
      ['@课程', '远程教育', "'"],
    ]);
  });
});
