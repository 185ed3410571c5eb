// The 学时助手 panel shown on portal screens (inside an open shadow root: page styles stay out, ours stay in).
import type { ComponentChild } from 'preact';
import { Component } from 'preact';
import { useRef } from 'preact/hooks';
import { useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import { SCREEN_NAMES, type ScreenId } from '../../utils/portal/screens';
import type { ContextState } from '../../utils/portal/messaging';
import { t, uiLang } from '../../utils/i18n';
import { SCREEN_NAMES_EN } from '../../utils/i18n-panel';

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
    return this.state.error ? <p class="xskr-error">{t('panelSectionError', { message: this.state.error })}</p> : this.props.children;
  }
}

function ProfileLine({ context }: { context: Signal<ContextState> }) {
  const s = context.value;
  if (s.status === 'loading') return <p class="xskr-muted">{t('loadingLedger')}</p>;
  if (s.status === 'none') return <p class="xskr-muted">{s.reason}</p>;
  const { profile, span } = s.context;
  const spanText = span.years
    ? `${span.years[0]}–${span.years[span.years.length - 1]}${span.extrapolated ? t('panelSpanExtrapolated') : ''}`
    : t('panelSpanUnknown', { reason: span.reason });
  return (
    <dl class="xskr-profile" data-testid="xskr-profile">
      <dt>{t('panelApplicant')}</dt>
      <dd>
        {profile.name}
        {profile.maskedIdNumber ? <span class="xskr-muted"> {profile.maskedIdNumber}</span> : null}
      </dd>
      <dt>{t('panelRules')}</dt>
      <dd>{profile.policyName ?? profile.policyId}</dd>
      <dt>{t('panelSpan')}</dt>
      <dd>{spanText}</dd>
    </dl>
  );
}

function JobView({ job }: { job: Signal<PanelJob | null> }) {
  const j = job.value;
  if (!j) return null;
  const stateText = t(({ running: 'panelJobRunning', done: 'panelJobDone', stopped: 'panelJobStopped', failed: 'panelJobFailed' } as const)[j.state]);
  return (
    <section class={`xskr-job xskr-job-${j.state}`} data-testid="xskr-job" data-state={j.state} aria-live="polite">
      <h3>{t('panelJobHeading', { label: j.label, state: stateText })}</h3>
      {/* Newest first: in the short band the outcome must be visible without scrolling. */}
      <ul>
        {j.lines
          .map((l, i) => <li key={i}>{l}</li>)
          .reverse()}
      </ul>
      {j.state === 'running' && j.stop ? (
        <button type="button" class="xskr-btn xskr-secondary" data-testid="xskr-job-stop" onClick={j.stop}>
          {t('panelStop')}
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
  if (!reason) return <p class="xskr-muted">{t('panelNotPortal')}</p>;
  return (
    <div class="xskr-section xskr-first" data-testid="xskr-unrecognised">
      <p>{t('panelUnsure')}</p>
      <p class="xskr-muted" data-testid="xskr-unrecognised-reason">
        {reason}
      </p>
      <button type="button" class="xskr-btn xskr-secondary" data-testid="copy-structure" onClick={async () => (snapshot.value = await model.copyStructure())}>
        {t('panelCopyStructure')}
      </button>
      {snapshot.value ? (
        <>
          <p class="xskr-muted" role="status">
            {snapshot.value.copied ? t('panelCopied') : t('panelCopyRefused')}
            {t('panelStructureNote')}
          </p>
          <textarea class="xskr-structure" data-testid="page-structure" readOnly rows={6} aria-label={t('panelStructureLabel')} value={snapshot.value.text} />
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
      aria-label={t('appName')}
      lang={uiLang.value}
      onKeyDown={onKeyDown}
    >
      <header class="xskr-head" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} title={t('panelDragHint')}>
        <strong>{t('appName')}</strong>
        <span class="xskr-screen" data-testid="xskr-screen">
          {screen ? (uiLang.value === 'en' ? SCREEN_NAMES_EN[screen] : SCREEN_NAMES[screen]) : t('panelNotRecognised')}
        </span>
        <button
          type="button"
          class="xskr-toggle"
          data-testid="xskr-collapse"
          aria-expanded={!collapsed}
          onClick={() => model.onCollapse(!collapsed)}
          title={collapsed ? t('panelExpand') : t('panelCollapse')}
        >
          {collapsed ? t('panelExpand') : t('panelCollapse')}
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
