// The first thing the panel says on every screen: what to do now, with one primary button for it.
// Features feed it (FeatureContext.nextStep); the panel shows the most urgent one.
import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import { tShell as t } from '../../utils/i18n-shell';

export interface NextStep {
  /** One line: what to do now (zh-CN). */
  text: string;
  /** The one primary button for it (absent when the user acts on the portal itself, or nothing is left). */
  action?: { label: string; run: () => void; disabled?: boolean };
  /** 'todo': something to do; 'ready': nothing left for the panel (e.g. ready for 提交, which only the user presses); 'wait': loading. */
  state?: 'todo' | 'ready' | 'wait';
  /** Lower comes first when several features offer a step on one screen (default: the feature's order). */
  priority?: number;
}

/** The step shown: the lowest priority of those offered. */
export function pickStep(steps: Iterable<{ step: NextStep; order: number }>): NextStep | null {
  let best: { step: NextStep; p: number } | null = null;
  for (const { step, order } of steps) {
    const p = step.priority ?? order;
    if (!best || p < best.p) best = { step, p };
  }
  return best?.step ?? null;
}

export function NextStepView({ step, focusKey }: { step: ReadonlySignal<NextStep | null>; focusKey?: ReadonlySignal<number> }) {
  const s = step.value;
  const button = useRef<HTMLButtonElement>(null);
  const asked = focusKey?.value ?? 0;
  useEffect(() => {
    if (asked) button.current?.focus();
  }, [asked]);
  if (!s) return null;
  const state = s.state ?? 'todo';
  return (
    <div class="xskr-next" data-testid="next-step" data-state={state} role="status" aria-live="polite">
      <p class="xskr-next-text" data-testid="next-step-text">
        {state === 'ready' ? '✓ ' : ''}
        {s.text}
      </p>
      {s.action ? (
        <button ref={button} type="button" class="xskr-btn xskr-primary" data-testid="next-step-action" disabled={!!s.action.disabled} onClick={s.action.run}>
          {s.action.label}
        </button>
      ) : null}
    </div>
  );
}

/** A feature's section with its own 收起/展开 (remembered by the panel); the feature's content stays reachable by default. */
export function SectionFrame({ id, title, closed, onToggle, children }: { id: string; title: string; closed: boolean; onToggle: () => void; children: ComponentChild }) {
  return (
    <div class={`xskr-section${closed ? ' xskr-section-closed' : ''}`} data-feature={id}>
      <button type="button" class="xskr-section-toggle" aria-expanded={!closed} aria-label={`${closed ? t('panelExpand') : t('panelCollapse')}: ${title}`} title={closed ? t('panelExpand') : t('panelCollapse')} onClick={onToggle}>
        {closed ? `▸ ${title}` : '▾'}
      </button>
      {closed ? null : children}
    </div>
  );
}
