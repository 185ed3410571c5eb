// Texts only the options page (the ledger) shows, zh-CN first, English second, in the UI language (utils/i18n-shell.ts's
// `uiLang` signal); a text with a name in it goes through components/options/text-slots.tsx. Kept out of i18n.ts's
// dictionaries on purpose: those are bundled into the portal's content script too, and the ledger's own wording must
// not make it any bigger. The zh-CN texts are the page's wording as it was before they moved here (issue 13.5): unit
// and browser tests read them.
import { lookup } from './i18n-shell';

export const OPTIONS_ZH = {
  // the activity form and list (EntriesSection)
  formPlaceholder: '培训班、远程教育…',
  certifiedBasis: '证书载明学时',
  noteNoHours: '没有填写学时，也没有可折算的活动信息',
  noteUnconvertible: '无法折算：{message}',
  creditPublic: '公需科目 {hours} 学时',
  creditProfessional: '专业科目 {hours} 学时',
  creditWholeYear: '视同完成全年学时',
  creditYear: '{year}年：{list}',
  creditListSeparator: '、',
  creditYearSeparator: '；',
  copySuffix: '（副本）',
  // the activity form's and the certificate draft's field errors (activity-form.ts, certificate-draft.ts)
  errName: '请填写名称',
  errCertifiedHours: '请填写证书上的学时数',
  errHours: '请填写学时数',
  errNegativeHours: '学时不能为负数',
  errYear: '年度应为 1990–2100 之间的4位年份',
  errDate: '日期格式应为 YYYY-MM-DD',
  // the year view (YearView)
  minAtLeast: '（≥{n}）',
  gapNotUploaded: '《{name}》待上传：{file}',
  gapNoEvidence: '《{name}》还没有佐证',
  gapNeedsBefore: '（需要：',
  gapNeedsAfter: '）',
  gapSetAnd: ' + ',
  gapSetOr: '，或 ',
  // import and backup (ImportPanel)
  storageUsage: '本机已用 {used} MB，浏览器允许约 {quota} GB。',
  backupMade: '备份文件已生成。请把它保存在安全的地方：其中有证件号码和全部佐证文件。',
  previewNewPerson: '（新建人员）',
  previewPersonCount: '：{count} 条',
  previewReplaces: '（{count} 条将替换台账中的同一条记录）',
  previewRepeats: '，重复 {count} 条',
  previewYears: '，{from}–{to} 年',
  previewNote: '（{note}）',
  previewSameName: '台账中已有另一位“{name}”：恢复后会有两个同名人员',
  importFailedHead: '导入失败，台账没有任何改动。',
  importFailedHeadMany: '导入失败，共 {count} 处问题，台账没有任何改动。',
} as const;

export type OptionsMessageKey = keyof typeof OPTIONS_ZH;

const OPTIONS_EN: Record<OptionsMessageKey, string> = {
  formPlaceholder: 'Pick from the list, or type the portal’s word',
  certifiedBasis: 'hours as stated on the certificate',
  noteNoHours: 'no hours given, and nothing the rules can convert',
  noteUnconvertible: 'cannot be converted: “{message}”',
  creditPublic: '{hours} public hours',
  creditProfessional: '{hours} professional hours',
  creditWholeYear: 'counts as the whole year done',
  creditYear: '{year}: {list}',
  creditListSeparator: ', ',
  creditYearSeparator: '; ',
  copySuffix: ' (copy)',
  errName: 'Enter a name',
  errCertifiedHours: 'Enter the hours the certificate states',
  errHours: 'Enter the hours',
  errNegativeHours: 'Hours may not be negative',
  errYear: 'The year must be a 4-digit year from 1990 to 2100',
  errDate: 'Write the date as YYYY-MM-DD',
  minAtLeast: ' (≥{n})',
  gapNotUploaded: '“{name}”: “{file}” not uploaded yet',
  gapNoEvidence: '“{name}”: no evidence yet',
  gapNeedsBefore: ' (needs: ',
  gapNeedsAfter: ')',
  gapSetAnd: ' + ',
  gapSetOr: ', or ',
  storageUsage: 'This computer holds {used} MB of it; the browser allows about {quota} GB. ',
  backupMade: 'The backup file is made. Keep it somewhere safe: it holds the ID numbers and every evidence file.',
  previewNewPerson: ' (new person)',
  previewPersonCount: ': {count}',
  previewReplaces: ' ({count} will replace the same record in the ledger)',
  previewRepeats: ', {count} already there',
  previewYears: ', {from}–{to}',
  previewNote: ' ({note})',
  previewSameName: 'the ledger already has another “{name}”: after the restore two people have that name',
  importFailedHead: 'Import failed; the ledger is unchanged.',
  importFailedHeadMany: 'Import failed with {count} problems; the ledger is unchanged.',
};

/** Like i18n.ts's t() (the same lookup): the ledger page's text in the current UI language, `{name}` filled from params. */
export const to = lookup(OPTIONS_ZH, OPTIONS_EN);
