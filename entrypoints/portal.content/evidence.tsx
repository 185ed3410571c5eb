// evidence: per year, what the ledger holds and what the rules still require; in an upload dialog, attach the
// ledger's files of that year to the portal's own upload control (its types and 20 MB limit respected).
// The names come as a year's list (portal:evidence-list), the bytes one file per message (portal:evidence-file): a
// year of three 20 MB scans in one message would exceed Chrome's 64 MiB message limit.
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { defineFeature, type FeatureContext } from './feature';
import { runJob } from './job';
import { declarationKey, readDeclaration, updateDeclaration } from '../../utils/portal/declarations';
import { applicantFormRoot, formYearRow, idNumberOn } from '../../utils/portal/page';
import { requestEvidenceFile, requestEvidenceList } from '../../utils/portal/messaging';
import { readSlots } from '../../utils/portal/slots';
import { cellOf, readTable, readYearRows, rowIndex } from '../../utils/portal/table';
import { BUTTONS, FILE_COLUMNS, isText, normSet, normText, TEXTS, YEAR_FIELDS } from '../../utils/portal/texts';
import { Stopped, waitFor } from '../../utils/portal/wait';
import { clickButton, findButtons, userClick } from '../../utils/portal/element';
import { recognise } from '../../utils/portal/recognise';
import { FillError } from '../../utils/portal/fill-apply';
import type { EvidenceFileInfo, PortalContext, YearEvidence } from '../../utils/messages';
import { t, tSplit } from '../../utils/i18n';
import { ActivitySetsList } from '../../components/panel/ActivitySetsList';
import { uploadSlots } from '../../components/panel/UploadSlots';
import { EvidenceNeedLine } from '../../components/panel/EvidenceNeed';

/** 年度：2021 / 年限 2021 in the dialog's own text. */
const YEAR_IN_TEXT = new RegExp(`(?:${normSet(YEAR_FIELDS.year).join('|')})[:：]?(\\d{4})`);
let lastUploadYear: number | null = null; // the row whose 上传附件 was clicked last (fallback when the dialog does not say)

/** A file over the portal's 「不超过20M」 (20,000,000 bytes, rules/README.md): the job says so with both numbers. */
const tooBigLine = (f: EvidenceFileInfo) =>
  t('evidenceTooBig', { name: f.name, size: f.size.toLocaleString('en-US'), limit: TEXTS.upload.maxBytesText, max: TEXTS.upload.maxBytes.toLocaleString('en-US') });

function sizeText(n: number) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** The ledger's files of each year in `years(context)`, listed (names, no bytes) whenever the context is (re)loaded. */
function evidenceLists(ctx: FeatureContext, years: (c: PortalContext) => number[]): ReadonlySignal<ReadonlyMap<number, EvidenceFileInfo[]>> {
  const lists = signal<ReadonlyMap<number, EvidenceFileInfo[]>>(new Map());
  let listedFor: PortalContext | null = null;
  const stop = effect(() => {
    const s = ctx.store.context.value;
    if (s.status !== 'ready' || s.context === listedFor) return;
    const context = (listedFor = s.context);
    void Promise.all(
      years(context).map((year) =>
        requestEvidenceList(year).then(
          (files) => [year, files] as const,
          (e: unknown) => (console.warn('[学时助手] evidence', e), null),
        ),
      ),
    ).then((pairs) => {
      if (!ctx.signal.aborted && listedFor === context) lists.value = new Map(pairs.filter((p) => p !== null));
    });
  });
  ctx.signal.addEventListener('abort', stop, { once: true });
  return lists;
}

/** File names in parentheses: the names are the user's own (marked lang="zh-CN"), the brackets the UI language's. */
function FileNames({ names }: { names: string[] }) {
  const [before, after] = tSplit('inParens', 'text');
  return (
    <>
      {before}
      <span lang="zh-CN">{names.join(t('listSeparator'))}</span>
      {after}
    </>
  );
}

