// Reviewer screens (学时核认申报单位审核 / 上级单位审核, 学时核认申报详细): check every yearly row under the rule set
// the reviewer chose, mark each <tr> (data-xskr-status / data-xskr-codes / data-xskr-evidence + a badge with the reason
// and clause), and sum up in the panel with a ready-to-paste 审核不通过 reason. A year's evidence comes from its 详情
// (学时材料), seen when the reviewer opens it or when the panel's 逐年查看学时材料 walks the rows; until then the year is
// 学时材料未查看, never ok. The logic is in utils/reviewer/ (pure, unit-tested).
import { signal, useSignal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listPolicies, requiredYears } from '../../rules';
import type { Applicant, Finding, FindingCode, RequiredYears } from '../../rules/schema';
import { readApplicant, type ReviewApplicant } from '../../utils/reviewer/applicant';
import { checkReview, defaultReviewPolicy, reviewBasis, type ReviewResult, type WholeYearNote } from '../../utils/reviewer/check';
import { findRowInfoDialog, readRowInfoFiles, rowInfoYear, tabEvidence, walkRowInfo, withEvidence, type EvidenceState, type WalkTarget } from '../../utils/reviewer/evidence';
import { applyMarks, findingLine, isMarked } from '../../utils/reviewer/marks';
import { createRowCollector, type PagedRows, type RowCollector } from '../../utils/reviewer/paging';
import { paginationTotal, readReviewTables } from '../../utils/reviewer/read-table';
import { applicationKey, createApplicationMemory, markListRows } from '../../utils/reviewer/remember';
import { findButtons, isDisabled, setInputValue, userClick } from '../../utils/portal/element';
import { rowIndex } from '../../utils/portal/table';
import { BUTTONS, isText, normSet, TITLES } from '../../utils/portal/texts';
import { isShown, scanDocument } from '../../utils/portal/scan';
import { waitFor } from '../../utils/portal/wait';
import { defineFeature, type FeatureContext } from './feature';
import { runJob } from './job';

