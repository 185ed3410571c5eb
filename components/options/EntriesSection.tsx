import { useComputed, useSignal, type Signal } from '@preact/signals';
import type { JSX } from 'preact';
import { t, type MessageKey } from '../../utils/i18n';
import { uiLang } from '../../utils/i18n-shell';
import { to } from '../../utils/i18n-options';
import { fieldLabel, kindLabel } from '../../utils/i18n-kinds';
import { ACTIVITY_KINDS, KIND_ORDER } from '../../rules/kinds';
import { KindFieldControl } from '../KindFieldControl';
import { CERTIFIED_CITATION, NO_HOURS_NOTE, UNCONVERTIBLE_NOTE, entryCredits } from '../../utils/ledger/hours';
import { EVIDENCE_ACCEPT, evidenceFromFile } from '../../utils/ledger/evidence-files';
import type { Entry, Evidence } from '../../utils/ledger/records';
import { KNOWN_FORMS } from '../../utils/ledger/template';
import type { ConvertResult } from '../../rules/schema';
import { draftFromEntry, emptyDraft, entryFromDraft, modeHasCategory, modeIsRanged, type Draft, type Mode } from './activity-form';
import { downloadBlob } from './download';
import { useFocusOnMount } from './focus';
import { useLedgerState } from './state';
import { BulkEvidence } from './BulkEvidence';
import { EvidenceSetLine, MaterialSelect, PersonalDocuments, useActivityEvidence } from './EvidenceSets';
import { ColumnHeads } from '../ColumnHeads';

function creditsText(r: ConvertResult): string {
  if (!r.credits.length) return t('calcZero');
  const byYear = new Map<number, string[]>();
  for (const c of r.credits) {
    const label = c.category === 'whole-year' ? to('creditWholeYear') : to(c.category === 'public' ? 'creditPublic' : 'creditProfessional', { hours: c.hours });
    byYear.set(c.year, [...(byYear.get(c.year) ?? []), label]);
  }
  const sep = to('creditListSeparator');
  return [...byYear].map(([y, ls]) => (byYear.size > 1 ? to('creditYear', { year: y, list: ls.join(sep) }) : ls.join(sep))).join(to('creditYearSeparator'));
}

/** A subject in the UI language (公需科目 / 专业科目 in zh-CN, as the portal says them). */
const CATEGORY_KEY: Record<Entry['category'], MessageKey> = { public: 'publicHours', professional: 'professionalHours' };

/** The basis of an entry's hours: the rule's clause (an official name, kept as written) or “as on the certificate”. */
function basisText(citation: string): string {
  return citation === CERTIFIED_CITATION ? to('certifiedBasis') : citation;
}

/** An entry's note on its hours: a rule's own note stays as the official text words it (zh-CN, marked); ours follow the UI language. */
function HoursNote({ note }: { note: string }) {
  if (note === NO_HOURS_NOTE) return <span class="note">{to('noteNoHours')}</span>;
  if (note.startsWith(UNCONVERTIBLE_NOTE)) return <span class="note">{to('noteUnconvertible', { message: note.slice(UNCONVERTIBLE_NOTE.length) })}</span>;
  return (
    <span class="note" lang="zh-CN">
      {note}
    </span>
  );
}

function totalHours(r: ConvertResult): number {
  return r.credits.reduce((s, c) => s + (c.category === 'whole-year' ? 0 : c.hours), 0);
}

/** Activities of the active person: the form (add / edit) and the list grouped by year. */
export function EntriesSection() {
  const s = useLedgerState();
  const editing = useSignal<Draft | undefined>(undefined);
  const defaultYear = (s.entries.value.at(-1)?.year ?? s.active.value?.reviewYear ?? new Date().getFullYear()) as number;

  return (
    <section class="card" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('activities')}</h2>
      {editing.value ? (
        <EntryForm draft={editing} onDone={() => (editing.value = undefined)} />
      ) : (
        <button type="button" class="primary" onClick={() => (editing.value = emptyDraft(defaultYear))}>
          {t('addActivity')}
        </button>
      )}
      {s.entries.value.some((e) => e.evidenceNames.length > 0) && <BulkEvidence />}
      <PersonalDocuments />
      <EntryList onEdit={(e) => (editing.value = draftFromEntry(e))} />
    </section>
  );
}

