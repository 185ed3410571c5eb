// Which portal screen is showing, scored from weighted signals (title, labels, column headers, buttons) over the texts
// a scan collected (github-url-detection style: each screen lists the fixtures it must match; the matrix test runs
// every fixture against every screen). A screen is recognised when its score passes the threshold and no other
// screen scores alike; texts we do not know (extra fields, columns, buttons) never count against a screen.
// The shell's texts only (i18n-shell.ts): recognition runs on every portal page.
import { SCREEN_NAMES_EN, tShell as t, type ShellMessageKey as MessageKey, type UiLanguage } from '../i18n-shell';
import { SCREEN_NAMES, type PortalVariant, type Recognition, type ScreenId } from './screens';
import { scanDocument, scanTop, topScope, type Scope } from './scan';
import { APPLICANT_FIELDS, BUTTONS, CERTIFICATE_FIELDS, LIST_COLUMNS, normSet, normText, TITLES, YEAR_FIELDS, type Wording } from './texts';

/** Where a signal is looked for: the dialog's title, form labels, table headers, buttons, any text, or a check of its own. */
export type SignalKind = 'title' | 'label' | 'header' | 'button' | 'text' | 'check';

export interface ScreenSignal {
  kind: SignalKind;
  wordings: readonly Wording[];
  weight: number;
  /** kind 'check': whether the scope shows it (wordings[0] names it in 未识别 reasons, `name` in the UI language). */
  check?: (scope: Scope) => boolean;
  name?: MessageKey;
}

export interface ScreenSpec {
  screen: ScreenId;
  /** Fixture files (without .html) that show this screen: hand-written from the guides, and captured from the replica (`replica-*`, see capture.ts). */
  examples: string[];
  where: 'page' | 'dialog' | 'any';
  /** Alternative signal sets (e.g. variant A's and variant B's form); the best one counts. */
  sets: { variant: PortalVariant; signals: ScreenSignal[] }[];
  /** Why this scope cannot be this screen whatever its score (null: it can). */
  veto?(scope: Scope): MessageKey | null;
  /** Refines the variant from the scope (e.g. the list's 数据状态 column means variant B). */
  variant?(scope: Scope, fromSet: PortalVariant): PortalVariant;
}

/** A screen passes at this share of its signals' weight… */
export const THRESHOLD = 0.6;
/** …and only when no other screen comes within this margin of it. */
export const SCORE_MARGIN = 0.15;
/** A page whose best screen scores this much looks like 学时核认 (the panel explains why it is not recognised). */
export const LOOKS_LIKE = 0.3;

const sig = (kind: SignalKind, wordings: readonly Wording[], weight = 1): ScreenSignal => ({ kind, wordings, weight });
const check = (name: MessageKey, weight: number, fn: (scope: Scope) => boolean): ScreenSignal => ({
  kind: 'check',
  wordings: [{ text: t(name, undefined, 'zh-CN'), source: '' }],
  weight,
  check: fn,
  name,
});
const hasFileInput = (s: Scope) => s.element.querySelector('input[type="file"]') !== null;
const Y = YEAR_FIELDS;
const A = APPLICANT_FIELDS;
const L = LIST_COLUMNS;
const C = CERTIFICATE_FIELDS;

const yearColumns = (keys: (keyof typeof Y)[]) => keys.map((k) => sig('header', Y[k]));
const yearLabels = (keys: (keyof typeof Y)[]) => keys.map((k) => sig('label', Y[k]));
/** The signals of a screen with one variant's set (A: the variant when nothing says otherwise). */
const variantA = (signals: ScreenSignal[]): ScreenSpec['sets'] => [{ variant: 'A', signals }];
const listColumns = (keys: (keyof typeof L)[]) => keys.map((k) => sig('header', L[k]));
const ALL_YEAR_KEYS = Object.keys(Y) as (keyof typeof Y)[];
const REVIEW_YEAR_KEYS: (keyof typeof Y)[] = ['year', 'publicName', 'publicHours', 'professionalName', 'professionalHours', 'totalHours'];

