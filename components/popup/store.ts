// Popup state, built by a factory (each test gets its own): the profiles, the active one and its checklist.
import { signal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import type { Activity } from '../../rules/schema';
import { newId, onLedgerChange, openLedger, type Ledger } from '../../utils/ledger/db';
import { profileSpan } from '../../utils/ledger/hours';
import type { Profile } from '../../utils/ledger/records';
import { coveredMap, type YearSetsSummary } from '../../utils/ledger/summary';
import { buildChecklist, type Checklist } from '../../utils/ledger/checklist';
import { loadUiLanguage, saveUiLanguage, t } from '../../utils/i18n';
import type { UiLanguage } from '../../utils/i18n-shell';

export type PopupState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'empty' } // no person in the ledger yet
  | { status: 'ready'; profiles: Profile[]; active: Profile; activityCount: number; checklist: Checklist; activitySets?: Record<number, YearSetsSummary> };

export interface PopupStore {
  state: Signal<PopupState>;
  load(): Promise<void>;
  /** The first load: started once (main.tsx starts it before the first render, PopupApp if nothing did). */
  start(): Promise<void>;
  selectProfile(id: string): Promise<void>;
  /** Adds a calculator activity to the active profile; resolves with the entry's name. */
  addActivity(activity: Activity, name: string): Promise<string>;
  /** Switches the UI language at once, saves it and rebuilds the checklist in it. */
  setLanguage(lang: UiLanguage): Promise<void>;
  /** Re-loads when another page (options, background) changes the ledger; returns the unsubscribe. */
  follow(): () => void;
}

export interface PopupDeps {
  openLedger?: () => Promise<Ledger>;
  now?: () => Date;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createPopupStore(deps: PopupDeps = {}): PopupStore {
  const open = deps.openLedger ?? (() => openLedger());
  const now = deps.now ?? (() => new Date());
  const state = signal<PopupState>({ status: 'loading' });
  let ledgerPromise: Promise<Ledger> | null = null;
  const ledger = () => (ledgerPromise ??= open());

  async function load(): Promise<void> {
    try {
      const db = await ledger();
      // The saved language is set before any text is built, so the checklist comes in it; the reads run together.
      const [, profiles, active] = await Promise.all([loadUiLanguage(db), db.listProfiles(), db.getActiveProfile()]);
      if (!active) {
        state.value = { status: 'empty' };
        return;
      }
      // The ledger keeps the person's yearly summary current on every write: no activity is read here.
      const summary = await db.getSummary(active);
      state.value = {
        status: 'ready',
        activitySets: Object.fromEntries(summary.sets.map((s) => [s.year, s])),
        profiles,
        active,
        activityCount: summary.entryCount,
        checklist: buildChecklist(active, summary.rows, profileSpan(active), now(), undefined, coveredMap(summary)),
      };
    } catch (e) {
      state.value = { status: 'error', message: t('loadFailed', { message: message(e) }) };
    }
  }

  let first: Promise<void> | null = null;
  return {
    state,
    load,
    start: () => (first ??= load()),
    async selectProfile(id) {
      await (await ledger()).setActiveProfile(id);
      await load();
    },
    async addActivity(activity, name) {
      const s = state.value;
      if (s.status !== 'ready') throw new Error(t('noPersonYet'));
      const { entryFor } = await import('./calculator'); // the calculator's code loads with its tab, not with the popup
      const entry = await (await ledger()).putEntry(entryFor(activity, { profileId: s.active.id, name }, newId(), now().getTime()));
      await load();
      return entry.name;
    },
    async setLanguage(lang) {
      await saveUiLanguage(await ledger(), lang);
      await load();
    },
    follow() {
      return onLedgerChange(() => void load());
    },
  };
}

export const PopupStoreContext = createContext<PopupStore | null>(null);