function YearEvidenceList({ items, uploads, lists }: { items: YearEvidence[]; uploads: Record<string, number>; lists: ReadonlyMap<number, EvidenceFileInfo[]> }) {
  return (
    <ul>
      {items.map((y) => (
        <li key={y.year} data-testid="evidence-year" data-year={y.year}>
          <strong>{y.year}</strong>
          {t('previewColon')}
          {y.fileCount ? t('evidenceLedgerFiles', { count: y.fileCount }) : t('evidenceLedgerNone')}
          {y.fileCount && lists.get(y.year)?.length ? <FileNames names={lists.get(y.year)!.map((f) => f.name)} /> : null}
          {y.coveredByRecognitionForm ? t('evidenceCovered') : ''}
          {uploads[String(y.year)] !== undefined ? t('evidenceUploaded', { count: uploads[String(y.year)] }) : t('evidenceNotPeeked')}
          {y.missing.length ? (
            <ul>
              {y.missing.map((m, i) => (
                <li key={i} class="xskr-finding" data-severity="warning">
                  <EvidenceNeedLine need={m} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The year the upload dialog is for: its own 年度 text, the variant-B form's year, or the row clicked last. */
function uploadYear(ctx: FeatureContext): number | null {
  const text = normText(ctx.root.textContent);
  const m = YEAR_IN_TEXT.exec(text);
  if (m) return Number(m[1]);
  if (ctx.recognition.variant === 'B') {
    const form = applicantFormRoot(ctx.doc);
    const row = form ? formYearRow(form.root) : null;
    if (row) return row.year;
  }
  return lastUploadYear;
}

/** The file input of the dialog: variant B's 学时上传 slot, or the only one. */
type Where = Pick<FeatureContext, 'root'> & { recognition: Pick<FeatureContext['recognition'], 'variant'> };

/** Variant B's 学时上传 slot, read as every slot is (utils/portal/slots.ts). */
const hoursSlot = (ctx: Where) => readSlots(ctx.root).find((s) => s.name === TEXTS.upload.hoursSlot);

function fileInput(ctx: Where): HTMLInputElement | null {
  const inputs = Array.from(ctx.root.querySelectorAll<HTMLInputElement>('input[type="file"]'));
  if (ctx.recognition.variant !== 'B' || inputs.length <= 1) return inputs[0] ?? null;
  return hoursSlot(ctx)?.input ?? null;
}

/** Names of the files the dialog lists as uploaded: its file table (A), or the 学时上传 slot's row (B). */
function uploadedNames(ctx: Where): string[] {
  const t = readTable(ctx.root, FILE_COLUMNS, ['fileName']);
  if (t) return t.rows.map((r) => cellOf(t, r, 'fileName')).filter(Boolean);
  return hoursSlot(ctx)?.files ?? [];
}

function declKey(ctx: FeatureContext, year: number | null): string | null {
  const form = applicantFormRoot(ctx.doc);
  const id = form ? idNumberOn(form.root) : '';
  return declarationKey(id, ctx.recognition.variant === 'B' ? (year ?? undefined) : undefined);
}

/** Remembers how many files the upload dialog lists for `year` (the year rows' evidence-missing reads it). */
async function recordUploadsSeen(ctx: FeatureContext, year: number | null): Promise<void> {
  if (year === null) return;
  const key = declKey(ctx, year);
  if (!key) return;
  const count = uploadedNames(ctx).length;
  await updateDeclaration(key, (m) => (m.uploads[String(year)] === count ? m : { ...m, uploads: { ...m.uploads, [String(year)]: count } }));
}

/**
 * After every wait (the file list, each file, the portal's upload): this upload dialog is still the one on top, its
 * file input still in it, and it is still for `year`; else nothing more is chosen or sent.
 */
function expectSameDialog(ctx: FeatureContext, input: HTMLInputElement, year: number, signal: AbortSignal): void {
  if (signal.aborted) throw new Stopped();
  const rec = recognise(ctx.doc);
  if (ctx.signal.aborted || rec?.screen !== 'evidence-upload' || rec.root !== ctx.root || !ctx.root.contains(input) || uploadYear(ctx) !== year) {
    throw new FillError(t('evidenceDialogChanged', { year }));
  }
}

async function attach(ctx: FeatureContext, year: number) {
  await runJob(ctx, t('evidenceAttachJob', { year }), async (job) => {
    const input = fileInput(ctx);
    if (!input) throw new Error(t('evidenceNoControl'));
    const accept = TEXTS.upload.accept;
    const files = await requestEvidenceList(year);
    expectSameDialog(ctx, input, year, job.signal);
    if (!files.length) return t('evidenceNoFiles', { year });
    const already = new Set(uploadedNames(ctx).map(normText));
    const wanted: EvidenceFileInfo[] = [];
    for (const f of files) {
      const ext = (f.name.split('.').pop() ?? '').toLowerCase();
      if (!accept.includes(ext as (typeof accept)[number])) job.log(t('evidenceBadType', { name: f.name }));
      else if (f.size > TEXTS.upload.maxBytes) job.log(tooBigLine(f));
      else if (already.has(normText(f.name))) job.log(t('evidenceAlready', { name: f.name }));
      else wanted.push(f);
    }
    if (!wanted.length) return t('evidenceNothingToUpload');
    // One message per file: each stays far below the message limit, whatever the year holds.
    const dt = new DataTransfer();
    const names: string[] = [];
    for (const f of wanted) {
      if (job.signal.aborted) throw new Stopped();
      job.log(t('evidenceReading', { name: f.name, size: sizeText(f.size) }));
      try {
        dt.items.add(await requestEvidenceFile(f.id));
        names.push(f.name);
      } catch (e) {
        job.log(t('evidenceReadFailed', { name: f.name, message: e instanceof Error ? e.message : String(e) }));
      }
      expectSameDialog(ctx, input, year, job.signal); // a 20 MB file takes a while: the user may have moved on
    }
    if (!names.length) return t('evidenceNothingRead');
    expectSameDialog(ctx, input, year, job.signal);
    input.files = dt.files;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    job.log(t('evidenceChosen', { names: names.join(t('listSeparator')) }));
    if (ctx.recognition.variant === 'B') {
      // 申报材料上传 uploads the chosen files with its own 上传 button.
      expectSameDialog(ctx, input, year, job.signal);
      clickButton(ctx.root, BUTTONS.send, () => new Error(t('evidenceNoSend')));
    }
    // The portal lists what it accepted; wait for it.
    await waitFor(ctx.doc, () => names.every((n) => uploadedNames(ctx).map(normText).includes(normText(n))), {
      timeout: 15000,
      signal: job.signal,
      what: t('evidenceWaitUpload'),
    });
    await recordUploadsSeen(ctx, year);
    return t('evidenceUploadedYear', { year, count: names.length }) + (ctx.recognition.variant === 'B' ? t('evidenceSaveForm') : '') + t('fullStop');
  });
}

/** Opens each row's 上传附件 in turn, reads what the portal lists, and closes it again (nothing is changed). */
async function peekUploads(ctx: FeatureContext) {
  await runJob(ctx, t('evidencePeek'), async (job) => {
    const detail = ctx.root;
    const years = (readYearRows(detail)?.rows ?? []).map((r) => r.year);
    const key = declKey(ctx, null);
    if (!key) throw new Error(t('evidenceWhichDeclaration'));
    const found: Record<string, number> = {};
    for (const year of years) {
      const row = readYearRows(detail)?.rows.find((r) => r.year === year);
      const button = row ? findButtons(row.tr, BUTTONS.upload)[0] : undefined;
      if (!button) continue;
      userClick(button);
      const rec = await waitFor(ctx.doc, () => {
        const r = recognise(ctx.doc);
        return r?.screen === 'evidence-upload' ? r : null;
      }, { signal: job.signal, what: t('evidenceYearDialog', { year }) });
      found[String(year)] = uploadedNames({ root: rec.root, recognition: rec }).length;
      const close = findButtons(rec.root, BUTTONS.close)[0] ?? rec.root.querySelector<HTMLElement>('[aria-label="Close"]');
      if (!close) throw new Error(t('evidenceNoClose'));
      userClick(close);
      await waitFor(ctx.doc, () => recognise(ctx.doc)?.screen === 'year-detail', { signal: job.signal, what: t('evidenceBackToRows') });
      job.log(t('evidencePeekYear', { year, count: found[String(year)] }));
    }
    await updateDeclaration(key, (m) => ({ ...m, uploads: { ...m.uploads, ...found } }));
    return t('evidencePeekDone');
  });
}

export default defineFeature({
  id: 'evidence',
  include: ['year-detail', 'evidence-upload'],
  order: 30,
  description: '按年度显示台账中的佐证材料与规则要求，可逐年查看网页上的附件；在上传对话框里一键上传该年度的材料',
  init(ctx) {
    if (ctx.screen === 'year-detail') {
      // Remember which row's 上传附件 the user clicks: the dialog may not say its year.
      ctx.root.addEventListener(
        'click',
        (e) => {
          try {
            const b = (e.target as HTMLElement).closest('button');
            if (!b || !isText(b.textContent, BUTTONS.upload)) return;
            const tr = b.closest('tr');
            const rows = readYearRows(ctx.root)?.rows ?? [];
            lastUploadYear = rows[tr ? rowIndex(tr) : -1]?.year ?? null;
          } catch (err) {
            console.error('[学时助手] evidence', err); // never throw into the page
          }
        },
        { capture: true, signal: ctx.signal },
      );
      const lists = evidenceLists(ctx, (c) => c.evidence.filter((y) => y.fileCount > 0).map((y) => y.year));
      const render = async () => {
        const key = declKey(ctx, null);
        const memo = await readDeclaration(key ?? '-');
        ctx.render(() => {
          const s = ctx.store.context.value;
          if (s.status !== 'ready') return null;
          return (
            <div>
              <h3>{t('evidenceHeading')}</h3>
              <button type="button" class="xskr-btn xskr-secondary" data-testid="xskr-peek-uploads" disabled={!!ctx.store.busy.value} onClick={() => void peekUploads(ctx)}>
                {t('evidencePeek')}
              </button>
              <YearEvidenceList items={s.context.evidence.filter((y) => !s.context.span.years || s.context.span.years.includes(y.year))} uploads={memo.uploads} lists={lists.value} />
            </div>
          );
        });
      };
      void render();
      ctx.onPageChange(() => void render());
      return;
    }
    // evidence-upload
    const year = uploadYear(ctx);
    if (year !== null) ctx.actions.set('attach-evidence', { year, run: () => attach(ctx, year) }); // the panel's next step
    const lists = evidenceLists(ctx, () => (year === null ? [] : [year]));
    const recordUploads = () => void recordUploadsSeen(ctx, year);
    recordUploads();
    ctx.onPageChange(recordUploads);
    const UploadSlots = ctx.recognition.variant === 'B' ? uploadSlots(ctx, year) : null; // 学历信息, 委托审批函 … (12.6)
    ctx.render(() => {
      const s = ctx.store.context.value;
      const y = s.status === 'ready' && year !== null ? s.context.evidence.find((e) => e.year === year) : undefined;
      const files = year === null ? undefined : lists.value.get(year);
      const busy = ctx.store.busy.value;
      return (
        <div>
          <h3>{t('evidenceUploadHeading', { year: year ?? '?' })}</h3>
          {year === null ? <p class="xskr-muted">{t('evidenceWhichYear')}</p> : null}
          {y ? (
            <ul>
              {(files ?? []).map((f) => (
                <li key={f.id}>
                  <span lang="zh-CN">{f.name}</span>
                  {t('inParens', { text: sizeText(f.size) })}
                  {f.kind === 'recognition-form' ? t('evidenceRecognitionForm') : ''}
                </li>
              ))}
              {y.fileCount === 0 ? <li>{t('evidenceYearNone')}</li> : files ? null : <li class="xskr-muted">{t('evidenceReadingNames', { count: y.fileCount })}</li>}
            </ul>
          ) : null}
          <button type="button" class="xskr-btn" data-testid="attach-evidence" disabled={year === null || !!busy || !y?.fileCount} onClick={() => year !== null && void attach(ctx, year)}>
            {t('evidenceAttach')}
          </button>
          {y?.activities ? <ActivitySetsList items={y.activities} /> : null}
          {UploadSlots ? <UploadSlots /> : null}
        </div>
      );
    });
  },
});
