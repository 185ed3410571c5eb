// The 学时助手 panel shown on portal screens (inside an open shadow root: page styles stay out, ours stay in).
import type { ComponentChild } from 'preact';
import { Component } from 'preact';
import { useRef } from 'preact/hooks';
import { useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import { SCREEN_NAMES, type ScreenId } from '../../utils/portal/screens';
import type { ContextState } from '../../utils/portal/messaging';

export interface PanelSection {
  id: string;
  order: number;
  render: () => ComponentChild;
}

export interface PanelJob {
  label: string;
  state: 'running' | 'done' | 'stopped' | 'failed';
  lines: string[];
  /** Set while running: stops the job after the current step. */
  stop?: () => void;
}

export interface PanelModel {
  screen: Signal<ScreenId | null>;
  sections: ReadonlySignal<PanelSection[]>;
  context: Signal<ContextState>;
  collapsed: Signal<boolean>;
  /**
   * 'corner': bottom-left on page screens. 'band': while a portal dialog is the screen, a short band across the top
   * (the dialog's modal mask covers it; Element dialogs start 15vh down), so the panel never hides the dialog's controls.
   */
  layout: Signal<'corner' | 'band'>;
  position: Signal<{ left: number; bottom: number }>;
  job: Signal<PanelJob | null>;
  /** Why the page, which looks like a 学时核认 screen, was not recognised (null: it does not look like one). */
  unrecognised: Signal<string | null>;
  /** 复制页面结构: the privacy-safe snapshot of the page's wording, as text (copied to the clipboard when allowed). */
  copyStructure(): Promise<{ text: string; copied: boolean }>;
  onCollapse(collapsed: boolean): void;
  onMove(pos: { left: number; bottom: number }): void;
}

class SectionBoundary extends Component<{ id: string; children: ComponentChild }, { error: string | null }> {
  override state = { error: null as string | null };
  override componentDidCatch(e: unknown) {
    console.error(`[学时助手] ${this.props.id}`, e);
    this.setState({ error: e instanceof Error ? e.message : String(e) });
  }
  override render() {
    return this.state.error ? <p class="xskr-error">（此部分出错：{this.state.error}）</p> : this.props.children;
  }
}

function ProfileLine({ context }: { context: Signal<ContextState> }) {
  const s = context.value;
  if (s.status === 'loading') return <p class="xskr-muted">正在读取台账…</p>;
  if (s.status === 'none') return <p class="xskr-muted">{s.reason}</p>;
  const { profile, span } = s.context;
  const spanText = span.years ? `${span.years[0]}–${span.years[span.years.length - 1]}${span.extrapolated ? '（推算）' : ''}` : `未定（${span.reason}）`;
  return (
    <dl class="xskr-profile" data-testid="xskr-profile">
      <dt>申报人</dt>
      <dd>
        {profile.name}
        {profile.maskedIdNumber ? <span class="xskr-muted"> {profile.maskedIdNumber}</span> : null}
      </dd>
      <dt>规则</dt>
      <dd>{profile.policyName ?? profile.policyId}</dd>
      <dt>年度跨度</dt>
      <dd>{spanText}</dd>
    </dl>
  );
}

function JobView({ job }: { job: Signal<PanelJob | null> }) {
  const j = job.value;
  if (!j) return null;
  const stateText = { running: '进行中', done: '完成', stopped: '已停止', failed: '出错' }[j.state];
  return (
    <section class={`xskr-job xskr-job-${j.state}`} data-testid="xskr-job" data-state={j.state} aria-live="polite">
      <h3>
        {j.label}：{stateText}
      </h3>
      {/* Newest first: in the short band the outcome must be visible without scrolling. */}
      <ul>
        {j.lines
          .map((l, i) => <li key={i}>{l}</li>)
          .reverse()}
      </ul>
      {j.state === 'running' && j.stop ? (
        <button type="button" class="xskr-btn xskr-secondary" data-testid="xskr-job-stop" onClick={j.stop}>
          停止
        </button>
      ) : null}
    </section>
  );
}

const REVIEWER_SCREENS = new Set<string>(['hr-list', 'hr-detail']);

/** 未识别 on a page that looks like 学时核认: what was missing, and a snapshot of the page's wording for a bug report. */
function Unrecognised({ model }: { model: PanelModel }) {
  const reason = model.unrecognised.value;
  const snapshot = useSignal<{ text: string; copied: boolean } | null>(null);
  if (!reason) return <p class="xskr-muted">当前页面未识别为学时核认页面，助手不做任何操作。</p>;
  return (
    <div class="xskr-section xskr-first" data-testid="xskr-unrecognised">
      <p>这个页面像是学时核认页面，但助手没有把握认出它，所以不做任何操作。</p>
      <p class="xskr-muted" data-testid="xskr-unrecognised-reason">
        {reason}
      </p>
      <button type="button" class="xskr-btn xskr-secondary" data-testid="copy-structure" onClick={async () => (snapshot.value = await model.copyStructure())}>
        复制页面结构
      </button>
      {snapshot.value ? (
        <>
          <p class="xskr-muted" role="status">
            {snapshot.value.copied ? '已复制。' : '浏览器不允许直接复制：请在下框中全选后复制。'}
            只含页面上的标题、栏目名和按钮文字，不含任何填写内容、姓名或证件号码；可粘贴到问题反馈中。
          </p>
          <textarea class="xskr-structure" data-testid="page-structure" readOnly rows={6} aria-label="页面结构" value={snapshot.value.text} />
        </>
      ) : null}
    </div>
  );
}

export function Panel({ model }: { model: PanelModel }) {
  const screen = model.screen.value;
  const collapsed = model.collapsed.value;
  const pos = model.position.value;
  const band = model.layout.value === 'band';
  const drag = useRef<{ x: number; y: number; left: number; bottom: number } | null>(null);

  const onPointerDown = (e: PointerEvent) => {
    if (band || (e.target as HTMLElement).closest('button')) return;
    drag.current = { x: e.clientX, y: e.clientY, left: pos.left, bottom: pos.bottom };
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    model.position.value = { left: Math.max(0, d.left + (e.clientX - d.x)), bottom: Math.max(0, d.bottom - (e.clientY - d.y)) };
  };
  const onPointerUp = () => {
    if (drag.current) model.onMove(model.position.value);
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Keyboard move: Alt + arrows.
    if (!e.altKey || band) return;
    const step = 20;
    const p = model.position.value;
    const moves: Record<string, { left: number; bottom: number }> = {
      ArrowLeft: { ...p, left: Math.max(0, p.left - step) },
      ArrowRight: { ...p, left: p.left + step },
      ArrowUp: { ...p, bottom: p.bottom + step },
      ArrowDown: { ...p, bottom: Math.max(0, p.bottom - step) },
    };
    const next = moves[e.key];
    if (next) {
      e.preventDefault();
      model.position.value = next;
      model.onMove(next);
    }
  };

  return (
    <aside
      class={`xskr-panel${collapsed ? ' xskr-collapsed' : ''}${band ? ' xskr-band' : ''}`}
      style={band ? undefined : { left: `${pos.left}px`, bottom: `${pos.bottom}px` }}
      aria-label="学时助手"
      onKeyDown={onKeyDown}
    >
      <header class="xskr-head" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} title="拖动可移动面板（或 Alt+方向键）">
        <strong>学时助手</strong>
        <span class="xskr-screen" data-testid="xskr-screen">
          {screen ? SCREEN_NAMES[screen] : '未识别'}
        </span>
        <button
          type="button"
          class="xskr-toggle"
          data-testid="xskr-collapse"
          aria-expanded={!collapsed}
          onClick={() => model.onCollapse(!collapsed)}
          title={collapsed ? '展开' : '收起'}
        >
          {collapsed ? '展开' : '收起'}
        </button>
      </header>
      {collapsed ? null : (
        <div class="xskr-body">
          {screen ? (
            <>
              {/* A reviewer checks someone else's application: their own ledger profile has no place there. */}
              {REVIEWER_SCREENS.has(screen) ? null : (
                <div class="xskr-section xskr-first">
                  <ProfileLine context={model.context} />
                </div>
              )}
              {model.sections.value.map((s) => (
                <SectionBoundary key={s.id} id={s.id}>
                  <div class="xskr-section" data-feature={s.id}>
                    {s.render()}
                  </div>
                </SectionBoundary>
              ))}
            </>
          ) : (
            <Unrecognised model={model} />
          )}
          <JobView job={model.job} />
        </div>
      )}
    </aside>
  );
}