/** How many of the wordings' normalised forms the set holds. */
const hasIn = (set: Set<string>, wordings: readonly Wording[]) => normSet(wordings).some((t) => set.has(t));
const countLabels = (s: Scope, keys: (keyof typeof Y)[]) => keys.filter((k) => hasIn(s.labels, Y[k])).length;

export const screens: ScreenSpec[] = [
  {
    screen: 'applicant-list',
    examples: ['applicant-list-a', 'applicant-list-b', 'replica-applicant-list-a', 'replica-applicant-list-a-alt', 'replica-applicant-list-b', 'replica-applicant-list-b-alt'],
    where: 'page',
    sets: variantA([
      sig('button', BUTTONS.addApplication, 3),
      sig('text', TITLES.applicantList, 2),
      ...listColumns(['person', 'idNumber', 'reviewYear', 'status', 'actions']),
      sig('button', BUTTONS.submit, 0.5),
    ]),
    // The form (opened from the list) replaces it; when both show, the form wins.
    veto: (s) => (hasIn(s.texts, TITLES.applicantForm) || countLabels(s, ['publicName', 'professionalName', 'totalHours']) >= 2 ? 'vetoApplicantForm' : null),
    variant: (s) => (s.headers.has(normText('数据状态')) || s.texts.has(normText('数据状态')) ? 'B' : 'A'),
  },
  {
    screen: 'applicant-form',
    examples: ['applicant-form-a', 'applicant-form-a-alt', 'applicant-form-b', 'replica-applicant-form-a', 'replica-applicant-form-a-alt', 'replica-applicant-form-b', 'replica-applicant-form-b-alt'],
    where: 'any', // on the page or in a dialog over the list (the portal opens the form either way)
    sets: [
      {
        variant: 'A',
        signals: [
          sig('text', TITLES.applicantForm, 3),
          sig('text', TITLES.filedTable, 2),
          sig('button', BUTTONS.next, 1.5),
          ...(['idNumber', 'name', 'titleLevel', 'phone', 'degree'] as const).map((k) => sig('label', A[k], 1.5)),
          ...(['gender', 'ethnicity', 'employer', 'employerType', 'category', 'subSpecialty', 'region'] as const).map((k) => sig('label', A[k], 0.5)),
        ],
      },
      {
        // Variant B: the year's fields are in the main form, with 学时佐证材料上传.
        variant: 'B',
        signals: [
          sig('button', BUTTONS.evidenceB, 3),
          ...(['idNumber', 'name', 'titleLevel', 'phone', 'degree'] as const).map((k) => sig('label', A[k], 1)),
          ...yearLabels(ALL_YEAR_KEYS),
        ],
      },
    ],
    // A year dialog of variant A shows the year labels without any personal field.
    veto: (s) => (s.kind === 'dialog' && (hasIn(s.titles, TITLES.yearForm) || hasIn(s.titles, TITLES.yearDetail)) ? 'vetoYearDialog' : null),
  },
  {
    screen: 'year-detail',
    examples: ['year-detail', 'year-detail-alt', 'replica-year-detail', 'replica-year-detail-alt'],
    where: 'dialog',
    sets: variantA([sig('title', TITLES.yearDetail, 3), ...yearColumns(ALL_YEAR_KEYS), sig('button', BUTTONS.add), sig('button', BUTTONS.upload, 0.5)]),
  },
  {
    screen: 'year-form',
    examples: ['year-form', 'year-form-alt', 'replica-year-form', 'replica-year-form-alt'],
    where: 'dialog',
    sets: variantA([sig('title', TITLES.yearForm, 3), ...yearLabels(ALL_YEAR_KEYS), sig('button', BUTTONS.save)]),
    veto: (s) =>
      countLabels(s, ALL_YEAR_KEYS) < 3
        ? 'vetoNoYearFields'
        : (['idNumber', 'name', 'phone'] as const).filter((k) => hasIn(s.labels, A[k])).length >= 2
          ? 'vetoPersonalForm'
          : null,
  },
  {
    screen: 'evidence-upload',
    examples: ['evidence-upload-a', 'evidence-upload-b', 'replica-evidence-upload-a', 'replica-evidence-upload-a-alt', 'replica-evidence-upload-b', 'replica-evidence-upload-b-alt'],
    where: 'dialog',
    sets: variantA([
      sig('title', TITLES.upload, 4),
      check('checkUploadControl', 3, hasFileInput),
      check('checkUploadTitle', 2, (s) => [...s.titles].some((t) => /上传|附件|材料/.test(t))),
      // The portal's tip under every upload control: 只能上传jpg.jpeg.png.doc.docx.pdf文件,且不超过20M.
      check('checkUploadTip', 2, (s) => [...s.texts].some((t) => /只能上传|不超过\d+M/i.test(t))),
      sig('button', BUTTONS.choose),
      sig('button', BUTTONS.send),
      sig('button', BUTTONS.close, 0.5),
    ]),
    veto: (s) => (hasFileInput(s) ? null : 'vetoNoUpload'),
    variant: (s) => (s.texts.has(normText('学时上传')) ? 'B' : 'A'),
  },
  {
    screen: 'hr-list',
    examples: ['hr-list-unit', 'hr-list-upper', 'replica-hr-list-unit', 'replica-hr-list-unit-alt', 'replica-hr-list-upper', 'replica-hr-list-upper-alt'],
    where: 'page',
    sets: variantA([
      sig('text', TITLES.hrList, 3),
      sig('button', BUTTONS.query),
      sig('button', BUTTONS.review),
      ...listColumns(['person', 'idNumber', 'status', 'actions']),
      sig('header', L.title, 0.5),
    ]),
    veto: (s) => (hasIn(s.texts, TITLES.hrDetail) || hasIn(s.buttons, BUTTONS.addApplication) ? 'vetoNotReviewList' : null),
  },
  {
    screen: 'hr-detail',
    examples: ['hr-detail', 'replica-hr-detail', 'replica-hr-detail-alt'],
    where: 'any',
    sets: variantA([
      sig('title', TITLES.hrDetail, 3),
      sig('text', TITLES.hrDetailTable, 2),
      ...yearColumns(REVIEW_YEAR_KEYS),
      sig('button', BUTTONS.approve, 1.5),
      sig('button', BUTTONS.reject, 1.5),
      sig('button', BUTTONS.detail),
    ]),
  },
  {
    screen: 'certificate-print',
    examples: ['certificate-print', 'certificate-print-result', 'replica-certificate-print', 'replica-certificate-print-alt'],
    where: 'page',
    sets: variantA([
      // The side menu lists 学时证书打印 on every page: the two year fields and 查询年度 carry the weight.
      sig('title', TITLES.certificatePrint, 1),
      sig('text', TITLES.certificateQuery, 2),
      sig('label', C.fromYear, 2.5),
      sig('label', C.toYear, 2.5),
      sig('button', BUTTONS.query, 1),
      sig('button', BUTTONS.download, 0.5), // only after 查询
    ]),
    veto: (s) => (hasIn(s.labels, C.fromYear) && hasIn(s.labels, C.toYear) ? null : 'vetoNoYearRange'),
  },
];

