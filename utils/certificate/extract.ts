// Reading a certificate's text (from a PDF's text layer or OCR) into fields: plain functions, no browser APIs.
// Every field carries a confidence in [0, 1]; the UI highlights those below LOW_CONFIDENCE.
// Hours are never converted here: days go to rules/ (training, 8 or 10 per day by the rule set), see draft.ts.
import type { ActivityKind, Category } from '../../rules/schema';
import { ACTIVITY_KINDS } from '../../rules/kinds';

export const LOW_CONFIDENCE = 0.6;

/** One value read off a certificate, with how sure the reading is (0–1). */
export interface ReadValue<T> {
  value?: T;
  confidence: number;
}

export type HoursUnit = '学时' | '课时' | '小时';

export interface DateRange {
  start: string; // YYYY-MM-DD (day 01 when the text gives only the month)
  end?: string;
}

export interface CertificateReading {
  kind: ReadValue<ActivityKind>;
  name: ReadValue<string>;
  year: ReadValue<number>;
  dates: ReadValue<DateRange>;
  /** Hours stated on the certificate (学时 / 课时 / 小时), with the unit they were written in. */
  hours: ReadValue<number>;
  hoursUnit?: HoursUnit;
  /** Days stated (共3天, 半天 = 0.5) or counted from a date range; converted by the rules. */
  days: ReadValue<number>;
  issuer: ReadValue<string>;
  category: ReadValue<Category>;
  /** 继续教育形式 as the portal words it (培训班, 远程教育, 学术会议 …). */
  form: ReadValue<string>;
  patentType: ReadValue<'invention' | 'utility' | 'design'>;
  level: ReadValue<'provincial' | 'municipal'>;
  grade: ReadValue<1 | 2 | 3>;
  rank: ReadValue<number>;
  paperRole: ReadValue<'first' | 'corresponding' | 'other'>;
}

const none = <T>(): ReadValue<T> => ({ confidence: 0 });
const got = <T>(value: T, confidence: number): ReadValue<T> => ({ value, confidence });

// ---- text clean-up ------------------------------------------------------------------------------

const RADICALS: Record<string, string> = {
  '⺠': '民', '⻓': '长', '⻔': '门', '⻢': '马', '⻛': '风', '⻜': '飞', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车',
  '⻚': '页', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻳': '龟', '⻰': '龙', '⺟': '母', '⻘': '青',
  '⻝': '食', '⺇': '几', '⺈': '刀', '⺊': '卜', '⺌': '小', '⺗': '心', '⺝': '月', '⺡': '水', '⺢': '水', '⺣': '火', '⺤': '爪',
  '⺩': '王', '⺫': '目', '⺬': '示', '⺮': '竹', '⺶': '羊', '⺼': '肉', '⻊': '足', '⻌': '辶', '⻍': '辶', '⻏': '阝', '⻖': '阝',
  '⻣': '骨', '⻤': '鬼', '⻧': '卤', '⻪': '黾', '⻭': '齿', '⻯': '龙', '⺁': '厂', '⺄': '乙', '⺆': '冂', '⺋': '卩',
  '⺍': '小', '⺏': '尢', '⺐': '尢', '⺓': '幺', '⺔': '彐', '⺕': '彐', '⺖': '心', '⺘': '手', '⺙': '攴', '⺛': '无', '⺞': '歹',
  '⺧': '牛', '⺨': '犬', '⺪': '疋', '⺭': '示', '⺯': '糸', '⺰': '纟', '⺱': '网', '⺲': '网', '⺴': '网', '⺷': '羊',
  '⺹': '老', '⺺': '聿', '⺻': '聿', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衣', '⻃': '襾', '⻇': '贝', '⻈': '讠',
  '⻑': '长', '⻒': '镸', '⻕': '门', '⻗': '雨', '⻙': '韦', '⻞': '食', '⻟': '饣', '⻠': '饣', '⻡': '首',
};
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '《》（）【】：，。、；“”';

/**
 * Normalises extracted or OCR text: full-width digits and letters to ASCII, the spaces OCR puts between Chinese
 * characters removed, common OCR slips inside numbers (O→0, l/I→1) fixed. Line breaks are kept.
 */
