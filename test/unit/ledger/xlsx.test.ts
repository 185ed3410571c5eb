// Our XLSX reader (utils/ledger/xlsx.ts) gives, for every sheet an import reads, the rows read-excel-file gave: the same
// strings, numbers, booleans, dates and empty cells at the same row and column, so row numbers in errors stay right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { generatedFile } from '../../fixtures/imports/make-imports';
import { isDateFormatCode, readFirstSheet } from '../../../utils/ledger/xlsx';
import { exportRows, toXlsx } from '../../../utils/ledger/export';
import type { Entry, Profile } from '../../../utils/ledger/records';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const buf = (b: Uint8Array) => new Uint8Array(b).buffer;
const file = (...p: string[]) => buf(new Uint8Array(readFileSync(join(ROOT, ...p))));

async function sameAsReadExcelFile(bytes: ArrayBuffer) {
  const ours = await readFirstSheet(bytes);
  expect(ours).toEqual(await readSheet(bytes, 1));
  return ours;
}

async function workbook(rows: unknown[][], options: object = {}): Promise<ArrayBuffer> {
  const blob = await writeXlsxFile(rows as any, { dateFormat: 'yyyy-mm-dd', ...options }).toBlob();
  return blob.arrayBuffer();
}

describe('reading the first sheet of an XLSX file', () => {
  it('reads the template and the import fixtures as read-excel-file did', async () => {
    const template = await sameAsReadExcelFile(file('public', 'template', '学时台账模板.xlsx'));
    expect(template[0]).toContain('科目类别');
    const dates = await sameAsReadExcelFile(file('test', 'fixtures', 'imports', 'excel-dates.xlsx'));
    expect(dates[1][1]).toEqual(new Date(Date.UTC(2022, 2, 15)));
    const text = await sameAsReadExcelFile(file('test', 'fixtures', 'imports', 'text-in-number.xlsx'));
    expect(text[1][5]).toBe('八');
  });

  it('reads 10,000 rows as read-excel-file did', async () => {
    const rows = await sameAsReadExcelFile(buf(await generatedFile('rows-10000.xlsx')));
    expect(rows).toHaveLength(10_001);
    expect(rows[10_000]).toEqual(['测试人员9', 2024, '公需科目', '公需课程第10000期', '远程教育', 8, '第10000条']);
  }, 60_000);

  it('keeps text with markup characters, line breaks, long digit strings, booleans, gaps and empty rows where they are', async () => {
    const cell = (value: unknown, type?: unknown, format?: string) => ({ value, type, format });
    const rows = [
      [cell('姓名'), cell('备注'), null, cell('学时')],
      [cell('A & B <c> "d" \'e\''), cell('第一行\n第二行'), null, cell(1.5, Number)],
      [],
      [null, cell('430104198503150011'), cell(true, Boolean), cell(-2, Number)],
      [cell(new Date(Date.UTC(2024, 4, 6)), Date, 'yyyy"年"m"月"d"日"'), cell(new Date(Date.UTC(2023, 0, 1)), Date), cell(45000, Number, '0.00'), cell('=1+1')],
    ];
    const out = await sameAsReadExcelFile(await workbook(rows));
    expect(out[1][0]).toBe('A & B <c> "d" \'e\'');
    expect(out[4][0]).toEqual(new Date(Date.UTC(2024, 4, 6)));
    expect(out[4][2]).toBe(45000);
  });

  it('reads our own XLSX export back as read-excel-file did', async () => {
    const p: Profile = { id: 'p', name: '赵敏', idNumber: '430104198503150011', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
    const e: Entry = { id: 'e', profileId: 'p', name: '=危险的名称', form: '培训班', year: 2024, date: '2024-05-06', category: 'professional', certifiedHours: 40, evidenceNames: ['通知.pdf'], createdAt: 1, updatedAt: 1 };
    const blob = await toXlsx(exportRows([p], [e], []));
    await sameAsReadExcelFile(await blob.arrayBuffer());
  });

  it('reads a workbook whose elements carry a namespace prefix (<x:row>, <x:c>, as the .NET Open XML SDK writes them)', async () => {
    const cell = (value: unknown, type?: unknown) => ({ value, type });
    const rows = [
      [cell('姓名'), cell('年度'), cell('学时'), cell('日期')],
      [cell('A & B'), cell(2024, Number), cell(1.5, Number), cell(new Date(Date.UTC(2024, 4, 6)), Date)],
      [],
      [cell('李明'), null, cell(true, Boolean)],
    ];
    const plain = await workbook(rows);
    const files = unzipSync(new Uint8Array(plain));
    // every element of the workbook, the sheet, the shared strings and the styles as x:name, the namespace declared for x
    const prefix = (xml: string) => xml.replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, '<$1x:$2').replace(/\bxmlns="/g, 'xmlns:x="');
    let prefixed = 0;
    for (const name of Object.keys(files))
      if (/^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(name)) {
        const xml = prefix(strFromU8(files[name]));
        expect(xml, name).not.toMatch(/<(?!\?|\/?x:|\/?\w+:)/); // nothing left unprefixed
        files[name] = strToU8(xml);
        prefixed++;
      }
    expect(prefixed).toBe(4);
    const ours = await readFirstSheet(buf(zipSync(files)));
    expect(ours).toEqual(await readSheet(plain, 1));
    expect(ours[1]).toEqual(['A & B', 2024, 1.5, new Date(Date.UTC(2024, 4, 6))]);
  });

  it('refuses a damaged file with a reason', async () => {
    await expect(readFirstSheet(file('test', 'fixtures', 'imports', 'broken.xlsx'))).rejects.toThrow(/ZIP/);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'm/d/yy h:mm', '[$-804]yyyy/m/d;@', 'hh:mm:ss']) expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['0.00', '#,##0', '0%', '"年"0', '@', 'General']) expect(isDateFormatCode(code), code).toBe(false);
  });
});
