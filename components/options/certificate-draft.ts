// A certificate's reading → an editable draft → a ledger Entry (through the activity form's own checks).
import { convert, type ActivityKind, type Category, type ConvertResult } from '../../rules/index';
import { ACTIVITY_KINDS, activityFromDraft } from '../../rules/kinds';
import { entryFromDraft, type Draft } from './activity-form';
import type { Entry } from '../../utils/ledger/records';
import { to } from '../../utils/i18n-options';
import type { CertificateReading } from '../../utils/certificate/extract';

/** The fields a draft shows; `confidence` holds the reading's confidence of each (1 once the user edits it). */
export type DraftField = 'kind' | 'name' | 'year' | 'date' | 'hours' | 'provider' | 'category' | 'form' | `detail.${string}`;

export interface CertificateDraft {
  fileName: string;
  kind: ActivityKind;
  name: string;
  year: string;
  date: string; // YYYY-MM-DD or ''
  endDate: string;
  /** The hours to store: as stated on the certificate, else the rule set's conversion of the details. */
  hours: string;
  /** True when the certificate states the hours (学时/课时/小时); false when they come from the rules. */
  hoursStated: boolean;
  hoursUnit?: string;
  provider: string;
  category: Category;
  form: string;
  /** The kind's own fields (the catalogue's, rules/kinds.ts: days, type, rank, level, grade, role …) as strings. */
  details: Record<string, string>;
  confidence: Partial<Record<DraftField, number>>;
}

function halves(days: number): { days?: string; halfDays?: string } {
  const whole = Math.floor(days);
  const half = Math.round((days - whole) * 2) === 1;
  return { ...(whole ? { days: String(whole) } : {}), ...(half ? { halfDays: '1' } : {}) };
}

export function draftFromReading(fileName: string, r: CertificateReading, policyId: string): CertificateDraft {
  const kind = r.kind.value ?? 'training';
  const details: Record<string, string> = {};
  const conf: CertificateDraft['confidence'] = {
    kind: r.kind.confidence,
    name: r.name.confidence,
    year: r.year.confidence,
    date: r.dates.confidence,
    provider: r.issuer.confidence,
    category: r.category.confidence,
    form: r.form.confidence,
  };
  const put = (key: string, value: string | number | undefined, c: number) => {
    if (value === undefined) return;
    details[key] = String(value);
    conf[`detail.${key}`] = c;
  };
  if (kind === 'training' && r.days.value !== undefined) {
    const h = halves(r.days.value);
    put('days', h.days, r.days.confidence);
    put('halfDays', h.halfDays, r.days.confidence);
  }
  if (kind === 'online-course') put('hours', r.hours.value, r.hours.confidence);
  if (kind === 'patent') {
    put('type', r.patentType.value, r.patentType.confidence);
    put('rank', r.rank.value, r.rank.confidence);
  }
  if (kind === 'award') {
    put('level', r.level.value, r.level.confidence);
    put('grade', r.grade.value, r.grade.confidence);
    put('rank', r.rank.value, r.rank.confidence);
  }
  if (kind === 'research-project') put('level', r.level.value, r.level.confidence);
  if (kind === 'paper' || kind === 'book') put('role', r.paperRole.value === 'corresponding' && kind === 'book' ? 'other' : r.paperRole.value, r.paperRole.confidence);
  const draft: CertificateDraft = {
    fileName,
    kind,
    name: r.name.value ?? fileName.replace(/\.[^.]+$/, ''),
    year: r.year.value === undefined ? '' : String(r.year.value),
    date: r.dates.value?.start ?? '',
    endDate: r.dates.value?.end ?? '',
    hours: '',
    hoursStated: r.hours.value !== undefined,
    hoursUnit: r.hoursUnit,
    provider: r.issuer.value ?? '',
    category: r.category.value ?? 'professional',
    form: r.form.value ?? '',
    details,
    confidence: conf,
  };
  if (r.name.value === undefined) conf.name = 0.2; // the file name stands in
  if (r.hours.value !== undefined) {
    draft.hours = String(r.hours.value);
    conf.hours = r.hours.confidence;
  } else {
    const rule = ruleHours(draft, policyId);
    if (rule) {
      draft.hours = String(totalOf(rule));
      // as sure as the least sure detail it was converted from
      const detailConf = Object.entries(conf).filter(([k]) => k.startsWith('detail.')).map(([, c]) => c ?? 0);
      conf.hours = detailConf.length ? Math.min(...detailConf) : 0.3;
    } else conf.hours = 0;
  }
  return draft;
}

