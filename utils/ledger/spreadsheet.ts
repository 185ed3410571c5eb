// Bytes of a chosen file → rows of cells. XLSX (first sheet) by xlsx.ts; CSV in UTF-8 (BOM or not) or GBK/GB18030.
import { readFirstSheet } from './xlsx';

export type SheetCell = string | number | boolean | Date | null;
export type FileKind = 'xlsx' | 'csv' | 'backup';

export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Text of a CSV: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' } {
  // Excel's "Unicode 文本" is UTF-16 with a BOM (tab-separated).
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** RFC 4180 CSV with the delimiter guessed from the first line (comma, tab or semicolon). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0][0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function looksLikeText(text: string): boolean {
  if (!text.length) return true;
  const sample = text.slice(0, 4000);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length < 0.01;
}

export interface Spreadsheet {
  kind: FileKind;
  rows: SheetCell[][];
  /** The decoded text, for backups. */
  text?: string;
  encoding?: string;
}

export async function readSpreadsheet(fileName: string, buffer: ArrayBuffer): Promise<Spreadsheet> {
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) throw new SpreadsheetError('文件是空的，没有可导入的内容');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    try {
      const rows = await readFirstSheet(buffer);
      return { kind: 'xlsx', rows };
    } catch (e) {
      throw new SpreadsheetError(`无法读取这个 Excel 文件（${e instanceof Error ? e.message : String(e)}），请用 Excel 另存为 .xlsx 后再试`);
    }
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new SpreadsheetError('这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new SpreadsheetError('这是 PDF 文件，不是表格：请选择 CSV 或 XLSX 文件，佐证文件请拖到对应活动上');
  const { text, encoding } = decodeText(bytes);
  if (!looksLikeText(text)) throw new SpreadsheetError(`无法识别“${fileName}”：它不是 CSV 或 XLSX 表格文件`);
  const trimmed = text.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(trimmed)) return { kind: 'backup', rows: [], text: trimmed, encoding };
  return { kind: 'csv', rows: parseCsv(trimmed), encoding };
}