const POLICY_KEY = 'xskr:reviewer-policy';
const TITLE_NAMES = { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' } as const;

/** Results of the applications opened in this tab, to mark their rows in the list. */
const memory = createApplicationMemory();

async function loadPolicy(): Promise<string> {
  const known = new Set(listPolicies().map((p) => p.id));
  try {
    const saved = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
    if (typeof saved === 'string' && known.has(saved)) return saved;
  } catch {
    // storage unavailable: fall back to the default
  }
  return defaultReviewPolicy();
}

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

function summarise(results: ReviewResult[], paged: PagedRows[], states: EvidenceState[], ms: number): Summary {
  return {
    ms,
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
  return runJob(ctx, '填入不通过原因', async (job) => {
    const button = findButtons(ctx.root, BUTTONS.reject).find((b) => !isDisabled(b));
    if (!button) throw new Error('“审核不通过”按钮现在不能点（这份申报可能不在待审核状态）');
    userClick(button);
    const box = await waitFor(
      ctx.doc,
      () => {
        const titles = normSet(TITLES.reject);
        const dialogs = scanDocument(ctx.doc).filter((s) => s.kind === 'dialog' && titles.some((t) => s.titles.has(t)));
        return dialogs[dialogs.length - 1]?.element.querySelector('textarea') ?? null;
      },
      { signal: job.signal, what: '“审核不通过”对话框' },
    );
    const max = box.maxLength > 0 ? box.maxLength : Infinity;
    const text = reason.length > max ? reason.slice(0, max) : reason;
    setInputValue(box, text);
    box.focus();
    const cut = text.length < reason.length ? `，超出 ${max} 字的部分已截去，请自行精简` : '';
    return `已填入不通过原因（${text.length} 字${cut}）。请核对后点“确定”；助手不会替您提交。`;
  });
}

/** Where the evidence stands: which years' 学时材料 were not seen yet, and the walk that looks at them. */
function EvidenceBlock({ summary: s, onWalk, busy }: { summary: Summary; onWalk?: () => void; busy: string | null }) {
  const paged = s.visible < s.total;
  return (
    <div data-testid="review-evidence" data-from={s.evidenceFrom} data-unseen={s.unseenYears.join(' ')}>
      {s.evidenceFrom === 'column' ? (
        <p class="xskr-muted">学时材料：按表格“附件”列的数量检查。</p>
      ) : s.unseenYears.length > 0 ? (
        <p data-testid="review-evidence-unseen" data-years={s.unseenYears.join(' ')}>
          学时材料未查看：{s.unseenYears.join('、')} 年。材料在每行的“详情”里：打开看过后才判断有没有上传，未查看的年度不算符合。
        </p>
      ) : (
        <p class="xskr-muted" data-testid="review-evidence-seen">
          已读取的各行都查看过“详情”里的学时材料{s.findings.some((f) => f.code === 'evidence-missing') ? '（没有文件的年度已列为问题）' : ''}。
        </p>
      )}
      {s.evidenceFrom === 'details' && onWalk && (
        <>
          <button type="button" class="xskr-btn xskr-secondary" data-testid="review-evidence-walk" disabled={!!busy} onClick={onWalk}>
            逐年查看学时材料
          </button>
          <span class="xskr-muted">
            {' '}
            {paged
              ? `只能打开本页显示的 ${s.visible} 行（共 ${s.total} 行）：翻到其他页后再点一次。`
              : '依次打开每行的“详情”读取学时材料后关闭，不点审核按钮。'}
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
  const copied = useSignal('');
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <section data-testid="reviewer-section" aria-label="审核检查">
      <h3>审核检查</h3>
      <label style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
        规则
        <select
          data-testid="reviewer-policy"
          value={props.policyId.value}
          onChange={(e) => props.onPolicy((e.currentTarget as HTMLSelectElement).value)}
          style={{ flex: 1, minWidth: 0, font: 'inherit' }}
        >
          {listPolicies().map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}（{p.docNumber}）
            </option>
          ))}
        </select>
      </label>
      {props.screen === 'hr-detail' && (
        <p class="xskr-muted" data-testid="review-applicant">
          {app.titleLevel ? `拟申报职称：${app.titleText}，按${TITLE_NAMES[app.titleLevel]}的年度范围检查` : '未读到拟申报职称，按副高级的年度范围检查'}
          {app.reviewYear ? `（申报年度 ${app.reviewYear}）` : ''}
          {props.perYear.value ? '。按年度分别申报：只检查本年度这一行，不判断缺少的年度' : ''}
        </p>
      )}
      {props.screen === 'hr-detail' && props.span.value && (
        <p class="xskr-muted" data-testid="review-span">
          {props.span.value.years === null
            ? `年度范围未定：${props.span.value.reason}（只检查每行的学时、合计、重复和附件）`
            : `需核认 ${props.span.value.years[0]}–${props.span.value.years[props.span.value.years.length - 1]} 年（${props.span.value.citation}${props.span.value.extrapolated ? '，按最新规则推算' : ''}）`}
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
          >
            已检查 {s.rows} 行：<span class="xskr-ok">{s.ok} 行符合</span>，
            <span style={{ color: s.problem ? '#b00020' : undefined }}>{s.problem} 行有问题</span>
            {s.unchecked > 0 && <>，{s.unchecked} 行学时材料未查看</>}
          </p>
          {props.screen === 'hr-detail' && <EvidenceBlock summary={s} onWalk={props.onWalk} busy={props.busy.value} />}
          {!s.complete && (
            <p class="xskr-muted" data-testid="review-partial">
              共 {s.total} 行，已读取 {s.rows} 行：翻看其余各页后，再判断缺少的年度和跨页重复的年度。
            </p>
          )}
          {s.wholeYearNotes.length > 0 && (
            <ul data-testid="review-whole-year">
              {s.wholeYearNotes.map((w, i) => (
                <li key={i} data-year={w.year} data-activity={w.activity}>
                  {w.message}
                </li>
              ))}
            </ul>
          )}
          {s.findings.length > 0 ? (
            <ul data-testid="review-findings" style={{ maxHeight: '180px', overflow: 'auto' }}>
              {s.findings.map((f, i) => (
                <li key={i} class="xskr-finding" data-testid="finding" data-code={f.code} data-year={f.year ?? ''} data-severity={f.severity}>
                  {findingLine(f)}
                </li>
              ))}
            </ul>
          ) : (
            <p class="xskr-ok">未发现问题。</p>
          )}
          {s.reason && (
            <div>
              <label>
                审核不通过理由（{s.reason.length} 字，可复制后粘贴到“不通过原因”）
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
                onClick={() => void copyText(s.reason, area.current).then((ok) => (copied.value = ok ? '已复制' : '复制失败，请手动选中复制'))}
              >
                复制理由
              </button>
              {props.onFillReason && (
                <button type="button" class="xskr-btn xskr-secondary" data-testid="review-fill-reason" onClick={() => props.onFillReason?.(s.reason)}>
                  填入“不通过原因”
                </button>
              )}
              <span class="xskr-muted">{copied.value}</span>
              <details>
                <summary>详细说明（逐条附依据）</summary>
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
          点“审核”打开申报详细后，助手会逐行检查；回到列表时，已检查的申报会标出结果
          {props.listMarked.value ? `（本页已标出 ${props.listMarked.value} 份）` : ''}。
        </p>
      ) : (
        <p class="xskr-muted" data-testid="review-summary" data-rows="0">
          没有找到学时年度明细表。
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

let screenSerial = 0;

export default defineFeature({
  id: 'reviewer-marks',
  include: ['hr-list', 'hr-detail'],
  description: '审核页：按所选规则逐行检查学时，标出问题并生成审核不通过理由',
  order: 20,
  async init(ctx) {
    const screen = ctx.screen === 'hr-list' ? 'hr-list' : 'hr-detail';
    const policyId = signal(await loadPolicy());
    if (ctx.signal.aborted) return;
    const applicant = signal<ReviewApplicant>({});
    const summary = signal<Summary | null>(null);
    const listMarked = signal(0);
    const perYear = signal(false);
    const span = signal<RequiredYears | null>(null);
    let last = '';
    /** Evidence memory key of the application on screen: name + ID tail, or this screen alone when the header has no name. */
    const fallbackKey = `?${++screenSerial}`;
    let appKey = fallbackKey;
    let shown: ShownRow[] = [];
    let evidenceVersion = 0;

    const collectors: RowCollector[] = [];
    let lastText = '';
    const run = (force = false) => {
      if (ctx.signal.aborted) return;
      // Hovering el-table rows changes classes many times a second: skip unless the visible text changed
      // (our own badges are part of it, so a re-rendered row without its badge counts as a change).
      const text = ctx.root.textContent ?? '';
      if (!force && text === lastText) return;
      lastText = text;
      const started = performance.now();
      const tables = readReviewTables(ctx.root);
      const app = screen === 'hr-detail' ? readApplicant(ctx.root) : {};
      if (screen === 'hr-detail') appKey = applicationKey(app.name, app.idNumber) ?? fallbackKey;
      const paged = tables.map((t, i) => (collectors[i] ??= createRowCollector()).collect(t.rows, paginationTotal(ctx.root, t)));
      const signature = JSON.stringify([policyId.value, app, evidenceVersion, paged.map((p) => [p.all, p.visible.map((v) => v.index)])]);
      const stale = tables.some((t) => t.rows.some((r) => !isMarked(r.tr)));
      if (!force && !stale && signature === last) {
        if (screen === 'hr-list') listMarked.value = markListRows(ctx.root, memory);
        return;
      }
      last = signature;
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
        applyMarks({ ...t, rows: p.visible.map((v) => ({ ...v.row, data: { ...v.row.data, index: v.index } })) }, result.rows);
        return result;
      });
      shown = nextShown;
      applicant.value = app;
      summary.value = summarise(results, paged, evidence.flatMap((e) => e.states), performance.now() - started);
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
      void browser.storage.local.set({ [POLICY_KEY]: id }).catch(() => undefined);
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
      void runJob(ctx, '逐年查看学时材料', async (job) => {
        run(true);
        const targets: WalkTarget[] = shown.map((r) => ({ rowKey: r.rowKey, year: r.year }));
        if (targets.length === 0) return '本页没有可以打开“详情”的年度行。';
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
        const parts = [`已查看本页 ${result.read.length} 行的学时材料`];
        parts.push(empty.length ? `${[...new Set(empty)].join('、')} 年没有文件，已列为问题` : '每行都有文件');
        if (result.skipped.length) parts.push(`${result.skipped.length} 行没能查看`);
        const rest = s && s.visible < s.total ? `。表格共 ${s.total} 行，只能打开本页显示的行：请翻到其他页后再点“逐年查看学时材料”` : '';
        return `${parts.join('；')}${rest}。`;
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
    ctx.onPageChange(() => {
      run();
      observeRowInfo();
    });
  },
});
