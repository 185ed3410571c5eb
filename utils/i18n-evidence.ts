// Texts of the evidence sets (issue 12.3: which set of materials each activity's files complete) and of variant B's
// required slots (12.6), zh-CN first, English second, read with `te` in the UI language that utils/i18n.ts holds.
// The material names the sets quote (培训通知, 结业证书 …) and the citations stay Chinese: they are the official words.
import { MATERIAL_LABELS, type MaterialTag } from '../rules/materials';
import { uiLang, type Params } from './i18n-shell';

export const EVIDENCE_ZH = {
  evSetComplete: '材料齐全',
  evSetIncomplete: '材料不全，还缺：',
  evSetOther: '或交齐另一套：',
  evSetCovered: '以前年度的学时认定单覆盖该年，不必另交材料',
  evSetSilent: '文件没有规定这类活动交哪些材料：',
  evSetUnknown: '继续教育形式对不上材料清单中的任何一项，无法判断该交哪些材料',
  evSetHave: '已有：',
  evSetSummary: '{complete}/{total} 项活动材料齐全',
  evColon: '：',
  evMaterialLabel: '“{name}”是什么材料',
  evMaterialNone: '（未标注）',
  evMaterialGuessed: '（按文件名猜测，请确认）',
  evMaterialSaved: '已把“{name}”标为：{what}',
  evPersonalHeading: '申报材料（学历信息、委托审批函）',
  evPersonalHint: '按年度申报的页面（申报材料上传）还要求上传学历信息和委托审批函：放在这里，页面助手会把它们放进对应的栏目。',
  evPersonalAdd: '添加文件…',
  evPersonalAdded: '已添加“{name}”',
  evPersonalNone: '还没有文件。',
  // panel: variant B's slots
  slotsHeading: '申报材料上传的必传栏目',
  slotEmpty: '{slot}：还没有文件',
  slotFilled: '{slot}：已有 {count} 个文件',
  slotsAllFilled: '必传栏目都已有文件，可以回到表单点“保存”。',
  slotsEmptyBeforeSave: '点“保存”之前，还要在这些必传栏目上传文件：{slots}',
  slotChoiceLabel: '“{name}”放入',
  slotChoiceNone: '不放入',
  slotAttach: '放入所选栏目',
  slotNoFiles: '台账里没有可放入的文件（学历信息、委托审批函可在台账的“申报材料”里添加）。',
  // the slots job's log (components/panel/UploadSlots.tsx)
  slotAlready: '“{name}”已在“{slot}”中，跳过',
  slotTooBig: '“{name}”超过网厅的大小上限，跳过',
  slotNothing: '没有需要放入的文件。',
  slotNoControl: '找不到“{slot}”栏目的上传控件',
  slotReading: '从台账读取“{name}”…',
  slotChosen: '已选入“{slot}”：{names}',
  slotNoSend: '找不到“{button}”按钮',
  slotWaitUpload: '网页显示上传完成',
} as const;

export const EVIDENCE_EN: Record<keyof typeof EVIDENCE_ZH, string> = {
  evSetComplete: 'Materials complete',
  evSetIncomplete: 'Materials incomplete, still missing: ',
  evSetOther: 'or complete the other set: ',
  evSetCovered: 'An earlier “学时认定单” covers this year: no other materials needed',
  evSetSilent: 'The notice names no materials for this kind of activity: ',
  evSetUnknown: 'The form of education matches no item of the material list, so the materials needed cannot be told',
  evSetHave: 'Have: ',
  evSetSummary: '{complete}/{total} activities have complete materials',
  evColon: ': ',
  evMaterialLabel: 'What “{name}” is',
  evMaterialNone: '(not tagged)',
  evMaterialGuessed: '(guessed from the file name, please confirm)',
  evMaterialSaved: 'Tagged “{name}” as: {what}',
  evPersonalHeading: 'Application documents (“学历信息”, “委托审批函”)',
  evPersonalHint: 'The per-year application screen (“申报材料上传”) also requires the education certificate and the entrustment letter: keep them here and the page assistant puts them into their slots.',
  evPersonalAdd: 'Add files…',
  evPersonalAdded: 'Added “{name}”',
  evPersonalNone: 'No files yet.',
  slotsHeading: 'Required slots of “申报材料上传”',
  slotEmpty: '“{slot}”: no file yet',
  slotFilled: '“{slot}”: {count} file(s)',
  slotsAllFilled: 'Every required slot has a file: go back to the form and click “保存” (Save).',
  slotsEmptyBeforeSave: 'Before “保存” (Save), upload files into these required slots: {slots}',
  slotChoiceLabel: 'Put “{name}” into',
  slotChoiceNone: 'Do not put in',
  slotAttach: 'Put into the chosen slots',
  slotNoFiles: 'The ledger has no file to put in (add the education certificate and entrustment letter under “Application documents” in the ledger).',
  slotAlready: '“{name}” is already in “{slot}”; skipped',
  slotTooBig: '“{name}” is over the portal’s size limit; skipped',
  slotNothing: 'No file to put in.',
  slotNoControl: 'Cannot find the upload control of the “{slot}” slot',
  slotReading: 'Reading “{name}” from the ledger…',
  slotChosen: 'Put into “{slot}”: {names}',
  slotNoSend: 'Cannot find the “{button}” button',
  slotWaitUpload: 'the page showing the upload finished',
};

const MATERIAL_LABELS_EN: Record<MaterialTag, string> = {
  notice: 'notice',
  invitation: 'invitation',
  timetable: 'timetable',
  schedule: 'schedule',
  'sign-in': 'sign-in sheet',
  'completion-certificate': 'completion certificate',
  'dispatch-notice': 'dispatch notice',
  'signup-form': 'sign-up form',
  'activity-log': 'activity log',
  'course-hours': 'course duration',
  'course-content': 'course content',
  'course-progress': 'course progress',
  receipt: 'receipt',
  'study-material': 'study notes',
  'other-proof': 'other supporting proof',
  'conclusion-certificate': 'project conclusion certificate',
  cover: 'cover',
  'copyright-page': 'copyright page',
  contents: 'table of contents',
  'journal-number': 'journal number (“刊号”)',
  retrieval: 'indexing record (“检索材料”)',
  'patent-certificate': 'patent certificate',
  'award-certificate': 'award certificate',
  'assessment-form': 'assessment form',
  transcript: 'transcript',
  'pass-certificate': 'pass certificate',
  education: 'education certificate (“学历信息”)',
  entrustment: 'entrustment letter (“委托审批函”)',
  'recognition-form': 'recognition form (“学时认定单”)',
};

export type EvidenceMessageKey = keyof typeof EVIDENCE_ZH;

/** Like i18n's `t`, for these keys, in the current UI language (the same `uiLang` signal, so components re-render). */
export function te(key: EvidenceMessageKey, params?: Params, lang = uiLang.value): string {
  const text: string = (lang === 'en' ? EVIDENCE_EN : EVIDENCE_ZH)[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

export function materialLabel(tag: MaterialTag, lang = uiLang.value): string {
  return lang === 'en' ? MATERIAL_LABELS_EN[tag] : MATERIAL_LABELS[tag];
}
