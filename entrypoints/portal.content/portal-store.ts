// State shared by the features of one frame. Built by a factory so each test gets fresh state.
import { signal, type Signal } from '@preact/signals';
import type { Finding } from '../../rules/schema';
import type { ScreenId } from '../../utils/portal/screens';
import type { ContextState } from '../../utils/portal/messaging';

/** A reviewer checks someone else's application: the ledger (our user's own data) is not loaded there. */
const REVIEWER_SCREENS: ReadonlySet<ScreenId> = new Set<ScreenId>(['hr-list', 'hr-detail']);
/** The features given without their bundle (unit tests) have no background to ask. */
export const noContext = (): Promise<ContextState> => Promise.resolve({ status: 'none', refusal: { ok: false, code: 'no-background' } });

export interface PortalStore {
  /** The active profile's context from the background (ledger + rules); never loaded on reviewer screens. */
  context: Signal<ContextState>;
  refreshContext(): Promise<void>;
  /** Called by the runtime when a screen starts: loads the context on applicant screens, drops it on reviewer ones. */
  enterScreen(screen: ScreenId): void;
  /** Findings of the rows on the page as last read (by year-checks). */
  pageFindings: Signal<Finding[]>;
  /** A job that drives the page (e.g. fill-years); while set, guards and re-checks stay quiet. */
  busy: Signal<string | null>;
}

/** `load` asks the background (utils/portal/messaging.ts requestContext, which the features' bundle brings: zod-parsed). */
export function createPortalStore(load: () => Promise<ContextState>): PortalStore {
  const context = signal<ContextState>({ status: 'loading' });
  let pending: Promise<void> | null = null;
  let onReviewerScreen = false;
  let dropped = false; // the context was dropped on a reviewer screen: load it again on the next applicant screen
  const store: PortalStore = {
    context,
    refreshContext() {
      if (onReviewerScreen) return Promise.resolve();
      pending ??= load()
        .then((s) => {
          if (!onReviewerScreen) context.value = s; // an answer arriving after the reviewer screen opened is dropped
        })
        .finally(() => (pending = null));
      return pending;
    },
    enterScreen(screen) {
      onReviewerScreen = REVIEWER_SCREENS.has(screen);
      if (onReviewerScreen) {
        dropped = true;
        context.value = { status: 'none', refusal: { ok: false, code: 'reviewer-screen' } };
      } else if (dropped || context.peek().status === 'loading') {
        dropped = false;
        context.value = { status: 'loading' };
        void store.refreshContext();
      }
    },
    pageFindings: signal<Finding[]>([]),
    busy: signal<string | null>(null),
  };
  return store;
}