export function normaliseText(raw: string): string {
  // PDFs made from CJK fonts often map characters to Kangxi radicals (⽂ U+2F42 for 文): NFKC folds those; the CJK
  // radicals supplement (⺠ for 民) has no compatibility mapping, so the common ones are folded by hand.
  let s = raw.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c);
  s = s.replace(/[\uff01-\uff5e]/g, (c) => {
    const ch = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    return '：（）；，'.includes(c) ? c : ch; // keep Chinese punctuation that labels rely on
  });
  s = s.replace(/\u3000/g, ' ').replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ');
  // spaces between two CJK characters (or CJK and its punctuation) are layout, not text
  const gap = new RegExp(`([${CJK}${CJK_PUNCT}]) +(?=[${CJK}${CJK_PUNCT}])`, 'g');
  s = s.replace(gap, '$1');
  // spaces between a CJK character and a digit, and inside numbers split by OCR ("2 0 2 4")
  s = s.replace(new RegExp(`([${CJK}]) +(?=\\d)`, 'g'), '$1').replace(new RegExp(`(\\d) +(?=[${CJK}])`, 'g'), '$1');
  s = s.replace(/(\d) (?=\d)/g, '$1');
  // O/o/l/I inside digit runs
  s = s.replace(/(?<=\d)[Oo](?=\d|年|月|日)/g, '0').replace(/(?<=\d)[lI|](?=\d)/g, '1');
  s = s.replace(/[:]/g, '：').replace(/[(]/g, '（').replace(/[)]/g, '）');
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

// ---- numbers ------------------------------------------------------------------------------------

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 and plain digits; undefined when unreadable. */
export function chineseNumber(s: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === '半') return 0.5;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?(半)?$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  let n = m[2] ? (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0) : CN_DIGIT[m[1] ?? m[3]];
  if (m[4]) n += 0.5;
  return n;
}