/** Dialogs that open over a screen without replacing it (the screen and its features stay). */
const OVERLAYS: Partial<Record<ScreenId, readonly (readonly Wording[])[]>> = {
  'hr-detail': [TITLES.rowInfo, TITLES.reject, TITLES.approve],
};

function found(scope: Scope, s: ScreenSignal): number {
  const wanted = normSet(s.wordings);
  const inSet = (set: Set<string>) => wanted.some((t) => set.has(t));
  switch (s.kind) {
    case 'title':
      // A page has no dialog title: its title shows in the breadcrumb, a tab or a heading.
      return scope.kind === 'dialog' ? (inSet(scope.titles) ? 1 : 0) : inSet(scope.texts) ? 1 : 0;
    case 'label':
      // A label the page writes as plain text (a read-only view) still counts, at half weight.
      return inSet(scope.labels) ? 1 : inSet(scope.texts) ? 0.5 : 0;
    case 'header':
      return inSet(scope.headers) ? 1 : inSet(scope.texts) ? 0.5 : 0;
    case 'button':
      return inSet(scope.buttons) ? 1 : inSet(scope.texts) ? 0.5 : 0;
    case 'text':
      return inSet(scope.texts) || inSet(scope.titles) ? 1 : 0;
    case 'check':
      return s.check?.(scope) ? 1 : 0;
  }
}

