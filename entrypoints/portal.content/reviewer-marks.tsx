// Reviewer screens (学时核认申报单位审核 / 上级单位审核, 学时核认申报详细): check every yearly row under the rule set
// the reviewer chose, mark each <tr> (data-xskr-status / data-xskr-codes / data-xskr-evidence + a badge with the reason
// and clause), and sum up in the panel with a ready-to-paste 审核不通过 reason. A year's evidence comes from its 详情
// (学时材料), seen when the reviewer opens it or when the panel's 逐年查看学时材料 walks the rows; until then the year is
// 学时材料未查看, never ok. The logic is in utils/reviewer/ (pure, unit-tested).
import { effect, signal, untracked, useSignal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { listPolicies, requiredYears } from '../../rules';
import type { Applicant, Finding, FindingCode, RequiredYears } from '../../rules/schema';
import { readApplicant, type ReviewApplicant } from '../../utils/reviewer/applicant';
import { reviewerPolicyItem } from '../../utils/reviewer/reviewer-policy';
import { checkReview, reviewBasis, type ReviewResult, type WholeYearNote } from '../../utils/reviewer/review-check';
import { findRowInfoDialog, readRowInfoFiles, rowInfoYear, tabEvidence, walkRowInfo, withEvidence, type EvidenceState, type WalkTarget } from '../../utils/reviewer/row-evidence';
import { applyMarks } from '../../utils/reviewer/marks';
import { isMarked } from '../../utils/portal/row-marks';
import { createRowCollector, type PagedRows, type RowCollector } from '../../utils/reviewer/paging';
import { paginationTotal, readReviewTables, sameRowData } from '../../utils/reviewer/read-table';
import { applicationKey, createApplicationMemory, markListRows } from '../../utils/reviewer/remember';
import { clickButton, setInputValue } from '../../utils/portal/element';
import { dataRowTest, rowIndex } from '../../utils/portal/table';
import { BUTTONS, isText, normSet, TITLES } from '../../utils/portal/texts';
import { isShown, scanDocument } from '../../utils/portal/scan';
import { waitFor } from '../../utils/portal/wait';
import { defineFeature, type FeatureContext } from './feature';
import { runJob } from './job';
import { t, titleLevelLabel } from '../../utils/i18n';
import { uiLang } from '../../utils/i18n-shell';
import { findingLineText, wholeYearNoteText } from '../../utils/finding-text';

/** Results of the applications opened in this tab, to mark their rows in the list. */
const memory = createApplicationMemory();

function spanFor(policyId: string, applicant: Partial<Applicant>): RequiredYears | null {
  try {
    return requiredYears(policyId, { titleLevel: 'senior', ...applicant });
  } catch {
    return null;
  }
}

interface Summary {
  /** How long the last read + check + mark took (ms), for benchmarks. */
  ms: number;
  /** How long that pass waited for the page to be idle after the change that asked for it (ms; 0 when run at once). */
  waitedMs: number;
  rows: number;
  /** Rows the pagination says the table has; more than `rows` until every page was shown. */
  total: number;
  complete: boolean;
  ok: number;
  problem: number;
  /** Rows without an error whose 学时材料 were never seen: neither ok nor problem yet. */
  unchecked: number;
  /** Years with a row whose 学时材料 were never seen. */
  unseenYears: number[];
  /** Where the evidence counts come from: a 附件 column, or each row's 详情. */
  evidenceFrom: 'column' | 'details';
  /** Rows shown on the current page (the walk can open these only). */
  visible: number;
  findings: Finding[];
  /** Rows whose minima were not judged because they name a whole-year activity (三援 …), with the reason. */
  wholeYearNotes: WholeYearNote[];
  reason: string;
  reasonDetailed: string;
}

function summarise(results: ReviewResult[], paged: PagedRows[], states: EvidenceState[], ms: number, waitedMs: number): Summary {
  return {
    ms,
    waitedMs,
    total: paged.reduce((n, p) => n + p.total, 0),
    complete: paged.every((p) => p.complete),
    rows: results.reduce((n, r) => n + r.rows.length, 0),
    ok: results.reduce((n, r) => n + r.okCount, 0),
    problem: results.reduce((n, r) => n + r.problemCount, 0),
    unchecked: results.reduce((n, r) => n + r.uncheckedCount, 0),
    unseenYears: [...new Set(results.flatMap((r) => r.unseenYears))].sort((a, b) => a - b),
    evidenceFrom: states.length > 0 && states.every((st) => st === 'column') ? 'column' : 'details',
    visible: paged.reduce((n, p) => n + p.visible.length, 0),
    findings: results.flatMap((r) => r.findings),
    wholeYearNotes: results.flatMap((r) => r.wholeYearNotes),
    reason: results.map((r) => r.reason).filter(Boolean).join('\n'),
    reasonDetailed: results.map((r) => r.reasonDetailed).filter(Boolean).join('\n\n'),
  };
}

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

/**
 * Opens the portal's 审核不通过 dialog and types the reason into its box, as a reviewer would paste it. It never
 * presses 确定: the reviewer reads it and decides.
 */
function fillRejectReason(ctx: FeatureContext, reason: string) {
  return runJob(ctx, t('reviewFillJob'), async (job) => {
    clickButton(ctx.root, BUTTONS.reject, () => new Error(t('reviewRejectDisabled')));
    const box = await waitFor(
      ctx.doc,
      () => {
        const titles = normSet(TITLES.reject);
        const dialogs = scanDocument(ctx.doc).filter((s) => s.kind === 'dialog' && titles.some((t) => s.titles.has(t)));
        return dialogs[dialogs.length - 1]?.element.querySelector('textarea') ?? null;
      },
      { signal: job.signal, what: t('reviewRejectDialog') },
    );
    const max = box.maxLength > 0 ? box.maxLength : Infinity;
    const text = reason.length > max ? reason.slice(0, max) : reason;
    setInputValue(box, text);
    box.focus();
    const cut = text.length < reason.length ? t('reviewCut', { max }) : '';
    return t('reviewFilled', { count: text.length, cut });
  });
}

/** Where the evidence stands: which years' 学时材料 were not seen yet, and the walk that looks at them. */
function EvidenceBlock({ summary: s, onWalk, busy }: { summary: Summary; onWalk?: () => void; busy: string | null }) {
  const paged = s.visible < s.total;
  return (
    <div data-testid="review-evidence" data-from={s.evidenceFrom} data-unseen={s.unseenYears.join(' ')}>
      {s.evidenceFrom === 'column' ? (
        <p class="xskr-muted">{t('reviewEvidenceColumn')}</p>
      ) : s.unseenYears.length > 0 ? (
        <p data-testid="review-evidence-unseen" data-years={s.unseenYears.join(' ')}>
          {t('reviewEvidenceUnseen', { years: s.unseenYears.join(t('listSeparator')) })}
        </p>
      ) : (
        <p class="xskr-muted" data-testid="review-evidence-seen">
          {t('reviewEvidenceSeen', { missing: s.findings.some((f) => f.code === 'evidence-missing') ? t('reviewEvidenceSeenMissing') : '' })}
        </p>
      )}
      {s.evidenceFrom === 'details' && onWalk && (
        <>
          <button type="button" class="xskr-btn xskr-secondary" data-testid="review-evidence-walk" disabled={!!busy} onClick={onWalk}>
            {t('reviewWalk')}
          </button>
          <span class="xskr-muted">
            {' '}
            {paged
              ? t('reviewWalkPaged', { visible: s.visible, total: s.total })
              : t('reviewWalkHow')}
          </span>
        </>
      )}
    </div>
  );
}

function ReviewerSection(props: {
  screen: 'hr-list' | 'hr-detail';
  policyId: Signal<string>;
  onPolicy: (id: string) => void;
  applicant: Signal<ReviewApplicant>;
  summary: Signal<Summary | null>;
  listMarked: Signal<number>;
  perYear: Signal<boolean>;
  span: Signal<RequiredYears | null>;
  onFillReason?: (reason: string) => void;
  onWalk?: () => void;
  busy: Signal<string | null>;
}) {
  const s = props.summary.value;
  const app = props.applicant.value;
  const copied = useSignal<'' | 'reviewCopied' | 'reviewCopyFailed'>('');
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <section data-testid="reviewer-section" aria-label={t('reviewHeading')}>
      <h3>{t('reviewHeading')}</h3>
      <label style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
        {t('reviewPolicy')}
        <select
          data-testid="reviewer-policy"
          value={props.policyId.value}
          onChange={(e) => props.onPolicy((e.currentTarget as HTMLSelectElement).value)}
          style={{ flex: 1, minWidth: 0, font: 'inherit' }}
        >
          {listPolicies().map((p) => (
            <option key={p.id} value={p.id} lang="zh-CN">
              {p.name}（{p.docNumber}）
            </option>
          ))}
        </select>
      </label>
      {props.screen === 'hr-detail' && (
        <p class="xskr-muted" data-testid="review-applicant">
          {app.titleLevel ? t('reviewTitleRead', { title: app.titleText ?? '', level: titleLevelLabel(app.titleLevel) }) : t('reviewTitleUnread')}
          {app.reviewYear ? t('reviewYear', { year: app.reviewYear }) : ''}
          {props.perYear.value ? t('reviewPerYear') : ''}
        </p>
      )}
      {props.screen === 'hr-detail' && props.span.value && (
        <p class="xskr-muted" data-testid="review-span">
          {props.span.value.years === null
            ? t('reviewSpanUnknown', { reason: props.span.value.reason })
            : t('reviewSpan', {
                from: props.span.value.years[0],
                to: props.span.value.years[props.span.value.years.length - 1],
                citation: props.span.value.citation,
                extrapolated: props.span.value.extrapolated ? t('reviewSpanExtrapolated') : '',
              })}
        </p>
      )}
      {s && s.rows > 0 ? (
        <>
          <p
            data-testid="review-summary"
            data-rows={s.rows}
            data-total={s.total}
            data-complete={String(s.complete)}
            data-ok={s.ok}
            data-problem={s.problem}
            data-unchecked={s.unchecked}
            data-ms={s.ms.toFixed(1)}
            data-waited-ms={s.waitedMs.toFixed(1)}
          >
            {t('reviewChecked', { count: s.rows })}
            <span class="xskr-ok">{t('reviewOkRows', { count: s.ok })}</span>
            {t('reviewComma')}
            <span style={{ color: s.problem ? '#b00020' : undefined }}>{t('reviewProblemRows', { count: s.problem })}</span>
            {s.unchecked > 0 && t('reviewUncheckedRows', { count: s.unchecked })}
          </p>
          {props.screen === 'hr-detail' && <EvidenceBlock summary={s} onWalk={props.onWalk} busy={props.busy.value} />}
          {!s.complete && (
            <p class="xskr-muted" data-testid="review-partial">
              {t('reviewPartial', { total: s.total, rows: s.rows })}
            </p>
          )}
          {s.wholeYearNotes.length > 0 && (
            <ul data-testid="review-whole-year">
              {s.wholeYearNotes.map((w, i) => (
                <li key={i} data-year={w.year} data-activity={w.activity}>
                  {wholeYearNoteText(w)}
                </li>
              ))}
            </ul>
          )}
          {s.findings.length > 0 ? (
            <ul data-testid="review-findings" style={{ maxHeight: '180px', overflow: 'auto' }}>
              {s.findings.map((f, i) => (
                <li key={i} class="xskr-finding" data-testid="finding" data-code={f.code} data-year={f.year ?? ''} data-severity={f.severity}>
                  {findingLineText(f)}
                </li>
              ))}
            </ul>
          ) : (
            <p class="xskr-ok">{t('reviewNoProblems')}</p>
          )}
          {s.reason && (
            <div>
              <label>
                {t('reviewReasonLabel', { count: s.reason.length })}
                <textarea
                  data-testid="review-reason"
                  readOnly
                  rows={6}
                  ref={area}
                  style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', fontSize: '12px' }}
                  value={s.reason}
                />
              </label>
              <button
                type="button"
                class="xskr-btn"
                data-testid="review-copy"
                onClick={() => void copyText(s.reason, area.current).then((ok) => (copied.value = ok ? 'reviewCopied' : 'reviewCopyFailed'))}
              >
                {t('reviewCopy')}
              </button>
              {props.onFillReason && (
                <button type="button" class="xskr-btn xskr-secondary" data-testid="review-fill-reason" onClick={() => props.onFillReason?.(s.reason)}>
                  {t('reviewFillReason')}
                </button>
              )}
              <span class="xskr-muted">{copied.value ? t(copied.value) : ''}</span>
              <details>
                <summary>{t('reviewDetailed')}</summary>
                <textarea
                  data-testid="review-reason-detailed"
                  readOnly
                  rows={8}
                  style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', fontSize: '12px' }}
                  value={s.reasonDetailed}
                />
              </details>
            </div>
          )}
        </>
      ) : props.screen === 'hr-list' ? (
        <p class="xskr-muted" data-testid="review-summary" data-rows="0">
          {t('reviewListHint')}
          {props.listMarked.value ? t('reviewListMarked', { count: props.listMarked.value }) : ''}
          {t('reviewFullStop')}
        </p>
      ) : (
        <p class="xskr-muted" data-testid="review-summary" data-rows="0">
          {t('reviewNoTable')}
        </p>
      )}
    </section>
  );
}