function totalOf(r: ConvertResult): number {
  return r.credits.reduce((s, c) => s + c.hours, 0);
}

/** The activity-form draft of a certificate draft: its kind as a rule-converted activity. */
function formDraft(d: CertificateDraft): Draft {
  const fields: Record<string, string> = {};
  for (const spec of ACTIVITY_KINDS[d.kind].fields) if (d.details[spec.key] !== undefined && d.details[spec.key] !== '') fields[spec.key] = d.details[spec.key];
  if (d.kind === 'online-course') fields.hours = d.hours;
  return {
    mode: d.kind,
    name: d.name,
    form: d.form,
    category: d.category,
    year: d.year,
    date: d.date,
    provider: d.provider,
    notes: '',
    certifiedHours: '',
    fields,
    evidenceNames: [],
  };
}

/** What the rule set makes of the draft's kind and details (days → hours, a patent's rank → hours …), or undefined. */
export function ruleHours(d: CertificateDraft, policyId: string): ConvertResult | undefined {
  const f = formDraft(d);
  const r = activityFromDraft(d.kind, { year: f.year, category: f.category, fields: f.fields });
  if (!r.ok) return undefined;
  try {
    return convert(policyId, r.activity);
  } catch {
    return undefined;
  }
}

export type CertificateEntryResult = { ok: true; entry: Entry } | { ok: false; errors: Partial<Record<DraftField, string>> };

/**
 * The Entry a confirmed draft stores. The kind's activity is kept when its details are complete; the hours field is
 * stored as the certificate's hours (certifiedHours) when the certificate states them or the user changed them from
 * the rules' figure, so what the user confirmed is what counts.
 */
export function entryFromCertificate(d: CertificateDraft, profileId: string, policyId: string, now = Date.now()): CertificateEntryResult {
  const errors: Partial<Record<DraftField, string>> = {};
  const hours = Number(d.hours);
  if (d.hours.trim() === '' || !Number.isFinite(hours)) errors.hours = to('errHours');
  else if (hours < 0) errors.hours = to('errNegativeHours');
  const withActivity = entryFromDraft(formDraft(d), profileId, now);
  const rule = ruleHours(d, policyId);
  let entry: Entry | undefined;
  if (withActivity.ok && rule && !errors.hours && totalOf(rule) === hours && !d.hoursStated) entry = withActivity.entry;
  else {
    // the certificate's (or the user's) hours count; the activity is kept alongside when it is complete
    const certified = entryFromDraft({ ...formDraft(d), mode: 'certified', certifiedHours: d.hours }, profileId, now);
    if (!certified.ok) {
      for (const [k, v] of Object.entries(certified.errors)) errors[k === 'certifiedHours' ? 'hours' : (k as DraftField)] ??= v;
    } else entry = { ...certified.entry, activity: withActivity.ok ? withActivity.entry.activity : undefined };
  }
  if (!d.name.trim()) errors.name = to('errName');
  if (Object.keys(errors).length || !entry) return { ok: false, errors };
  const notes = [d.endDate && d.endDate !== d.date ? `日期：${d.date} 至 ${d.endDate}` : '', `由证书“${d.fileName}”读取`].filter(Boolean).join('；');
  return { ok: true, entry: { ...entry, notes, evidenceNames: [d.fileName] } };
}