export interface ScreenScore {
  screen: ScreenId;
  variant: PortalVariant;
  /** Share of the signals' weight found, 0…1. */
  score: number;
  /** The guide's wording of each signal not found, for 未识别 explanations. */
  missing: string[];
  /** Each missing signal's name in the UI language when it is ours (a check), else null (the portal's own words). */
  missingNames: (MessageKey | null)[];
  veto: MessageKey | null;
}

/** Scores one scope against every screen, best first. */
export function scoreScope(scope: Scope): ScreenScore[] {
  const out: ScreenScore[] = [];
  for (const spec of screens) {
    if (spec.where !== 'any' && spec.where !== scope.kind) continue;
    let best: ScreenScore | null = null;
    for (const set of spec.sets) {
      let total = 0;
      let got = 0;
      const missing: string[] = [];
      const missingNames: (MessageKey | null)[] = [];
      for (const s of set.signals) {
        total += s.weight;
        const f = found(scope, s);
        got += f * s.weight;
        if (f < 1) {
          missing.push(s.wordings[0].text);
          missingNames.push(s.name ?? null);
        }
      }
      const score = total ? got / total : 0;
      if (!best || score > best.score) best = { screen: spec.screen, variant: set.variant, score, missing, missingNames, veto: null };
    }
    if (!best) continue;
    best.veto = spec.veto?.(scope) ?? null;
    if (spec.variant) best.variant = spec.variant(scope, best.variant);
    out.push(best);
  }
  return out.sort((a, b) => b.score - a.score);
}

export interface ScopeVerdict {
  recognised: { screen: ScreenId; variant: PortalVariant; score: number } | null;
  scores: ScreenScore[];
  /** Why nothing was recognised (zh-CN), when the scope looks like a 学时核认 screen. */
  reason?: string;
  /** The same, as data for the panel to word in the UI language (unrecognisedText). */
  why?: UnrecognisedWhy;
}

/** Why a scope that looks like a 学时核认 screen was not recognised. */
export type UnrecognisedWhy =
  | { kind: 'missing'; screen: ScreenId; missing: string[]; missingNames: (MessageKey | null)[]; veto: MessageKey | null }
  | { kind: 'tie'; screen: ScreenId; rival: ScreenId };

/**
 * The 未识别 reason in `lang`. The portal's own words that were not found stay as the portal shows them (quoted in
 * English, so the user can look for them); our own checks and vetoes are worded in the UI language.
 */
export function unrecognisedText(why: UnrecognisedWhy, lang: UiLanguage): string {
  const name = (id: ScreenId) => (lang === 'en' ? SCREEN_NAMES_EN[id] : SCREEN_NAMES[id]);
  if (why.kind === 'tie') return t('recogniseTie', { screen: name(why.screen), rival: name(why.rival) }, lang);
  const missing = why.missing
    .slice(0, 6)
    .map((text, i) => {
      const own = why.missingNames[i];
      return own ? t(own, undefined, lang) : t('recogniseMissingItem', { text }, lang);
    })
    .join(t('recogniseMissingSeparator', undefined, lang));
  const veto = why.veto ? t('recogniseVeto', { veto: t(why.veto, undefined, lang) }, lang) : '';
  return t('recogniseLooksLike', { screen: name(why.screen), missing, veto }, lang);
}