/** A visible yearly row with its evidence key, for the 详情 clicks and the walk. */
interface ShownRow {
  tr: HTMLTableRowElement;
  rowKey: string;
  year: number;
}

/** Who a 详情 dialog belongs to: the application and the row. */
interface RowInfoOwner {
  app: string;
  rowKey: string;
  year: number;
}

/** What a check was made from; the next look at the page re-checks only when it differs (or a row lost its mark). */
interface Pass {
  policyId: string;
  app: string;
  evidenceVersion: number;
  paged: PagedRows[];
}

/** Field by field, without a string of all 500 rows. */
function samePass(a: Pass, b: Pass): boolean {
  if (a.policyId !== b.policyId || a.app !== b.app || a.evidenceVersion !== b.evidenceVersion || a.paged.length !== b.paged.length) return false;
  return a.paged.every((p, i) => {
    const q = b.paged[i];
    return (
      p.all.length === q.all.length &&
      p.visible.length === q.visible.length &&
      p.all.every((r, k) => sameRowData(r, q.all[k])) &&
      p.visible.every((v, k) => v.index === q.visible[k].index)
    );
  });
}

let screenSerial = 0;

/** Longest wait for an idle moment before a pass a page change asked for runs anyway. */
const IDLE_TIMEOUT_MS = 150;

