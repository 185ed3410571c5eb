// The 学时助手 panel shown on portal screens (inside an open shadow root: page styles stay out, ours stay in).
import type { ComponentChild } from 'preact';
import { Component } from 'preact';
import { useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import { SCREEN_NAMES, type ScreenId } from '../../utils/portal/screens';
import type { ContextState } from '../../utils/portal/messaging';
// The shell's texts only (utils/i18n-shell.ts): the panel is part of what loads on every portal page.
import { refusalText, SCREEN_NAMES_EN, tShell as t, uiLang, type ShellMessageKey as MessageKey } from '../../utils/i18n-shell';
import { NextStepView, SectionFrame, type NextStep } from './NextStep';
import { MARGIN, type Placement } from './placement';

/** The key that brings the user to the panel's next step from anywhere on the page (shown in its header). */
export const PANEL_SHORTCUT = { label: 'Alt+Shift+X', matches: (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyX' };

/** Short names of the features' sections, for their 收起/展开 buttons. */
const SECTION_TITLES: Record<string, MessageKey> = {
  'year-checks': 'sectionChecks',
  'fill-years': 'sectionFill',
  'applicant-info': 'sectionApplicant',
  evidence: 'sectionEvidence',
  'submit-guard': 'sectionGuard',
  'reviewer-marks': 'sectionReview',
};
const sectionTitle = (id: string) => (SECTION_TITLES[id] ? t(SECTION_TITLES[id]) : id);

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
  /** Where the panel sits: free space of the window, away from the portal's controls (placement.ts); null: not measured yet. */
  placement?: ReadonlySignal<Placement | null>;
  /** What to do now on this screen, fed by the features (the most urgent one). */
  nextStep?: ReadonlySignal<NextStep | null>;
  /** Bumped by the keyboard shortcut: the next step's button takes the focus. */
  focusNext?: ReadonlySignal<number>;
  /** Sections the user closed (remembered). */
  closedSections?: ReadonlySignal<ReadonlySet<string>>;
  onToggleSection?(id: string): void;
  /** The user opens the panel where no free space was left (it then lies over the page until collapsed). */
  onOpenPill?(): void;
  /** @deprecated the panel places itself (placement); kept for older models. */
  layout?: Signal<'corner' | 'band'>;
  /** @deprecated as layout. */
  position?: Signal<{ left: number; bottom: number }>;
  job: Signal<PanelJob | null>;
  /** Why the page, which looks like a 学时核认 screen, was not recognised (null: it does not look like one). */
  unrecognised: Signal<string | null>;
  /** 复制页面结构: the privacy-safe snapshot of the page's wording, as text (copied to the clipboard when allowed). */
  copyStructure(): Promise<{ text: string; copied: boolean }>;
  onCollapse(collapsed: boolean): void;
  /** @deprecated as layout. */
  onMove?(pos: { left: number; bottom: number }): void;
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
  if (s.status === 'none') return <p class="xskr-muted">{refusalText(s.refusal)}</p>;
  const { profile, span } = s.context;
  const spanText = span.years
    ? `${span.years[0]}–${span.years[span.years.length - 1]}${span.extrapolated ? t('panelSpanExtrapolated') : ''}${span.ownSpan ? t('panelSpanOwn') : ''}`
    : t('panelSpanUnknown', { reason: span.reason });
  // Years an earlier 学时认定单 / 合格证明 proves (湘人社办函〔2025〕37号 三.(四) and the cities' same clause), per form.
  const covered = (s.context.covered ?? []).filter((c) => !span.years || span.years.includes(c.year));
  const coveredText = [...new Set(covered.map((c) => c.title))]
    .map((title) => t('panelCoveredYears', { years: covered.filter((c) => c.title === title).map((c) => c.year).join(t('listSeparator')), title }))
    .join(t('listSeparator'));
  return (
    <dl class="xskr-profile" data-testid="xskr-profile">
      <dt>{t('panelApplicant')}</dt>
      <dd>
        <span lang="zh-CN">{profile.name}</span>
        {profile.maskedIdNumber ? <span class="xskr-muted"> {profile.maskedIdNumber}</span> : null}
      </dd>
      <dt>{t('panelRules')}</dt>
      <dd lang="zh-CN">{profile.policyName ?? profile.policyId}</dd>
      <dt>{t('panelSpan')}</dt>
      <dd data-own-span={span.years && span.ownSpan ? 'true' : undefined} title={span.years && span.ownSpan ? (span.ownSpan.quote ?? span.ownSpan.reason) : undefined}>
        {spanText}
      </dd>
      {covered.length ? (
        <>
          <dt>{t('panelCovered')}</dt>
          <dd data-testid="panel-covered" title={covered[0].citation}>
            {coveredText}
          </dd>
        </>
      ) : null}
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
  const place = model.placement?.value ?? null;
  const pill = collapsed || place?.shape === 'pill';
  const closed = model.closedSections?.value ?? new Set<string>();
  const hasStep = !!model.nextStep?.value;
  const style = place
    ? {
        left: `${place.left}px`,
        width: pill ? undefined : `${place.width}px`,
        maxHeight: `${place.maxHeight}px`,
        ...(place.anchorBottom ? { bottom: `${MARGIN}px` } : { top: `${place.top}px` }),
      }
    : undefined;

  return (
    <aside
      class={`xskr-panel xskr-shape-${pill ? 'pill' : (place?.shape ?? 'column')}${collapsed ? ' xskr-collapsed' : ''}${hasStep ? ' xskr-has-next' : ''}`}
      style={style}
      aria-label={t('appName')}
      lang={uiLang.value}
    >
      <header class="xskr-head">
        <strong>{t('appName')}</strong>
        <span class="xskr-screen" data-testid="xskr-screen">
          {screen ? (uiLang.value === 'en' ? SCREEN_NAMES_EN[screen] : SCREEN_NAMES[screen]) : t('panelNotRecognised')}
        </span>
        <kbd class="xskr-kbd" data-testid="xskr-shortcut" title={t('panelShortcutHint')}>
          {PANEL_SHORTCUT.label}
        </kbd>
        <button
          type="button"
          class="xskr-toggle"
          data-testid="xskr-collapse"
          aria-expanded={!pill}
          onClick={() => (collapsed || !pill ? model.onCollapse(!collapsed) : model.onOpenPill?.())}
          title={pill ? t('panelExpand') : t('panelCollapse')}
        >
          {pill ? t('panelExpand') : t('panelCollapse')}
        </button>
      </header>
      {pill ? null : (
        <div class="xskr-body">
          {screen ? (
            <>
              {model.nextStep ? <NextStepView step={model.nextStep} focusKey={model.focusNext} /> : null}
              <JobView job={model.job} />
              <div class="xskr-sections">
                {model.sections.value.map((s) => (
                  <SectionBoundary key={s.id} id={s.id}>
                    <SectionFrame id={s.id} title={sectionTitle(s.id)} closed={closed.has(s.id)} onToggle={() => model.onToggleSection?.(s.id)}>
                      {s.render()}
                    </SectionFrame>
                  </SectionBoundary>
                ))}
                {/* A reviewer checks someone else's application: their own ledger profile has no place there. */}
                {REVIEWER_SCREENS.has(screen) ? null : (
                  <div class="xskr-section xskr-profile-section">
                    <ProfileLine context={model.context} />
                  </div>
                )}
              </div>
            </>
          ) : (
            <>
              <Unrecognised model={model} />
              <JobView job={model.job} />
            </>
          )}
        </div>
      )}
    </aside>
  );
}
