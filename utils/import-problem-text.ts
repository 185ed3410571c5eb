// An import's refusal as the options page shows it. The importer (utils/ledger/import.ts, spreadsheet.ts, backup.ts,
// mask.ts) words each problem in zh-CN, as the project's standard asks of bad input; where the UI is English, each
// problem gets an English rendering keyed by its zh-CN wording, with the values it quotes (a cell's text, a year, a
// file name) carried over between “ and ”. A problem no pattern knows stays as the importer wrote it: never a wrong
// English sentence (and the English sweep, test/browser/english-sweep.test.ts, finds it).
import { uiLang, type UiLanguage } from './i18n-shell';
import { render, type Render } from './schema-message-text';


/** The template's column names (contract §3): Chinese in the file, so quoted, with the English meaning after. */
const COLUMN_EN: Record<string, string> = {
  姓名: 'name',
  证件号码: 'ID number',
  年度: 'year',
  日期: 'date',
  科目类别: 'category',
  名称: 'activity name',
  继续教育形式: 'form of continuing education',
  学时: 'hours',
  佐证材料: 'evidence files',
  备注: 'notes',
};
const column = (zh: string) => `“${zh}” (${COLUMN_EN[zh] ?? 'column'})`;
const columns = (list: string) => list.split('、').map(column).join(', ');

/** Why the XLSX reader (utils/ledger/xlsx.ts) gave up, in English; a reason it does not know stays as written. */
const XLSX_REASONS: [RegExp, Render][] = [
  [/^不是完整的 ZIP 文件$/, () => 'not a complete ZIP file'],
  [/^ZIP 目录已损坏$/, () => 'its ZIP directory is damaged'],
  [/^ZIP 中的“(.*)”已损坏$/, (m) => `“${m[1]}” in the ZIP is damaged`],
  [/^ZIP 压缩方式 (\S+) 不受支持$/, (m) => `ZIP compression method ${m[1]} is not supported`],
  [/^缺少 (\S+)$/, (m) => `${m[1]} is missing`],
  [/^找不到第一个工作表$/, () => 'the first sheet cannot be found'],
  [/^单元格 (\S*) 的共享文本编号无效$/, (m) => `cell ${m[1]} has an invalid shared-text index`],
  [/^单元格 (\S*) 的数字“(.*)”无效$/, (m) => `cell ${m[1]} holds an invalid number “${m[2]}”`],
];
const xlsxReason = (zh: string) => render(XLSX_REASONS, zh) ?? zh;

const PROBLEMS: [RegExp, Render][] = [
  [/^日期“(.*)”无效，应写成 .*$/, (m) => `the date “${m[1]}” is not valid; write it as 2024-05-06, 2024/5/6 or 2024.5.6`],
  [/^日期“(.*)”无效$/, (m) => `the date “${m[1]}” is not valid`],
  [/^年度“(.*)”无效，应为4位年份.*$/, (m) => `the year “${m[1]}” is not valid: it must be a 4-digit year such as 2024`],
  [/^年度“(.*)”无效，应为 1990–2100 之间的4位年份$/, (m) => `the year “${m[1]}” is not valid: it must be a 4-digit year from 1990 to 2100`],
  [/^年度 (\d+) 与日期 (\S+) 不一致$/, (m) => `the year ${m[1]} does not match the date ${m[2]}`],
  [/^年度 (\d+) 超出范围$/, (m) => `the year ${m[1]} is out of range (1990–2100)`],
  [/^缺少年度（或日期）$/, () => `no ${column('年度')} (or ${column('日期')})`],
  [/^缺少学时$/, () => `no ${column('学时')}`],
  [/^学时“(.*)”不是数字$/, (m) => `the hours “${m[1]}” are not a number`],
  [/^学时不能为负数（(.*)）$/, (m) => `the hours may not be negative (${m[1]})`],
  [/^缺少名称$/, () => `no ${column('名称')}`],
  [/^缺少继续教育形式$/, () => `no ${column('继续教育形式')}`],
  [/^缺少科目类别$/, () => `no ${column('科目类别')}`],
  [/^科目类别“(.*)”应为 公需科目 或 专业科目$/, (m) => `the category “${m[1]}” must be “公需科目” (public) or “专业科目” (professional)`],
  [/^证件号码被 Excel 存成了数字.*$/, () => `Excel stored the ${column('证件号码')} as a number (the last digits of an 18-digit number are lost): format that column as “Text” and type the numbers again`],
  [/^证件号码应为18位（最后一位可为X）$/, () => 'the ID number must have 18 characters (the last may be X)'],
  [/^证件号码中的出生日期无效$/, () => 'the date of birth in the ID number is not valid'],
  [/^证件号码校验位不对.*$/, () => 'the check digit of the ID number is wrong (GB 11643): please check it for a typo'],
  [/^缺少姓名（台账里还没有人员.*$/, () => `no ${column('姓名')} (the ledger has no person yet, so the row belongs to nobody)`],
  [/^无法确定这条记录属于谁$/, () => 'cannot tell whose record this is'],
  [/^文件中没有任何内容（空表格）$/, () => 'the file holds nothing (an empty sheet)'],
  [/^表头缺少必需的列：(.*)（模板的列为 (.*)）$/, (m) => `the header lacks required columns: ${columns(m[1])} (the template's columns are ${columns(m[2])})`],
  [/^表头下面没有数据行$/, () => 'there are no data rows under the header'],
  [/^文件是空的，没有可导入的内容$/, () => 'the file is empty: nothing to import'],
  [/^无法读取这个 Excel 文件（(.*)），请用 Excel 另存为 \.xlsx 后再试$/s, (m) => `cannot read this Excel file (${xlsxReason(m[1])}); save it again as .xlsx in Excel and retry`],
  [/^这是旧版 Excel（\.xls）文件.*$/, () => 'this is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import that'],
  [/^这是 PDF 文件，不是表格.*$/, () => 'this is a PDF, not a sheet: choose a CSV or XLSX file (drop evidence files on their activities instead)'],
  [/^无法识别“(.*)”：它不是 CSV 或 XLSX 表格文件$/, (m) => `cannot read “${m[1]}”: it is not a CSV or XLSX sheet`],
  [/^备份文件已损坏：不是有效的 JSON$/, () => 'the backup file is damaged: it is not valid JSON'],
  [/^不是学时助手的备份文件，或版本不支持：(.*)$/s, (m) => `not a backup of this extension, or of a version it cannot read: ${m[1]}`],
  [/^备份中的文件“(.*)”已损坏（校验值不符）$/, (m) => `the file “${m[1]}” in the backup is damaged (its checksum does not match)`],
];

/** One problem in English, or undefined when no pattern knows its wording. */
const problemEn = (zh: string) => render(PROBLEMS, zh);

/**
 * A row's problems (the importer joins several with ；) in `lang`: the importer's own words in zh-CN; in English each
 * problem rendered by its pattern, an unknown one left as written.
 */
export function importProblemText(message: string, lang: UiLanguage = uiLang.value): string {
  if (lang === 'zh-CN') return message;
  const parts = message.split('；').map((p) => problemEn(p) ?? p);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