/** `fn` once, when the page is next idle (or after IDLE_TIMEOUT_MS); further calls until then ask for nothing more. */
function whenIdle(signal: AbortSignal, fn: () => void): () => void {
  const idle = typeof requestIdleCallback === 'function';
  let id: number | null = null;
  signal.addEventListener('abort', () => id !== null && (idle ? cancelIdleCallback(id) : window.clearTimeout(id)), { once: true });
  const go = () => {
    id = null;
    if (!signal.aborted) fn();
  };
  return () => {
    if (id !== null || signal.aborted) return;
    id = idle ? requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(go, 0);
  };
}

export default defineFeature({
  id: 'reviewer-marks',
  include: ['hr-list', 'hr-detail'],
  description: '审核页：按所选规则逐行检查学时，标出问题并生成审核不通过理由',
  order: 20,
  async init(ctx) {
    const screen = ctx.screen === 'hr-list' ? 'hr-list' : 'hr-detail';
    const policyId = signal(await reviewerPolicyItem.getValue());
    if (ctx.signal.aborted) return;
    const applicant = signal<ReviewApplicant>({});
    const summary = signal<Summary | null>(null);
    const listMarked = signal(0);
    const perYear = signal(false);
    const span = signal<RequiredYears | null>(null);
    let last: Pass | null = null;
    /** Evidence memory key of the application on screen: name + ID tail, or this screen alone when the header has no name. */
    const fallbackKey = `?${++screenSerial}`;
    let appKey = fallbackKey;
    let shown: ShownRow[] = [];
    let evidenceVersion = 0;

    const collectors: RowCollector[] = [];
    let lastText = '';
    /** When a pass asked for by a page change started waiting for the page to be idle (null: none waiting). */
    let waitingSince: number | null = null;
    const run = (force = false) => {
      if (ctx.signal.aborted) return;
      // The pass's time (summary.ms) counts from here: the change test below is part of our work.
      const started = performance.now();
      const waited = waitingSince === null ? 0 : started - waitingSince;
      waitingSince = null;
      // Hovering el-table rows changes classes many times a second: skip unless the visible text changed
      // (our own badges are part of it, so a re-rendered row without its badge counts as a change).
      const text = ctx.root.textContent ?? '';
      if (!force && text === lastText) return;
      lastText = text;
      const tables = readReviewTables(ctx.root);
      const app = screen === 'hr-detail' ? readApplicant(ctx.root, dataRowTest(tables)) : {};
      if (screen === 'hr-detail') appKey = applicationKey(app.name, app.idNumber) ?? fallbackKey;
      const paged = tables.map((t, i) => (collectors[i] ??= createRowCollector()).collect(t.rows, paginationTotal(ctx.root, t)));
      const pass: Pass = { policyId: policyId.value, app: JSON.stringify(app), evidenceVersion, paged };
      const stale = tables.some((t) => t.rows.some((r) => !isMarked(r.tr)));
      const same = last !== null && samePass(pass, last);
      last = pass;
      if (!force && !stale && same) {
        if (screen === 'hr-list') listMarked.value = markListRows(ctx.root, memory);
        return;
      }
      // Each row's evidence: the 附件 column's count, else what its 详情 showed, else unknown (学时材料未查看).
      const evidence = paged.map((p) => (screen === 'hr-detail' ? withEvidence(p.all, appKey, tabEvidence) : { rows: p.all, states: [] as EvidenceState[], keys: [] as string[] }));
      const basis = reviewBasis(app, paged.flatMap((p) => p.all.map((r) => r.year)));
      const nextShown: ShownRow[] = [];
      const results = tables.map((t, i) => {
        const p = paged[i];
        const e = evidence[i];
        const keyOf = new Map(p.all.map((r, k) => [r.index, e.keys[k]]));
        for (const v of p.visible) {
          const rowKey = keyOf.get(v.index);
          if (rowKey) nextShown.push({ tr: v.row.tr, rowKey, year: v.row.data.year });
        }
        const result = checkReview(e.rows, { policyId: policyId.value, applicant: basis.applicant, complete: p.complete && !basis.perYear });
        applyMarks({ body: t.body, rows: p.visible.map((v) => ({ tr: v.row.tr, yearCell: v.row.yearCell, data: { groupKey: v.row.data.groupKey, index: v.index } })) }, result.rows);
        return result;
      });
      shown = nextShown;
      applicant.value = app;
      summary.value = summarise(results, paged, evidence.flatMap((e) => e.states), performance.now() - started, waited);
      perYear.value = basis.perYear;
      span.value = basis.perYear ? null : spanFor(policyId.value, basis.applicant);
      const complete = paged.every((p) => p.complete);
      if (screen === 'hr-detail' && results.length > 0 && complete) {
        const key = applicationKey(app.name, app.idNumber);
        const all = results.flatMap((r) => r.findings);
        const unseen = results.some((r) => r.unseenYears.length > 0);
        if (key) {
          memory.remember(key, {
            status: all.some((f) => f.severity === 'error') ? 'problem' : unseen ? 'unchecked' : 'ok',
            codes: [...new Set(all.map((f) => f.code))] as FindingCode[],
            findings: all,
            evidence: unseen ? 'unseen' : 'seen',
          });
        }
      }
      if (screen === 'hr-list') listMarked.value = markListRows(ctx.root, memory);
      lastText = ctx.root.textContent ?? ''; // with the badges just written
    };

    const onPolicy = (id: string) => {
      policyId.value = id;
      void reviewerPolicyItem.setValue(id).catch(() => undefined);
      run(true);
    };

    // ---- 详情 dialogs: whoever opens one (the reviewer or the walk), its 学时材料 are counted for its row. ----
    const closing = new WeakSet<Element>();
    /** The last 详情 click: which row, and which dialogs were already open then (a new dialog is this row's). */
    let pending: (RowInfoOwner & { before: Set<Element>; at: number }) | null = null;
    let current: { dialog: Element; owner: RowInfoOwner | null } | null = null;

    const rowOfTr = (tr: HTMLTableRowElement): ShownRow | undefined => {
      const direct = shown.find((r) => r.tr === tr);
      if (direct) return direct;
      // el-table's fixed-column copy: the same position in its own body.
      const pos = rowIndex(tr);
      const same = shown.filter((r) => rowIndex(r.tr) === pos);
      return same.length === 1 ? same[0] : undefined;
    };
    const shownDialogs = () => new Set(Array.from(ctx.doc.querySelectorAll('[role="dialog"], [role="alertdialog"]')).filter((d) => isShown(d)));

    /** The row a newly seen 详情 dialog belongs to: the row whose 详情 was just clicked, else the only row of the year it shows. */
    const claim = (dialog: Element): RowInfoOwner | null => {
      const year = rowInfoYear(dialog);
      if (pending && !pending.before.has(dialog) && Date.now() - pending.at < 15_000 && (year === undefined || year === pending.year)) {
        const { app, rowKey, year: y } = pending;
        pending = null;
        return { app, rowKey, year: y };
      }
      if (year === undefined) return null;
      const rows = shown.filter((r) => r.year === year);
      return rows.length === 1 ? { app: appKey, rowKey: rows[0].rowKey, year } : null;
    };

    const observeRowInfo = () => {
      if (screen !== 'hr-detail') return;
      const dialog = findRowInfoDialog(ctx.doc, ctx.root, (d) => closing.has(d));
      if (!dialog) {
        current = null;
        return;
      }
      if (current?.dialog !== dialog) current = { dialog, owner: claim(dialog) };
      const owner = current.owner;
      if (!owner) return;
      const year = rowInfoYear(dialog);
      if (year !== undefined && year !== owner.year) {
        current = { dialog, owner: claim(dialog) }; // a dialog the portal reused for another row
        return;
      }
      const files = readRowInfoFiles(dialog);
      if (files) tabEvidence.record(owner.app, owner.rowKey, files);
    };

    if (screen === 'hr-detail') {
      ctx.root.addEventListener(
        'click',
        (e) => {
          try {
            const button = (e.target as Element | null)?.closest?.('button, a, [role="button"]');
            if (!button || !isText(button.textContent, BUTTONS.detail)) return;
            const tr = button.closest('tr');
            const row = tr ? rowOfTr(tr) : undefined;
            current = null;
            pending = row ? { app: appKey, rowKey: row.rowKey, year: row.year, before: shownDialogs(), at: Date.now() } : null;
          } catch (err) {
            console.error('[学时助手] reviewer-marks', err); // never throw into the page
          }
        },
        { capture: true, signal: ctx.signal },
      );
      tabEvidence.subscribe(() => {
        evidenceVersion++;
        run(true);
      }, ctx.signal);
    }

    const walk = () =>
      void runJob(ctx, t('reviewWalk'), async (job) => {
        run(true);
        const targets: WalkTarget[] = shown.map((r) => ({ rowKey: r.rowKey, year: r.year }));
        if (targets.length === 0) return t('reviewNoRows');
        const s = summary.value;
        const result = await walkRowInfo({
          doc: ctx.doc,
          screen: ctx.root,
          targets,
          rowOf: (rowKey) => {
            run(); // the table may have re-rendered
            return shown.find((r) => r.rowKey === rowKey)?.tr ?? null;
          },
          closing,
          signal: job.signal,
          log: job.log,
          record: (t, files) => tabEvidence.record(appKey, t.rowKey, files),
        });
        const empty = result.read.filter((r) => r.count === 0).map((r) => r.target.year);
        const parts = [t('reviewWalkRead', { count: result.read.length })];
        parts.push(empty.length ? t('reviewWalkEmpty', { years: [...new Set(empty)].join(t('listSeparator')) }) : t('reviewWalkAllFiles'));
        if (result.skipped.length) parts.push(t('reviewWalkSkipped', { count: result.skipped.length }));
        const rest = s && s.visible < s.total ? t('reviewWalkRest', { total: s.total }) : '';
        return `${parts.join(t('reviewPartsSeparator'))}${rest}${t('reviewFullStop')}`;
      });

    ctx.render(() => (
      <ReviewerSection
        screen={screen}
        policyId={policyId}
        onPolicy={onPolicy}
        applicant={applicant}
        summary={summary}
        listMarked={listMarked}
        perYear={perYear}
        span={span}
        onFillReason={screen === 'hr-detail' ? (reason) => void fillRejectReason(ctx, reason) : undefined}
        onWalk={screen === 'hr-detail' ? walk : undefined}
        busy={ctx.store.busy}
      />
    ));
    run(true);
    // The badges and their tooltips on the portal's rows follow the UI language: re-mark when it changes. The 审核不通过
    // reason (s.reason) stays Chinese on purpose whatever the UI language: the reviewer pastes it into the Chinese portal.
    let langSeen = uiLang.peek();
    const dispose = effect(() => {
      const lang = uiLang.value;
      if (lang === langSeen) return;
      langSeen = lang;
      untracked(() => run(true));
    });
    ctx.signal.addEventListener('abort', dispose, { once: true });
    // A page change (Vue re-rendering the table) is re-checked once the page is idle: the portal's own follow-up work
    // (el-table's layout, the garbage its render left) runs first instead of inside our pass, and every change until
    // then costs one pass. Bounded: on a page that stays busy the pass runs after IDLE_TIMEOUT_MS anyway.
    const idleRun = whenIdle(ctx.signal, () => run());
    ctx.onPageChange(() => {
      waitingSince ??= performance.now();
      idleRun();
      observeRowInfo();
    });
  },
});
