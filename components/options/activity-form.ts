// The activity form's plain data: a draft of the form and how it becomes an Entry (zod-checked). Which fields each
// kind asks, and the draft → Activity step, are the catalogue's (rules/kinds.ts).
import { ACTIVITY_KINDS, activityFromDraft } from '../../rules/kinds';
import { schemaMessage, schemaMessages } from '../../utils/schema-message-text';
import type { Activity, ActivityKind, Category } from '../../rules/schema';
import { Entry } from '../../utils/ledger/records';
import { to } from '../../utils/i18n-options';

/** 'certified': the certificate states the hours (网络课程、培训); otherwise an Activity kind converted by the rules. */
export type Mode = 'certified' | ActivityKind;

/** Kinds whose hours belong to the subject the user chooses; every other kind counts as 专业科目. */
export function modeHasCategory(mode: Mode): boolean {
  return mode === 'certified' || ACTIVITY_KINDS[mode].hasCategory;
}

/** Kinds dated by start and end months (三援, 海外交换): their year is the start's. */
export function modeIsRanged(mode: Mode): boolean {
  return mode !== 'certified' && ACTIVITY_KINDS[mode].dated === 'range';
}

export interface Draft {
  id?: string;
  createdAt?: number;
  mode: Mode;
  name: string;
  form: string;
  category: Category;
  year: string;
  date: string;
  provider: string;
  notes: string;
  certifiedHours: string;
  fields: Record<string, string>;
  evidenceNames: string[];
}

export function emptyDraft(year: number): Draft {
  return { mode: 'certified', name: '', form: '', category: 'professional', year: String(year), date: '', provider: '', notes: '', certifiedHours: '', fields: {}, evidenceNames: [] };
}

export function draftFromEntry(e: Entry): Draft {
  const fields: Record<string, string> = {};
  if (e.activity) for (const [k, v] of Object.entries(e.activity)) if (k !== 'kind' && k !== 'year' && k !== 'category') fields[k] = String(v);
  return {
    id: e.id,
    createdAt: e.createdAt,
    mode: e.activity && e.certifiedHours === undefined ? e.activity.kind : 'certified',
    name: e.name,
    form: e.form,
    category: e.category,
    year: String(e.year),
    date: e.date ?? '',
    provider: e.provider ?? '',
    notes: e.notes ?? '',
    certifiedHours: e.certifiedHours === undefined ? '' : String(e.certifiedHours),
    fields,
    evidenceNames: e.evidenceNames,
  };
}

export type DraftResult = { ok: true; entry: Entry } | { ok: false; errors: Record<string, string> };

/** Checks a draft and builds the Entry it describes; errors are keyed by field for the form. */
export function entryFromDraft(d: Draft, profileId: string, now = Date.now()): DraftResult {
  const errors: Record<string, string> = {};
  if (!d.name.trim()) errors.name = to('errName');
  let year = Number(d.year);
  let activity: Activity | undefined;
  let certifiedHours: number | undefined;
  const category: Category = modeHasCategory(d.mode) ? d.category : 'professional';
  if (d.mode === 'certified') {
    const h = Number(d.certifiedHours);
    if (d.certifiedHours.trim() === '' || !Number.isFinite(h)) errors.certifiedHours = to('errCertifiedHours');
    else if (h < 0) errors.certifiedHours = to('errNegativeHours');
    else certifiedHours = h;
  } else {
    const r = activityFromDraft(d.mode, { year: d.year, category, fields: d.fields });
    if (modeIsRanged(d.mode)) {
      const start = (d.fields.start ?? '').trim();
      if (/^\d{4}-\d{2}$/.test(start)) year = Number(start.slice(0, 4));
    }
    if (r.ok) activity = r.activity;
    else Object.assign(errors, schemaMessages(r.errors));
  }
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.year = to('errYear');
  if (d.date && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) errors.date = to('errDate');
  if (Object.keys(errors).length) return { ok: false, errors };
  const r = Entry.safeParse({
    id: d.id ?? crypto.randomUUID(),
    profileId,
    name: d.name.trim(),
    form: d.form.trim(),
    year,
    date: d.date || undefined,
    category,
    provider: d.provider.trim() || undefined,
    notes: d.notes.trim() || undefined,
    activity,
    certifiedHours,
    evidenceNames: d.evidenceNames,
    createdAt: d.createdAt ?? now,
    updatedAt: now,
  });
  if (!r.success) return { ok: false, errors: Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), schemaMessage(i.message)])) };
  return { ok: true, entry: r.data };
}