function EntryForm({ draft, onDone }: { draft: Signal<Draft | undefined>; onDone: () => void }) {
  const s = useLedgerState();
  const errors = useSignal<Record<string, string>>({});
  const d = draft.value!;
  const profile = s.active.value!;
  const set = (patch: Partial<Draft>) => (draft.value = { ...draft.value!, ...patch });
  const setField = (key: string, value: string) => set({ fields: { ...d.fields, [key]: value } });
  const live = useComputed(() => {
    const cur = draft.value;
    if (!cur || !s.active.value) return undefined;
    const r = entryFromDraft(cur, s.active.value.id);
    return r.ok ? entryCredits(s.active.value.policyId, r.entry) : undefined;
  });
  const val = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const first = useFocusOnMount<HTMLSelectElement>();
  // a new kind brings its default 继续教育形式 unless the user typed their own
  const formOf = (m: Mode) => (m === 'certified' ? '' : ACTIVITY_KINDS[m].form);
  const chooseMode = (mode: Mode) => set({ mode, fields: {}, form: !d.form.trim() || d.form === formOf(d.mode) ? formOf(mode) : d.form });

  async function save(next: boolean) {
    const r = entryFromDraft(d, profile.id);
    if (!r.ok) {
      errors.value = r.errors;
      return;
    }
    errors.value = {};
    if (!(await s.guard(() => s.saveEntry(r.entry), t('savedName', { name: r.entry.name })))) return;
    if (!next) return onDone();
    // the next one usually shares the year, the form and the subject (a spreadsheet user's “fill down”)
    draft.value = { ...emptyDraft(r.entry.year), mode: d.mode, form: d.form, category: d.category, provider: d.provider };
    first.current?.focus();
  }

  async function submit(e: Event) {
    e.preventDefault();
    await save(false);
  }

  const err = (k: string) => errors.value[k] && <span class="field-error" role="alert">{errors.value[k]}</span>;
  const result = live.value;
  return (
    <form class="entry-form" onSubmit={submit} aria-label={d.id ? t('editActivity') : t('addActivity')} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <div class="grid">
        <label class="wide">
          {t('entryType')}
          <select ref={first} value={d.mode} onChange={(e) => chooseMode(val(e) as Mode)}>
            <option value="certified">{t('certifiedMode')}</option>
            {KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {t('byRule')}
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label class="wide">
          {t('entryName')}
          <input value={d.name} onInput={(e) => set({ name: val(e) })} required aria-invalid={errors.value.name ? 'true' : undefined} />
          {err('name')}
        </label>
        <label>
          {t('continuingForm')}
          <input value={d.form} onInput={(e) => set({ form: val(e) })} list="xskr-forms" placeholder={to('formPlaceholder')} />
        </label>
        {modeHasCategory(d.mode) ? (
          <label>
            {t('category')}
            <select value={d.category} onChange={(e) => set({ category: val(e) as Draft['category'] })}>
              <option value="public">{t('publicHours')}</option>
              <option value="professional">{t('professionalHours')}</option>
            </select>
          </label>
        ) : (
          <p class="hint">{t('countsProfessional')}</p>
        )}
        {!modeIsRanged(d.mode) && (
          <label>
            {t('year')}
            <input type="number" min={1990} max={2100} value={d.year} onInput={(e) => set({ year: val(e) })} required />
            {err('year')}
          </label>
        )}
        <label>
          {t('colDate')}
          <input type="date" value={d.date} onInput={(e) => set({ date: val(e), year: val(e) ? val(e).slice(0, 4) : d.year })} />
          {err('date')}
        </label>
        {d.mode === 'certified' && (
          <label>
            {t('hours')}
            <input type="number" min={0} step="0.5" value={d.certifiedHours} onInput={(e) => set({ certifiedHours: val(e) })} required />
            {err('certifiedHours')}
          </label>
        )}
        {d.mode !== 'certified' &&
          ACTIVITY_KINDS[d.mode].fields.map((spec) => (
            <label key={spec.key} data-kind-field={spec.key}>
              {fieldLabel(spec)}
              <KindFieldControl field={spec} value={d.fields[spec.key] ?? ''} onChange={(v) => setField(spec.key, v)} choose={t('pleaseChoose')} />
              {err(spec.key)}
            </label>
          ))}
        <label>
          {t('provider')}
          <input value={d.provider} onInput={(e) => set({ provider: val(e) })} />
        </label>
        <label class="wide">
          {t('notes')}
          <input value={d.notes} onInput={(e) => set({ notes: val(e) })} />
        </label>
      </div>
      <datalist id="xskr-forms">
        {KNOWN_FORMS.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <p class="live-hours" aria-live="polite" data-testid="entry-live-hours">
        {result ? (
          <>
            {t('liveHoursBy', { policy: profile.policyId })}
            <strong>{creditsText(result)}</strong>
            {result.citation && (
              <span class="citation">
                {t('basisPrefix')}
                <span lang={result.citation === CERTIFIED_CITATION ? undefined : 'zh-CN'}>{basisText(result.citation)}</span>
              </span>
            )}
            {result.note && <HoursNote note={result.note} />}
          </>
        ) : (
          t('liveHoursEmpty')
        )}
      </p>
      <div class="toolbar">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        {!d.id && <Act label={t('saveAndNext')} onClick={() => save(true)} />}
        <Act label={t('cancel')} onClick={onDone} />
      </div>
    </form>
  );
}

function EntryList({ onEdit }: { onEdit: (e: Entry) => void }) {
  const s = useLedgerState();
  const credits = useComputed(() => {
    const p = s.active.value;
    const map = new Map<string, ConvertResult>();
    if (p) for (const e of s.entries.value) map.set(e.id, entryCredits(p.policyId, e));
    return map;
  });
  const filesByEntry = useComputed(() => {
    const map = new Map<string, Evidence[]>();
    for (const ev of s.evidence.value) if (ev.entryId) map.set(ev.entryId, [...(map.get(ev.entryId) ?? []), ev]);
    return map;
  });
  const byYear = useComputed(() => {
    const groups = new Map<number, Entry[]>();
    for (const e of s.entries.value) groups.set(e.year, [...(groups.get(e.year) ?? []), e]);
    return [...groups].sort((a, b) => b[0] - a[0]);
  });
  if (!s.entries.value.length) return <p class="hint">{t('noActivities')}</p>;
  return (
    <div class="entry-list">
      {byYear.value.map(([year, list]) => (
        <YearEntries key={year} year={year} list={list} credits={credits.value} filesByEntry={filesByEntry.value} onEdit={onEdit} />
      ))}
    </div>
  );
}

/** Rows shown per year before “显示全部”: keeps a ledger of thousands quick to open. */
export const ROWS_SHOWN = 50;

function YearEntries({ year, list, credits, filesByEntry, onEdit }: { year: number; list: Entry[]; credits: Map<string, ConvertResult>; filesByEntry: Map<string, Evidence[]>; onEdit: (e: Entry) => void }) {
  const showAll = useSignal(false);
  const shown = showAll.value ? list : list.slice(0, ROWS_SHOWN);
  return (
    <table class="entries" data-year={year}>
      <caption id={`entries-${year}`} tabIndex={-1}>
        {t('yearCaption', { year, count: list.length })}
      </caption>
      <ColumnHeads heads={[t('colDate'), t('colCategory'), t('entryName'), t('colForm'), t('hours'), t('evidence'), t('colActions')]} />
      <tbody>
        {shown.map((e) => (
          <EntryRow key={e.id} entry={e} result={credits.get(e.id)} files={filesByEntry.get(e.id) ?? []} onEdit={onEdit} />
        ))}
      </tbody>
      {shown.length < list.length && (
        <tfoot>
          <tr>
            <td colSpan={7}>
              <button type="button" class="link" onClick={() => (showAll.value = true)}>
                {t('showRest', { year, count: list.length - shown.length })}
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function EntryRow({ entry, result, files, onEdit }: { entry: Entry; result: ConvertResult | undefined; files: Evidence[]; onEdit: (e: Entry) => void }) {
  const s = useLedgerState();
  const dragOver = useSignal(false);
  const confirming = useSignal(false);
  const removing = useSignal<string | undefined>(undefined);
  const sets = useActivityEvidence(entry);

  async function attach(list: FileList | null | undefined) {
    if (!list?.length) return;
    const years = result?.credits.length ? [...new Set(result.credits.map((c) => c.year))] : [entry.year];
    for (const file of Array.from(list)) {
      await s.guard(async () => s.addEvidence(await evidenceFromFile(file, { profileId: entry.profileId, entryId: entry.id, years })), t('addedEvidence', { name: file.name }));
    }
  }

  async function duplicate() {
    const now = Date.now();
    const copy: Entry = { ...entry, id: crypto.randomUUID(), name: `${entry.name}${to('copySuffix')}`, createdAt: now, updatedAt: now };
    if (await s.guard(() => s.saveEntry(copy), t('duplicated'))) onEdit(copy);
  }

  const onDrop: JSX.DragEventHandler<HTMLTableRowElement> = (e) => {
    e.preventDefault();
    dragOver.value = false;
    void attach(e.dataTransfer?.files);
  };
  const missing = entry.evidenceNames.filter((n) => !files.some((f) => f.name === n));
  return (
    <tr
      class={dragOver.value ? 'drop-target' : undefined}
      data-entry-id={entry.id}
      onDragOver={(e) => {
        e.preventDefault();
        dragOver.value = true;
      }}
      onDragLeave={() => (dragOver.value = false)}
      onDrop={onDrop}
    >
      <td>{entry.date ?? ''}</td>
      <td>{t(CATEGORY_KEY[entry.category])}</td>
      <td>
        {entry.name}
        {entry.provider && <span class="sub">{entry.provider}</span>}
        {entry.notes && <span class="sub">{entry.notes}</span>}
      </td>
      <td>{entry.form}</td>
      {/* the rules' note is shown in the cell (zh-CN, marked); an English tooltip holds the basis alone */}
      <td title={result?.citation ? `${t('basisTitle', { citation: basisText(result.citation) })}${result.note && uiLang.value === 'zh-CN' ? `；${result.note}` : ''}` : uiLang.value === 'zh-CN' ? result?.note : undefined}>
        {result ? totalHours(result) : 0}
        {result?.credits.some((c) => c.category === 'whole-year') && <span class="sub">{t('wholeYearSub')}</span>}
        {result?.citation && (
          <span class="citation" lang={result.citation === CERTIFIED_CITATION ? undefined : 'zh-CN'}>
            {basisText(result.citation)}
          </span>
        )}
        {result?.note && <HoursNote note={result.note} />}
      </td>
      <td>
        <ul class="files">
          {files.map((f) => (
            <li key={f.id}>
              <button type="button" class="link" onClick={() => downloadBlob(new Blob([f.bytes], { type: f.type }), f.name)} title={t('download')}>
                {f.name}
              </button>
              <MaterialSelect file={f} current={sets.value?.files.find((x) => x.id === f.id)} />
              {removing.value === f.id ? (
                <>
                  <button type="button" class="link danger-text" onClick={() => s.guard(() => s.deleteEvidence(f.id), t('removedName', { name: f.name }))}>
                    {t('confirmRemove')}
                  </button>
                  <button type="button" class="link" onClick={() => (removing.value = undefined)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" class="link" aria-label={t('removeEvidenceLabel', { name: f.name })} onClick={() => (removing.value = f.id)}>
                  ×
                </button>
              )}
            </li>
          ))}
          {missing.map((n) => (
            <li key={n} class="missing">
              {t('pendingUpload', { name: n })}
            </li>
          ))}
        </ul>
        {sets.value && <EvidenceSetLine status={sets.value} />}
        <label class="file-button small">
          {t('addEvidence')}
          <input type="file" accept={EVIDENCE_ACCEPT} multiple onChange={(e) => attach((e.currentTarget as HTMLInputElement).files).then(() => ((e.target as HTMLInputElement).value = ''))} />
        </label>
      </td>
      <td class="actions">
        <Act label={t('edit')} onClick={() => onEdit(entry)} />
        <Act label={t('duplicate')} onClick={duplicate} />
        {confirming.value ? (
          <>
            <Act danger label={t('confirmDelete')} onClick={() => s.guard(() => s.deleteEntry(entry.id), t('deletedName', { name: entry.name }))} />
            <Act label={t('cancel')} onClick={() => (confirming.value = false)} />
          </>
        ) : (
          <Act label={t('delete')} onClick={() => (confirming.value = true)} />
        )}
      </td>
    </tr>
  );
}

/** A plain (non-submit) button of this section. */
function Act({ label, onClick, danger }: { label: string; onClick: () => unknown; danger?: boolean }) {
  return (
    <button type="button" class={danger ? 'danger' : undefined} onClick={onClick}>
      {label}
    </button>
  );
}