/** 二〇二四 → 2024 (digit by digit, as years are written). */
function chineseYear(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  const digits = [...s].map((c) => CN_DIGIT[c]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// ---- dates --------------------------------------------------------------------------------------

export interface FoundDate extends DateRange {
  index: number; // where in the text it starts
  /** The text right before it, for labels like 授权公告日 or 培训时间. */
  before: string;
}

const CN_NUM = '[〇零一二三四五六七八九十]';
const YEAR_RE = `(\\d{4}|${CN_NUM}{4})`;
const MD_RE = `(\\d{1,2}|${CN_NUM}{1,3})`;
// 2024年5月6日, 2024.5.6, 2024-05-06, 2024/5/6, 二〇二四年五月六日, then an optional range end:
// 至8日 / 至6月8日 / 至2024年6月8日 / —2024.06.08 / -6.8
const DATE_RE = new RegExp(
  `${YEAR_RE}\\s*(?:年|[.\\-/])\\s*${MD_RE}\\s*(?:月|[.\\-/])\\s*${MD_RE}\\s*日?` +
    `(?:\\s*(?:至|到|~|～|—|–|-|－|一)+\\s*(?:${YEAR_RE}\\s*(?:年|[.\\-/])\\s*)?(?:${MD_RE}\\s*(?:月|[.\\-/])\\s*)?${MD_RE}\\s*日?)?`,
  'g',
);
// A month without a day: 2023年8月, 2023.08 (only used when no full date exists)
const MONTH_RE = new RegExp(`${YEAR_RE}\\s*(?:年|[.\\-/])\\s*${MD_RE}\\s*月?(?![\\d日])`, 'g');

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return /^\d+$/.test(s) ? Number(s) : chineseNumber(s);
}

/** Every date and date range in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const y = chineseYear(m[1]);
    const mo = num(m[2]);
    const d = num(m[3]);
    if (y === undefined || mo === undefined || d === undefined || !valid(y, mo, d)) continue;
    const found: FoundDate = { start: iso(y, mo, d), index: m.index, before: text.slice(Math.max(0, m.index - 12), m.index) };
    if (m[6] !== undefined) {
      const y2 = m[4] ? chineseYear(m[4]) : y;
      const mo2 = m[5] ? num(m[5]) : mo;
      const d2 = num(m[6]);
      if (y2 !== undefined && mo2 !== undefined && d2 !== undefined && valid(y2, mo2, d2)) {
        const end = iso(y2, mo2, d2);
        if (end >= found.start) found.end = end;
      }
    }
    out.push(found);
  }
  return out;
}

function findMonths(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(MONTH_RE)) {
    const y = chineseYear(m[1]);
    const mo = num(m[2]);
    if (y === undefined || mo === undefined || !valid(y, mo, 1)) continue;
    out.push({ start: iso(y, mo, 1), index: m.index, before: text.slice(Math.max(0, m.index - 12), m.index) });
  }
  return out;
}

/** Calendar days from start to end, both inclusive. */
export function daysInRange(r: DateRange): number {
  if (!r.end) return 1;
  return Math.round((Date.parse(r.end) - Date.parse(r.start)) / 86_400_000) + 1;
}

// ---- labels -------------------------------------------------------------------------------------

/** The value after a label such as 课程名称： on the same line (or the next line when the label ends its line). */
export function afterLabel(text: string, labels: string[]): string | undefined {
  const lines = text.split('\n');
  for (const label of labels) {
    for (let i = 0; i < lines.length; i++) {
      const at = lines[i].indexOf(label);
      if (at < 0) continue;
      let rest = lines[i].slice(at + label.length).replace(/^[\s：:；;]+/, ''); // OCR reads ： as ；
      if (!rest && i + 1 < lines.length) rest = lines[i + 1];
      // stop at the next label on the same line (two columns: 姓名：张三 单位：…)
      rest = rest.split(/\s{1,}(?=[\u4e00-\u9fff]{2,6}[：:])/)[0].trim();
      if (rest) return rest;
    }
  }
  return undefined;
}

function unquote(s: string): string {
  const m = /^《([^《》]+)》/.exec(s);
  return (m ? m[1] : s).replace(/[。；;，,]+$/, '').trim();
}

// ---- the fields ---------------------------------------------------------------------------------

const KIND_CUES: [ActivityKind, RegExp, number][] = [
  ['patent', /专利证书|专利号|发明名称|实用新型名称|外观设计名称|国家知识产权局/, 0.95],
  ['award', /(科学技术|科技进步|社会科学|社科|自然科学|技术发明|优秀成果)[^\n]{0,8}奖|[一二三]等奖/, 0.9],
  ['research-project', /结题证书|结项证书|准予结题|准予结项/, 0.9],
  ['book', /出版社|ISBN/, 0.75],
  ['paper', /论文题目|刊号|ISSN|CN\s?\d{2}-\d{4}|录用通知|期刊|学报/, 0.85],
  ['online-course', /网络|在线|远程|线上|学习平台|网络学院|学习时长/, 0.85],
  ['training', /培训|研修|进修|研讨|会议|结业|讲座|学习班/, 0.85],
];

export function readKind(text: string): ReadValue<ActivityKind> {
  for (const [kind, re, c] of KIND_CUES) if (re.test(text)) return got(kind, c);
  return got<ActivityKind>('training', 0.3);
}

const NAME_LABELS = ['课程名称', '培训项目', '培训名称', '培训班名称', '项目名称', '论文题目', '论文名称', '发明名称', '实用新型名称', '外观设计名称', '成果名称', '课题名称', '会议名称', '著作名称', '书名'];
// 《…》 after these is a journal or a publisher, not the activity
const VENUE_BEFORE = /(发表于|刊登于|刊发于|刊物|期刊|刊载于|载于|在)\s*$/;

export function readName(text: string): ReadValue<string> {
  const labelled = afterLabel(text, NAME_LABELS);
  if (labelled) return got(unquote(labelled), 0.95);
  for (const m of text.matchAll(/《([^《》\n]{2,60})》/g)) {
    if (VENUE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    return got(m[1].trim(), 0.85);
  }
  // 参加了…培训班 / 参加…研修班 without quotes
  const m = /参加(?:了|由[^\n，。]{2,30}(?:举办|组织|主办)的)?([^\n，。《》]{4,40}?(?:培训班|研修班|进修班|培训|研讨会|会议))/.exec(text);
  if (m) return got(m[1].trim(), 0.6);
  return none();
}

const STATED_HOURS_RE = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*(?:个)?(学时|课时|小时)/g;
const HOURS_LABEL = /(共计|合计|总计|获得|共|计|学时数|学时|时长)[：:\s]*$/;

export function readHours(text: string): { hours: ReadValue<number>; unit?: HoursUnit } {
  let best: { value: number; unit: HoursUnit; c: number } | undefined;
  for (const m of text.matchAll(STATED_HOURS_RE)) {
    const value = chineseNumber(m[1]);
    if (value === undefined || value <= 0 || value > 2000) continue;
    const unit = m[2] as HoursUnit;
    const labelled = HOURS_LABEL.test(text.slice(Math.max(0, m.index - 6), m.index));
    const c = (labelled ? 0.95 : 0.8) * (unit === '学时' ? 1 : 0.9);
    if (!best || c > best.c) best = { value, unit, c };
  }
  return best ? { hours: got(best.value, best.c), unit: best.unit } : { hours: none() };
}

export function readDays(text: string, dates: ReadValue<DateRange>): ReadValue<number> {
  // 3天, 1.5天, 两天半, 三天
  const m = /(\d+(?:\.5)?|[一二两三四五六七八九十]{1,3})\s*(?:个)?天(半)?/.exec(text);
  if (m) {
    const d = chineseNumber(m[1]);
    if (d !== undefined && d > 0 && d <= 366) return got(d + (m[2] ? 0.5 : 0), 0.9);
  }
  if (/半天/.test(text)) return got(0.5, 0.85);
  if (dates.value?.end) return got(daysInRange(dates.value), 0.55); // counted, not stated
  return none();
}

const ISSUER_LABELS = ['发证单位', '发证机关', '颁发单位', '主办单位', '培训机构', '举办单位', '授予单位', '证明单位', '出具单位'];
const ORG_SUFFIX = /(协会|学会|大学|学院|研究院|研究所|中心|委员会|人民政府|政府|厅|局|部|公司|学校|医院|出版社|编辑部|杂志社|基地|平台)$/;

export function readIssuer(text: string): ReadValue<string> {
  const labelled = afterLabel(text, ISSUER_LABELS);
  if (labelled) return got(labelled.replace(/[（(]盖章[）)]|（章）/g, '').trim(), 0.9);
  const lines = text.split('\n');
  // the signature block: the last line that is an organisation name (often just above the date)
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i].replace(/[（(]盖章[）)]|（章）|\s/g, '');
    if (l.length >= 4 && l.length <= 30 && ORG_SUFFIX.test(l) && !/[：，。]/.test(l)) return got(l, 0.75);
  }
  const m = /由([^\n，。]{4,30}?(?:协会|学会|大学|学院|研究院|中心|委员会|厅|局|公司))(?:举办|主办|组织)/.exec(text);
  if (m) return got(m[1], 0.7);
  return none();
}

