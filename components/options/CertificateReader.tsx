import { useSignal, type Signal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ActivityKind } from '../../rules/schema';
import { LOW_CONFIDENCE } from '../../utils/certificate/extract';
import type { ReadProgress, ReadResult } from '../../utils/certificate/read';
import type { OcrEngine } from '../../utils/certificate/ocr';
import { t } from '../../utils/i18n';
import { fieldLabel, kindLabel } from '../../utils/i18n-kinds';
import { ACTIVITY_KINDS, KIND_ORDER } from '../../rules/kinds';
import { KindFieldControl } from '../KindFieldControl';
import { tc } from '../../utils/i18n-certificate';
import { evidenceFromFile } from '../../utils/ledger/evidence-files';
import { modeHasCategory } from './activity-form';
import { draftFromReading, entryFromCertificate, ruleHours, type CertificateDraft, type DraftField } from './certificate-draft';
import { useLedgerState } from './state';
import { FileDrop } from './FileDrop';
import './certificate-reader.css';

/** Types the file input offers; the reader checks the files again (a drop may bring anything). */
export const CERTIFICATE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

interface DraftItem {
  key: number;
  file: File;
  via: ReadResult['via'];
  draft: CertificateDraft;
  /** The user typed the hours: a change of kind or details no longer recomputes them. */
  hoursEdited: boolean;
  errors: Partial<Record<DraftField, string>>;
}

interface Reading {
  name: string;
  index: number;
  count: number;
  progress: ReadProgress;
}

let nextKey = 1;

function overall(r: Reading): number {
  const p = r.progress;
  const within = p.stage === 'pdf' ? p.progress : p.stage === 'ocr-load' ? 0.3 * p.progress : 0.3 + 0.7 * p.progress;
  return (r.index - 1 + Math.min(1, Math.max(0, within))) / r.count;
}

function stageText(p: ReadProgress): string {
  return p.stage === 'pdf' ? tc('certStagePdf') : p.stage === 'ocr-load' ? tc('certStageOcrLoad') : tc('certStageOcr');
}

/**
 * 从证书读取: PDFs and photos of certificates read on this computer into drafts; each draft, checked and edited by the
 * user, is saved as an activity with the file as its evidence. pdf.js and the OCR engine are imported on first use.
 */
export function CertificateReader() {
  const s = useLedgerState();
  const drafts = useSignal<DraftItem[]>([]);
  const reading = useSignal<Reading | undefined>(undefined);
  const errors = useSignal<string[]>([]);
  const abort = useRef<AbortController | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function readFiles(files: File[]) {
    const profile = s.active.value;
    if (!profile || !files.length || reading.value) return;
    const controller = new AbortController();
    abort.current = controller;
    errors.value = [];
    const ocr: { engine?: Promise<OcrEngine> } = {};
    try {
      const { readCertificateFile, ReadCancelled } = await import('../../utils/certificate/read');
      for (const [i, file] of files.entries()) {
        if (controller.signal.aborted) break;
        const base = { name: file.name, index: i + 1, count: files.length };
        reading.value = { ...base, progress: { stage: 'pdf', progress: 0 } };
        try {
          const r = await readCertificateFile(file, {
            url: (path) => browser.runtime.getURL(path as '/'),
            personName: profile.name,
            signal: controller.signal,
            ocr,
            onProgress: (progress) => (reading.value = { ...base, progress }),
          });
          const draft = draftFromReading(file.name, r.reading, profile.policyId);
          drafts.value = [...drafts.value, { key: nextKey++, file, via: r.via, draft, hoursEdited: false, errors: {} }];
        } catch (e) {
          if (e instanceof ReadCancelled) break;
          errors.value = [...errors.value, tc('certFailed', { name: file.name, message: e instanceof Error ? e.message : String(e) })];
        }
      }
      if (controller.signal.aborted) errors.value = [...errors.value, tc('certCancelled')];
    } finally {
      reading.value = undefined;
      abort.current = undefined;
      // the OCR worker holds the trained data in memory: let it go once the batch is read
      void ocr.engine?.then((e) => e.terminate()).catch(() => undefined);
    }
  }

  function onChoose(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const files = [...(el.files ?? [])];
    el.value = ''; // the same file may be chosen again later
    void readFiles(files);
  }

  if (!s.active.value) return null;
  const r = reading.value;
  return (
    <section class="card certificate-reader" aria-labelledby="cert-title">
      <h2 id="cert-title">{tc('certTitle')}</h2>
      <p class="hint">{tc('certHelp')}</p>
      <FileDrop class="drop-zone" overClass="dragging" onFiles={(files) => void readFiles(files)}>
        <label class="file-button">
          {tc('certChoose')}
          <input ref={input} type="file" accept={CERTIFICATE_ACCEPT} multiple data-testid="certificate-input" onChange={onChoose} disabled={!!r} />
        </label>
        <span class="hint">{tc('certDropHere')}</span>
      </FileDrop>
      {r && (
        <div class="certificate-progress" role="status" aria-live="polite">
          <span>{tc('certReading', { name: r.name, index: r.index, count: r.count })}</span>
          <progress data-testid="certificate-progress" max={1} value={overall(r)} aria-label={stageText(r.progress)} />
          <span class="hint">{stageText(r.progress)}</span>
          <button type="button" data-testid="certificate-cancel" onClick={() => abort.current?.abort()}>
            {tc('certCancel')}
          </button>
        </div>
      )}
      {errors.value.map((m) => (
        <p key={m} class="notice error" role="alert" data-testid="certificate-error">
          {m}
        </p>
      ))}
      {drafts.value.map((item) => (
        <DraftCard key={item.key} item={item} drafts={drafts} />
      ))}
    </section>
  );
}