/** The verdict for one scope: the single screen that passes, clear of every other; or null with the reason. */
export function judgeScope(scope: Scope): ScopeVerdict {
  const scores = scoreScope(scope);
  const passing = scores.filter((s) => !s.veto && s.score >= THRESHOLD);
  const best = passing[0];
  if (!best) {
    const top = scores[0];
    if (!top || top.score < LOOKS_LIKE) return { recognised: null, scores };
    const why: UnrecognisedWhy = { kind: 'missing', screen: top.screen, missing: top.missing, missingNames: top.missingNames, veto: top.veto };
    return { recognised: null, scores, reason: unrecognisedText(why, 'zh-CN'), why };
  }
  const rival = scores.find((s) => s !== best && !s.veto && s.screen !== best.screen && s.score >= THRESHOLD && best.score - s.score < SCORE_MARGIN);
  if (rival) {
    const why: UnrecognisedWhy = { kind: 'tie', screen: best.screen, rival: rival.screen };
    return { recognised: null, scores, reason: unrecognisedText(why, 'zh-CN'), why };
  }
  return { recognised: { screen: best.screen, variant: best.variant, score: best.score }, scores };
}

/** The single screen one scope shows, or null (unknown, half-matching or ambiguous). */
export function recogniseScope(scope: Scope): { screen: ScreenId; variant: PortalVariant } | null {
  const r = judgeScope(scope).recognised;
  return r ? { screen: r.screen, variant: r.variant } : null;
}

export interface Diagnosis {
  recognition: Recognition | null;
  /** Set when the page looks like a 学时核认 screen but none passed: what was missing, or which screens tie (zh-CN). */
  reason?: string;
  /** The same as data, for the panel's wording in the UI language (unrecognisedText). */
  why?: UnrecognisedWhy;
}

/** The screen showing in `doc`, decided by the topmost open dialog (or the page when no dialog is open), with the reason when none. */
export function diagnose(doc: Document): Diagnosis {
  // Most looks end at the top scope: scan it alone, and the rest of the page only when the answer needs it (an
  // overlay's screen below, an upload's variant, or the reason nothing was recognised).
  const first = scanTop(doc);
  if (!first) return { recognition: null };
  const firstVerdict = judgeScope(first);
  const quick = firstVerdict.recognised;
  if (quick && quick.screen !== 'evidence-upload') return { recognition: { screen: quick.screen, variant: quick.variant, root: first.element } };
  // The page itself on top (no dialog shown) and no screen: the full scan would judge the same scope again, with no
  // dialog to look under — the answer, and its reason, are this one (most portal pages are no 学时核认 screen).
  if (!quick && first.kind === 'page') return { recognition: null, reason: firstVerdict.reason, why: firstVerdict.why };
  const scopes = scanDocument(doc);
  const top = topScope(scopes);
  if (!top) return { recognition: null };
  const verdict = judgeScope(top);
  const r = verdict.recognised;
  if (!r) {
    // A dialog that opens over a screen without replacing it (详情 / 审核不通过 over 学时核认申报详细).
    if (top.kind === 'dialog') {
      const below = scopes.filter((s) => s !== top).sort((a, b) => b.z - a.z || b.order - a.order);
      for (const scope of below) {
        const under = judgeScope(scope).recognised;
        if (!under) continue;
        const overlays = OVERLAYS[under.screen] ?? [];
        if (overlays.some((o) => hasIn(top.titles, o))) return { recognition: { screen: under.screen, variant: under.variant, root: scope.element, overlay: top.element } };
        break;
      }
    }
    return { recognition: null, reason: verdict.reason, why: verdict.why };
  }
  let variant = r.variant;
  // An upload dialog over a variant-B form belongs to variant B.
  if (r.screen === 'evidence-upload' && scopes.some((s) => s !== top && recogniseScope(s)?.variant === 'B')) variant = 'B';
  return { recognition: { screen: r.screen, variant, root: top.element } };
}

export function recognise(doc: Document): Recognition | null {
  return diagnose(doc).recognition;
}