export function readCategory(text: string): ReadValue<Category> {
  if (/公需科目|公需课|公需/.test(text)) return got('public', 0.9);
  if (/专业科目|专业课|专业技术课程/.test(text)) return got('professional', 0.9);
  return got('professional', 0.4);
}

const DATE_LABEL_BY_KIND: Partial<Record<ActivityKind, RegExp>> = {
  patent: /授权|公告|颁证/,
  award: /颁奖|授奖|发证|日期/,
  paper: /发表|出版|刊出/,
  training: /培训时间|学习时间|举办时间|会议时间|时间|日期/,
  'online-course': /学习时间|完成时间|时间|日期/,
};

export function readDates(text: string, kind: ActivityKind | undefined): ReadValue<DateRange> {
  // a patent counts in the year it was granted, never the year it was filed (申请日)
  const dates = findDates(text).filter((d) => kind !== 'patent' || !/申请/.test(d.before));
  const cue = kind ? DATE_LABEL_BY_KIND[kind] : undefined;
  if (dates.length) {
    const labelled = cue && dates.find((d) => cue.test(d.before));
    if (labelled) return got({ start: labelled.start, end: labelled.end }, 0.95);
    const range = dates.find((d) => d.end);
    if (range) return got({ start: range.start, end: range.end }, 0.85);
    // one date only, or the issue date at the bottom: the earliest is the activity's
    const first = dates.reduce((a, b) => (b.start < a.start ? b : a));
    return got({ start: first.start }, dates.length === 1 ? 0.8 : 0.65);
  }
  const months = findMonths(text);
  if (months.length) return got({ start: months[0].start }, 0.6);
  return none();
}

export function readYear(text: string, kind: ActivityKind | undefined, dates: ReadValue<DateRange>): ReadValue<number> {
  // 2022年度…奖 / 2023年第4期: the year the rule credits for awards and papers
  if (kind === 'award') {
    const m = /(\d{4})\s*年度/.exec(text);
    if (m) return got(Number(m[1]), 0.9);
  }
  if (kind === 'paper') {
    const m = /(\d{4})\s*年\s*第\s*\d{1,2}\s*期|(\d{4})\s*,\s*\d{1,2}\s*\(\d{1,2}\)/.exec(text);
    if (m) return got(Number(m[1] ?? m[2]), 0.9);
  }
  if (dates.value) return got(Number(dates.value.start.slice(0, 4)), dates.confidence);
  const m = /(\d{4})\s*年/.exec(text);
  if (m && Number(m[1]) >= 1990 && Number(m[1]) <= 2100) return got(Number(m[1]), 0.5);
  return none();
}

export function readPatentType(text: string): ReadValue<'invention' | 'utility' | 'design'> {
  if (/实用新型/.test(text)) return got('utility', 0.95);
  if (/外观设计/.test(text)) return got('design', 0.95);
  if (/发明专利|发明名称/.test(text)) return got('invention', 0.95);
  return none();
}

