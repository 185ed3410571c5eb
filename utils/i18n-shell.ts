// What the portal panel says on every portal page, before (and without) its features: the frame, the 未识别 reason,
// the section names, the refusals. The portal content script's shell (entrypoints/portal.content/shell.ts) carries only these texts,
// not the whole dictionary; utils/i18n.ts spreads them into its dictionaries, so `t()` reads them like any other key and
// the dictionary test covers them. The UI language (`uiLang`) is defined here for the same reason.
import { signal } from '@preact/signals';
import type { Settings } from './ledger/records';
import type { Refusal, RefusalCode } from './messages';

export type UiLanguage = NonNullable<Settings['uiLanguage']>;
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'zh-CN';
/** The languages the UI offers, in the language select's order. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en'];

/** The current UI language; components reading it (or calling t / tShell) re-render when it changes. */
export const uiLang = signal<UiLanguage>(DEFAULT_UI_LANGUAGE);

/** Makes `lang` current in this page: the texts and the document's lang (for screen readers and fonts). Stores nothing;
 * utils/ui-language.ts setLang also copies it for the portal panel. */
export function showLang(lang: UiLanguage): void {
  uiLang.value = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export type Params = Record<string, string | number>;

export const SHELL_ZH = {
  appName: '学时助手',
  loadingLedger: '正在读取台账…',
  listSeparator: '、',
  panelSpanOwn: '（您自己设置）',
  panelCovered: '认定单已证明',
  panelCoveredYears: '{years} 年（《{title}》）',
  panelSectionError: '（此部分出错：{message}）',
  panelApplicant: '申报人',
  panelRules: '规则',
  panelSpan: '年度跨度',
  panelSpanExtrapolated: '（推算）',
  panelSpanUnknown: '未定（{reason}）',
  panelJobRunning: '进行中',
  panelJobDone: '完成',
  panelJobStopped: '已停止',
  panelJobFailed: '出错',
  panelJobHeading: '{label}：{state}',
  panelStop: '停止',
  panelNotPortal: '当前页面未识别为学时核认页面，助手不做任何操作。',
  panelUnsure: '这个页面像是学时核认页面，但助手没有把握认出它，所以不做任何操作。',
  panelCopyStructure: '复制页面结构',
  panelCopied: '已复制。',
  panelCopyRefused: '浏览器不允许直接复制：请在下框中全选后复制。',
  panelStructureNote: '只含页面上的标题、栏目名和按钮文字，不含任何填写内容、姓名或证件号码；可粘贴到问题反馈中。',
  panelStructureLabel: '页面结构',
  panelNotRecognised: '未识别',
  panelExpand: '展开',
  panelCollapse: '收起',
  recogniseLooksLike: '像“{screen}”，但缺少：{missing}{veto}',
  recogniseTie: '同时像“{screen}”和“{rival}”，为免出错不做判断',
  recogniseMissingItem: '{text}',
  recogniseMissingSeparator: '、',
  recogniseVeto: '（{veto}）',
  checkUploadControl: '上传控件',
  checkUploadTitle: '标题含“上传/附件/材料”',
  checkUploadTip: '上传文件类型提示',
  vetoApplicantForm: '页面上有申报表单',
  vetoYearDialog: '这是年度明细对话框',
  vetoNoYearFields: '对话框里还没有年度明细的栏目',
  vetoPersonalForm: '这是带个人信息的申报表单',
  vetoNoUpload: '对话框里没有上传控件',
  vetoNotReviewList: '这不是审核列表',
  vetoNoYearRange: '没有“起始年度”和“结束年度”两栏',
  panelShortcutHint: '在网页任意处按此组合键，跳到助手的下一步按钮',
  sectionChecks: '检查',
  sectionFill: '填写',
  sectionApplicant: '申报人信息',
  sectionEvidence: '佐证材料',
  sectionGuard: '提交前检查',
  sectionReview: '审核检查',
  refusalNoProfile: '台账里还没有申报人：请先在学时助手的设置页导入台账',
  refusalNotOurMessage: '拒绝：不是学时助手自己的消息',
  refusalNotPortalPage: '拒绝：只回答人社网厅页面上的学时助手',
  refusalBadRequest: '拒绝：看不懂的请求',
  refusalNoSuchFile: '台账里没有这个文件（可能已删除，或不属于当前申报人）',
  refusalFileTooBig: '“{name}”太大，无法交给网页',
  refusalLedgerError: '读取台账出错：{message}',
  refusalNoAnswer: '读取台账失败：{message}',
  refusalReviewerScreen: '审核页不读取台账：这里审核的是别人的申报',
  refusalNoBackground: '没有连上学时助手的后台，读不到台账',
} as const;

export type ShellMessageKey = keyof typeof SHELL_ZH;

export const SHELL_EN: Record<ShellMessageKey, string> = {
  appName: 'CE Hours Assistant',
  loadingLedger: 'Reading the ledger…',
  listSeparator: ', ',
  panelSpanOwn: ' (set by you)',
  panelCovered: 'Proved by earlier forms',
  panelCoveredYears: '{years} (“{title}”)',
  panelSectionError: '(This part failed: {message})',
  panelApplicant: 'Applicant',
  panelRules: 'Rules',
  panelSpan: 'Years',
  panelSpanExtrapolated: ' (extrapolated)',
  panelSpanUnknown: 'not set ({reason})',
  panelJobRunning: 'running',
  panelJobDone: 'done',
  panelJobStopped: 'stopped',
  panelJobFailed: 'failed',
  panelJobHeading: '{label}: {state}',
  panelStop: 'Stop',
  panelNotPortal: 'This page is not one of the hours-recognition screens; the assistant does nothing here.',
  panelUnsure: 'This page looks like an hours-recognition screen, but the assistant is not sure which one, so it does nothing.',
  panelCopyStructure: 'Copy page structure',
  panelCopied: 'Copied. ',
  panelCopyRefused: 'The browser does not allow copying: select everything in the box below and copy it. ',
  panelStructureNote: 'It holds only the page’s titles, field names and button texts — no values, names or ID numbers; paste it into a bug report.',
  panelStructureLabel: 'Page structure',
  panelNotRecognised: 'Not recognised',
  panelExpand: 'Expand',
  panelCollapse: 'Collapse',
  recogniseLooksLike: 'Looks like “{screen}”, but these are missing: {missing}{veto}',
  recogniseTie: 'Looks like both “{screen}” and “{rival}”; to avoid mistakes the assistant does not choose',
  recogniseMissingItem: '“{text}”',
  recogniseMissingSeparator: ', ',
  recogniseVeto: ' ({veto})',
  checkUploadControl: 'an upload control',
  checkUploadTitle: 'a title about uploads, attachments or evidence',
  checkUploadTip: 'the portal’s note on accepted file types',
  vetoApplicantForm: 'the page has an application form',
  vetoYearDialog: 'this is the year rows dialog',
  vetoNoYearFields: 'the dialog has no year fields yet',
  vetoPersonalForm: 'this is the application form with personal details',
  vetoNoUpload: 'the dialog has no upload control',
  vetoNotReviewList: 'this is not a review list',
  vetoNoYearRange: 'no start year and end year fields',
  panelShortcutHint: 'Press these keys anywhere on the page to jump to the assistant’s next step',
  sectionChecks: 'Checks',
  sectionFill: 'Fill in',
  sectionApplicant: 'Applicant',
  sectionEvidence: 'Evidence',
  sectionGuard: 'Before submitting',
  sectionReview: 'Review',
  refusalNoProfile: 'No applicant in the ledger yet: import your ledger on the assistant’s options page first',
  refusalNotOurMessage: 'Refused: not a message of the assistant itself',
  refusalNotPortalPage: 'Refused: only the assistant on an HRSS portal page is answered',
  refusalBadRequest: 'Refused: a request the assistant does not understand',
  refusalNoSuchFile: 'The ledger has no such file (it may have been deleted, or belong to another applicant)',
  refusalFileTooBig: '“{name}” is too big to hand to the page',
  refusalLedgerError: 'Error reading the ledger: {message}',
  refusalNoAnswer: 'Could not read the ledger: {message}',
  refusalReviewerScreen: 'Reviewer screens do not read the ledger: the application checked here is someone else’s',
  refusalNoBackground: 'Not connected to the assistant’s background: the ledger cannot be read',
};

/** The screen's name in the panel header (SCREEN_NAMES in utils/portal/screens.ts holds the zh-CN names). */
export const SCREEN_NAMES_EN = {
  'applicant-list': 'Applications',
  'applicant-form': 'Applicant details',
  'year-detail': 'Yearly hours',
  'year-form': 'Year row form',
  'evidence-upload': 'Upload attachments',
  'hr-list': 'Review list',
  'hr-detail': 'Application details',
  'certificate-print': 'Hours certificate printing',
} as const;

/**
 * The one lookup of every dictionary pair (the shell's here, i18n.ts's t, the certificate reader's tc): the text of
 * `key` in `lang` (default: the current UI language, read tracked so a component re-renders), `{name}` placeholders
 * filled from params. A key English lacks reads in Chinese.
 */
export function lookup<K extends string>(zh: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>) {
  return (key: K, params?: Params, lang: UiLanguage = uiLang.value): string => {
    const text: string = (lang === 'en' ? en[key] : undefined) ?? zh[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** English month abbreviation (1 = Jan), for texts that name a month. */
export const monthName = (m: number): string => MONTHS[m - 1] ?? String(m);

/** A lookup's text cut at its `{slot}` placeholder, so a component can put an element (a quoted name) there. */
export function splitter<K extends string>(text: (key: K, params?: Params, lang?: UiLanguage) => string) {
  return (key: K, slot: string, params?: Params, lang: UiLanguage = uiLang.value): [string, string] => {
    const [before, after = ''] = text(key, params, lang).split(`{${slot}}`);
    return [before, after];
  };
}

/** The text of a shell key (see lookup). */
export const tShell = lookup(SHELL_ZH, SHELL_EN);

/** What each refusal code says (utils/messages.ts Refusal): the panel words "no context" on every applicant screen. */
const REFUSAL_KEY: Record<RefusalCode, ShellMessageKey> = {
  'no-profile': 'refusalNoProfile',
  'not-our-message': 'refusalNotOurMessage',
  'not-portal-page': 'refusalNotPortalPage',
  'bad-request': 'refusalBadRequest',
  'no-such-file': 'refusalNoSuchFile',
  'file-too-big': 'refusalFileTooBig',
  'ledger-error': 'refusalLedgerError',
  'no-answer': 'refusalNoAnswer',
  'reviewer-screen': 'refusalReviewerScreen',
  'no-background': 'refusalNoBackground',
};

/** Why there is no data, in `lang` (default: the current UI language, read tracked so a component re-renders). */
export function refusalText(refusal: Refusal, lang: UiLanguage = uiLang.value): string {
  return tShell(REFUSAL_KEY[refusal.code], 'params' in refusal ? refusal.params : undefined, lang);
}
