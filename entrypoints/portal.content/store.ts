// State shared by the features of one frame. Built by a factory so each test gets fresh state.
import { signal, type Signal } from '@preact/signals';
import type { Finding } from '../../rules/schema';
import { requestContext, type ContextState } from '../../utils/portal/messaging';

export interface PortalStore {
  /** The active profile's context from the background (ledger + rules). */
  context: Signal<ContextState>;
  refreshContext(): Promise<void>;
  /** Findings of the rows on the page as last read (by year-checks). */
  pageFindings: Signal<Finding[]>;
  /** A job that drives the page (e.g. fill-years); while set, guards and re-checks stay quiet. */
  busy: Signal<string | null>;
}

export function createPortalStore(load: () => Promise<ContextState> = requestContext): PortalStore {
  const context = signal<ContextState>({ status: 'loading' });
  let pending: Promise<void> | null = null;
  return {
    context,
    refreshContext() {
      pending ??= load()
        .then((s) => void (context.value = s))
        .finally(() => (pending = null));
      return pending;
    },
    pageFindings: signal<Finding[]>([]),
    busy: signal<string | null>(null),
  };
}
