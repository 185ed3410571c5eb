// Texts of the certificate reader (components/options/CertificateReader.tsx), zh-CN first, English second, in the
// UI language of utils/i18n.ts (its `uiLang` signal). Kept out of i18n.ts's dictionaries on purpose: those are bundled
// into the portal's content script too, and the reader must not make the content script any bigger.
import { uiLang, type UiLanguage } from './i18n-shell';

export const CERTIFICATE_ZH = {
  certTitle: '从证书读取',
  certHelp: '把结业证书、学时证明、论文或专利、获奖证书的 PDF 或照片（JPG、PNG，可多选）拖到这里或选择文件，读出的内容先显示为草稿，核对后再保存为活动，文件本身作为这项活动的佐证材料。文件只在本机读取，不会上传。',
  certChoose: '选择证书文件',
  certDropHere: '或把文件拖到这里',
  certReading: '正在读取“{name}”（第 {index}/{count} 个）…',
  certStagePdf: '读取 PDF 文字',
  certStageOcrLoad: '加载文字识别（首次约需几秒）',
  certStageOcr: '识别图片中的文字',
  certCancel: '取消读取',
  certCancelled: '已取消读取，尚未读取的文件没有处理。',
  certFailed: '“{name}”读取失败：{message}',
  certDraftOf: '草稿：{name}',
  certVia: '读取方式：{via}',
  certViaPdf: 'PDF 文字层',
  certViaOcr: '文字识别（请逐项核对）',
  certLow: '把握不大，请核对',
  certKind: '类型',
  certName: '名称',
  certYear: '年度',
  certDate: '日期',
  certHours: '学时',
  certProvider: '发证/主办单位',
  certCategory: '科目类别',
  certForm: '继续教育形式',
  certStated: '证书载明 {hours} {unit}',
  certStatedClassHours: '证书写的是“课时/小时”，官方文本没有规定它与学时的换算，此处按证书数字填写，请核对。',
  certRule: '按规则折算：{hours} 学时（{citation}）',
  certRuleNote: '说明：{note}',
  certUseRule: '改用折算值',
  certNoRule: '信息不全，无法按规则折算：请补全下列项目或直接填写学时。',
  certConfirm: '保存为活动',
  certDiscard: '放弃',
  certSaved: '已保存“{name}”，证书已作为佐证材料',
  certFix: '请先改正标红的项目',
  certNoProfile: '请先新增或选择人员，再读取证书。',
  certPdfUnsupported: '读取 PDF 证书需要较新的浏览器（Chrome/Edge {version} 或以上）。请升级浏览器，或改用证书的照片（JPG/PNG）。',
  certOcrUnsupported:
    '这个浏览器不能运行文字识别（WebAssembly 不可用或被浏览器禁止），因此读不了照片和扫描件。您可以用“新增活动”手动填写这项活动（文件可作为佐证材料添加），或换用 Chrome/Edge 103 及以上、Firefox 140 及以上的浏览器再读取。带文字的 PDF 证书不受影响。',
} as const;

export type CertificateMessageKey = keyof typeof CERTIFICATE_ZH;

export const CERTIFICATE_EN: Record<CertificateMessageKey, string> = {
  certTitle: 'Read a certificate',
  certHelp: 'Drop or choose PDFs or photos (JPG, PNG; several at once) of completion certificates, hour statements, papers, patents or awards. Each is read into a draft to check before it is saved as an activity, with the file as its evidence. Files are read on this computer only; nothing is uploaded.',
  certChoose: 'Choose certificate files',
  certDropHere: 'or drop files here',
  certReading: 'Reading “{name}” ({index} of {count})…',
  certStagePdf: 'Reading the PDF text',
  certStageOcrLoad: 'Loading text recognition (a few seconds the first time)',
  certStageOcr: 'Recognising the text in the image',
  certCancel: 'Cancel reading',
  certCancelled: 'Reading cancelled; files not yet read were left out.',
  certFailed: '“{name}” could not be read: {message}',
  certDraftOf: 'Draft: {name}',
  certVia: 'Read from: {via}',
  certViaPdf: 'the PDF text layer',
  certViaOcr: 'text recognition (check every field)',
  certLow: 'Unsure: please check',
  certKind: 'Kind',
  certName: 'Name',
  certYear: 'Year',
  certDate: 'Date',
  certHours: 'Hours',
  certProvider: 'Issuer / organiser',
  certCategory: 'Subject',
  certForm: 'Form of CE',
  certStated: 'Stated on the certificate: {hours} {unit}',
  certStatedClassHours: 'The certificate counts “课时/小时” (class or clock hours); the official texts do not say how they convert to 学时, so the number is taken as written. Please check.',
  certRule: 'By the rules: {hours} hours ({citation})',
  certRuleNote: 'Note: {note}',
  certUseRule: 'Use the rule figure',
  certNoRule: 'Not enough to convert by the rules: complete the fields below or type the hours.',
  certConfirm: 'Save as activity',
  certDiscard: 'Discard',
  certSaved: 'Saved “{name}” with the certificate as its evidence',
  certFix: 'Correct the fields marked in red first',
  certNoProfile: 'Add or choose a person first, then read certificates.',
  certPdfUnsupported: 'Reading PDF certificates needs a newer browser (Chrome/Edge {version} or later). Update the browser, or use a photo of the certificate (JPG/PNG).',
  certOcrUnsupported:
    'This browser cannot run text recognition (WebAssembly is missing or blocked), so photos and scans cannot be read. Type the activity with “Add activity” (the file can be added as its evidence), or read it in Chrome/Edge 103+ or Firefox 140+. PDFs with a text layer are not affected.',
};

const CERTIFICATE_MESSAGES: Record<UiLanguage, Record<CertificateMessageKey, string>> = { 'zh-CN': CERTIFICATE_ZH, en: CERTIFICATE_EN };

/** Like i18n.ts's t(): the reader's text in the current UI language, `{name}` filled from params. */
export function tc(key: CertificateMessageKey, params?: Record<string, string | number>, lang: UiLanguage = uiLang.value): string {
  const text: string = CERTIFICATE_MESSAGES[lang]?.[key] ?? CERTIFICATE_ZH[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