function DraftCard({ item, drafts }: { item: DraftItem; drafts: Signal<DraftItem[]> }) {
  const s = useLedgerState();
  const profile = s.active.value!;
  const d = item.draft;
  const saving = useSignal(false);
  const formError = useSignal('');
  const rule = ruleHours(d, profile.policyId);

  const update = (next: Partial<DraftItem>) => (drafts.value = drafts.value.map((x) => (x.key === item.key ? { ...x, ...next } : x)));
  /** A user edit: the field is now the user's (no longer highlighted) and the hours follow the rules unless typed. */
  function edit(field: DraftField, patch: Partial<CertificateDraft>) {
    let draft: CertificateDraft = { ...d, ...patch, confidence: { ...d.confidence, [field]: 1 } };
    let hoursEdited = item.hoursEdited;
    if (field === 'hours') hoursEdited = true;
    else if (!hoursEdited && !draft.hoursStated) {
      const r = ruleHours(draft, profile.policyId);
      if (r) draft = { ...draft, hours: String(r.credits.reduce((sum, c) => sum + c.hours, 0)) };
    }
    const errors = { ...item.errors };
    delete errors[field];
    update({ draft, hoursEdited, errors });
  }
  const val = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const low = (field: DraftField) => (d.confidence[field] ?? 1) < LOW_CONFIDENCE;
  const cls = (field: DraftField) => (low(field) ? 'low-confidence' : undefined);
  const id = (field: string) => `cert-${item.key}-${field.replace('.', '-')}`;
  const note = (field: DraftField) => {
    const err = item.errors[field];
    if (err)
      return (
        <span class="field-error" role="alert" id={id(field) + '-note'}>
          {err}
        </span>
      );
    return low(field) ? (
      <span class="low-note" id={id(field) + '-note'}>
        {tc('certLow')}
      </span>
    ) : null;
  };
  const aria = (field: DraftField) => ({
    'aria-invalid': item.errors[field] ? ('true' as const) : undefined,
    'aria-describedby': item.errors[field] || low(field) ? id(field) + '-note' : undefined,
    'data-confidence': (d.confidence[field] ?? 1).toFixed(2),
  });
  /** One reading as an editable field: its label, the control, and what the reader noted about it. */
  const field = (key: DraftField, label: string, control: JSX.Element, wide = false) => (
    <label class={wide ? `wide ${cls(key) ?? ''}` : cls(key)}>
      {label}
      {control}
      {note(key)}
    </label>
  );

  async function confirm() {
    const r = entryFromCertificate(d, profile.id, profile.policyId);
    if (!r.ok) {
      update({ errors: r.errors });
      formError.value = tc('certFix');
      return;
    }
    formError.value = '';
    saving.value = true;
    const ok = await s.guard(async () => {
      const evidence = await evidenceFromFile(item.file, { profileId: profile.id, entryId: r.entry.id, years: [r.entry.year] });
      // the activity and its file in one transaction: neither is stored without the other
      await s.ledger.putBatch({ profiles: [], entries: [r.entry], evidence: [evidence] });
      await s.reload();
    }, tc('certSaved', { name: r.entry.name }));
    saving.value = false;
    if (ok) drafts.value = drafts.value.filter((x) => x.key !== item.key);
  }

  const stated = d.hoursStated;
  return (
    <form
      class="certificate-draft"
      data-testid="certificate-draft"
      data-file={item.file.name}
      aria-label={tc('certDraftOf', { name: item.file.name })}
      onSubmit={(e) => {
        e.preventDefault();
        void confirm();
      }}
    >
      <h3>{tc('certDraftOf', { name: item.file.name })}</h3>
      <p class="hint">{tc('certVia', { via: item.via === 'ocr' ? tc('certViaOcr') : tc('certViaPdf') })}</p>
      <div class="grid">
        <label class={cls('kind')}>
          {tc('certKind')}
          <select data-field="kind" value={d.kind} onChange={(e) => edit('kind', { kind: val(e) as ActivityKind, details: {} })} {...aria('kind')}>
            {KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
          {note('kind')}
        </label>
        {field('name', tc('certName'), <input data-field="name" value={d.name} onInput={(e) => edit('name', { name: val(e) })} {...aria('name')} />, true)}
        {field('year', tc('certYear'), <input data-field="year" type="number" min={1990} max={2100} value={d.year} onInput={(e) => edit('year', { year: val(e) })} {...aria('year')} />)}
        {field('date', tc('certDate'), <input data-field="date" type="date" value={d.date} onInput={(e) => edit('date', { date: val(e), year: val(e) ? val(e).slice(0, 4) : d.year })} {...aria('date')} />)}
        {field('hours', tc('certHours'), <input data-field="hours" type="number" min={0} step="0.5" value={d.hours} onInput={(e) => edit('hours', { hours: val(e) })} {...aria('hours')} />)}
        {modeHasCategory(d.kind) && (
          <label class={cls('category')}>
            {tc('certCategory')}
            <select data-field="category" value={d.category} onChange={(e) => edit('category', { category: val(e) as CertificateDraft['category'] })} {...aria('category')}>
              <option value="public">{t('publicHours')}</option>
              <option value="professional">{t('professionalHours')}</option>
            </select>
            {note('category')}
          </label>
        )}
        {field('form', tc('certForm'), <input data-field="form" value={d.form} list="xskr-forms" onInput={(e) => edit('form', { form: val(e) })} {...aria('form')} />)}
        {field('provider', tc('certProvider'), <input data-field="provider" value={d.provider} onInput={(e) => edit('provider', { provider: val(e) })} {...aria('provider')} />, true)}
        {ACTIVITY_KINDS[d.kind].fields
          .filter((spec) => !(d.kind === 'online-course' && spec.key === 'hours'))
          .map((spec) => {
            const key = `detail.${spec.key}` as DraftField;
            const value = d.details[spec.key] ?? '';
            const set = (v: string) => edit(key, { details: { ...d.details, [spec.key]: v } });
            return (
              <label key={spec.key} class={cls(key)} data-kind-field={spec.key}>
                {fieldLabel(spec)}
                <KindFieldControl field={spec} value={value} onChange={set} choose={t('pleaseChoose')} attrs={{ 'data-field': key, ...aria(key) }} />
                {note(key)}
              </label>
            );
          })}
      </div>
      <p class="hint" data-testid="certificate-hours-source">
        {stated && tc('certStated', { hours: d.hours, unit: d.hoursUnit ?? '学时' })}
        {stated && d.hoursUnit && d.hoursUnit !== '学时' && <> {tc('certStatedClassHours')}</>}
        {!stated && rule && tc('certRule', { hours: rule.credits.reduce((sum, c) => sum + c.hours, 0), citation: rule.citation })}
        {!stated && rule?.note && <> {tc('certRuleNote', { note: rule.note })}</>}
        {!stated && !rule && tc('certNoRule')}
        {!stated && rule && item.hoursEdited && String(rule.credits.reduce((sum, c) => sum + c.hours, 0)) !== d.hours && (
          <button
            type="button"
            class="link"
            onClick={() => update({ hoursEdited: false, draft: { ...d, hours: String(rule.credits.reduce((sum, c) => sum + c.hours, 0)) } })}
          >
            {tc('certUseRule')}
          </button>
        )}
      </p>
      {formError.value && (
        <p class="field-error" role="alert">
          {formError.value}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-testid="certificate-confirm" disabled={saving.value}>
          {tc('certConfirm')}
        </button>
        <button type="button" data-testid="certificate-discard" onClick={() => (drafts.value = drafts.value.filter((x) => x.key !== item.key))}>
          {tc('certDiscard')}
        </button>
      </div>
    </form>
  );
}