export function readLevel(text: string): ReadValue<'provincial' | 'municipal'> {
  if (/(国家|国务院|省|部|自治区)[^\n]{0,12}(奖|项目|课题)|省级|省部级|国家级|[省部]人民政府/.test(text)) return got('provincial', 0.85);
  if (/(市|州|厅|局)[^\n]{0,12}(奖|项目|课题)|市级|市厅级|市人民政府/.test(text)) return got('municipal', 0.85);
  return none();
}

export function readGrade(text: string): ReadValue<1 | 2 | 3> {
  const m = /([一二三])等奖/.exec(text);
  if (m) return got(chineseNumber(m[1]) as 1 | 2 | 3, 0.95);
  return none();
}

function sameButOne(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** 排名第三 / 第二完成人 / the person's place in a list of inventors or authors. */
export function readRank(text: string, personName?: string): ReadValue<number> {
  const m = /(?:排名|排序|位次)\s*(?:第)?\s*(\d+|[一二三四五六七八九十]{1,2})|第\s*(\d+|[一二三四五六七八九十]{1,2})\s*(?:完成人|发明人|作者|名)/.exec(text);
  if (m) {
    const n = chineseNumber(m[1] ?? m[2]);
    if (n !== undefined && n >= 1) return got(n, 0.9);
  }
  if (personName) {
    const list = afterLabel(text, ['发明人', '设计人', '作者', '完成人', '主要完成人']);
    if (list) {
      const names = list.split(/[；;、，,\s]+/).map((s) => s.trim()).filter(Boolean);
      const at = names.indexOf(personName);
      if (at >= 0) return got(at + 1, 0.9);
      // OCR may misread one character of a name (赵一鸭 for 赵一鸣): a unique near match, with less confidence
      const near = names.flatMap((n, i) => (sameButOne(n, personName) ? [i] : []));
      if (near.length === 1) return got(near[0] + 1, 0.65);
    }
  }
  return none();
}

export function readPaperRole(text: string, rank: ReadValue<number>): ReadValue<'first' | 'corresponding' | 'other'> {
  if (/独著|独立作者|第一作者/.test(text)) return got('first', 0.9);
  if (/通讯作者|通信作者/.test(text)) return got('corresponding', 0.9);
  if (/第[二三四五六七八九十]作者/.test(text)) return got('other', 0.9);
  if (rank.value !== undefined) return got(rank.value === 1 ? 'first' : 'other', rank.confidence);
  return none();
}

function readEducationForm(text: string, kind: ActivityKind): ReadValue<string> {
  if (kind === 'online-course') return got('远程教育', 0.85);
  if (kind === 'training') {
    if (/学术会议|研讨会|论坛|年会/.test(text)) return got('学术会议', 0.8);
    if (/研修班/.test(text)) return got('研修班', 0.8);
    if (/进修班/.test(text)) return got('进修班', 0.8);
    return got('培训班', 0.8);
  }
  return got(ACTIVITY_KINDS[kind].form, 0.8); // the kind's default 继续教育形式 (rules/kinds.ts)
}

/**
 * Reads a certificate's text. `personName` (the active person) helps find their place among inventors or authors.
 * `textConfidence` (OCR's mean word confidence, 0–1) scales every field's confidence.
 */
export function readCertificate(rawText: string, opts: { personName?: string; textConfidence?: number } = {}): CertificateReading {
  const text = normaliseText(rawText);
  const kind = readKind(text);
  const dates = readDates(text, kind.value);
  const { hours, unit } = readHours(text);
  const rank = readRank(text, opts.personName);
  const reading: CertificateReading = {
    kind,
    name: readName(text),
    year: readYear(text, kind.value, dates),
    dates,
    hours,
    hoursUnit: unit,
    days: hours.value === undefined ? readDays(text, dates) : none(),
    issuer: readIssuer(text),
    category: readCategory(text),
    form: readEducationForm(text, kind.value ?? 'training'),
    patentType: kind.value === 'patent' ? readPatentType(text) : none(),
    level: kind.value === 'award' || kind.value === 'research-project' ? readLevel(text) : none(),
    grade: kind.value === 'award' ? readGrade(text) : none(),
    rank,
    paperRole: kind.value === 'paper' ? readPaperRole(text, rank) : none(),
  };
  const scale = opts.textConfidence;
  if (scale !== undefined && scale < 1) {
    for (const f of Object.values(reading)) if (f && typeof f === 'object' && 'confidence' in f) (f as ReadValue<unknown>).confidence *= Math.max(0, scale);
  }
  return reading;
}
