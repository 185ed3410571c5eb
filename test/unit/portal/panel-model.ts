// The in-page panel's model as a test builds it: a ready context for 李明 (hunan-2025, senior, span 2020–2024), on the
// 申报年度明细信息 screen; each test overrides what it is about.
import { computed, signal } from '@preact/signals';
import type { PanelJob, PanelModel, PanelSection } from '../../../components/panel/Panel';
import { maskIdNumber } from '../../../utils/mask';
import type { ContextState } from '../../../utils/portal/messaging';
import type { ScreenId } from '../../../utils/portal/screens';

type ReadyContext = Extract<ContextState, { status: 'ready' }>['context'];

/** A ready context for 李明; `over` replaces whole fields (profile, span, rows, covered …). */
export function ready(over: Partial<ReadyContext> = {}) {
  return signal<ContextState>({
    status: 'ready',
    context: {
      profile: { id: 'p', name: '李明', maskedIdNumber: maskIdNumber('430104198503150017'), policyId: 'hunan-2025', policyName: '湖南省 2025', titleLevel: 'senior', reviewYear: 2025 },
      span: { years: [2020, 2021, 2022, 2023, 2024], extrapolated: false, citation: 'x' },
      rows: [],
      evidence: [],
      ledgerFindings: [],
      ...over,
    },
  });
}

/** The panel's model; `collapses` records each collapse the panel asked for. */
export function model(over: Partial<PanelModel> = {}): PanelModel & { collapses: boolean[] } {
  const collapses: boolean[] = [];
  const collapsed = signal(false);
  return {
    screen: signal<ScreenId | null>('year-detail'),
    sections: computed<PanelSection[]>(() => []),
    context: ready(),
    collapsed,
    layout: signal<'corner' | 'band'>('corner'),
    position: signal({ left: 8, bottom: 8 }),
    job: signal<PanelJob | null>(null),
    unrecognised: signal<string | null>(null),
    copyStructure: () => Promise.resolve({ text: '{"scopes":[]}', copied: false }),
    onCollapse(c) {
      collapses.push(c);
      collapsed.value = c;
    },
    onMove() {},
    collapses,
    ...over,
  };
}
