// Popup state, built by a factory (each test gets its own): the profiles, the active one and its checklist.
import { signal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import type { Activity } from '../../rules/schema';
import { newId, onLedgerChange, openLedger, type Ledger } from '../../utils/ledger/db';
import { profileSpan } from '../../utils/ledger/hours';
import type { Profile } from '../../utils/ledger/records';
import { coveredMap, type LedgerSummary, type YearSetsSummary } from '../../utils/ledger/summary';
import { buildChecklist, type Checklist } from '../../utils/ledger/checklist';
import { loadUiLanguage, saveUiLanguage, setLang, t } from '../../utils/i18n';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../utils/i18n-shell';
import type { PopupFirstRead } from '../../utils/ledger/popup-read';

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
  /** The first load's quick read (utils/ledger/popup-read.ts readPopupFirst: one read-only transaction); `undefined`
   * from it, or none given, takes the full path (openLedger and its reads). */
  readFirst?: () => Promise<PopupFirstRead | undefined>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createPopupStore(deps: PopupDeps = {}): PopupStore {
  const open = deps.openLedger ?? (() => openLedger());
  const now = deps.now ?? (() => new Date());
  const state = signal<PopupState>({ status: 'loading' });
  let ledgerPromise: Promise<Ledger> | null = null;
  const ledger = () => (ledgerPromise ??= open());

  function ready(profiles: Profile[], active: Profile, summary: LedgerSummary): PopupState {
    return {
      status: 'ready',
      activitySets: Object.fromEntries(summary.sets.map((s) => [s.year, s])),
      profiles,
      active,
      activityCount: summary.entryCount,
      checklist: buildChecklist(active, summary.rows, profileSpan(active), now(), undefined, coveredMap(summary)),
    };
  }

  let loads = 0; // a full load started after the quick read began wins over it
  async function load(): Promise<void> {
    loads++;
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
      state.value = ready(profiles, active, summary);
    } catch (e) {
      state.value = { status: 'error', message: t('loadFailed', { message: message(e) }) };
    }
  }

  async function firstLoad(): Promise<void> {
    const before = loads;
    const quick = deps.readFirst ? await deps.readFirst().catch(() => undefined) : undefined;
    if (!quick) return load();
    if (loads !== before) return; // a change another page announced is being read in full already
    setLang(quick.uiLanguage ?? DEFAULT_UI_LANGUAGE);
    state.value = ready(quick.profiles, quick.active, quick.summary);
  }

  let first: Promise<void> | null = null;
  return {
    state,
    load,
    start: () => (first ??= firstLoad()),
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
