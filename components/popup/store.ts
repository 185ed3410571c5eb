// Popup state, built by a factory (each test gets its own): the profiles, the active one and its checklist.
// The first frame (issue 15) loads only this, the quick read (popup-read.ts) and the checklist's first-frame path
// (checklist-core.ts): no classic zod, no rule texts, no dictionary beyond the popup's slice. Everything else — the
// ledger (db.ts), the full rules API, the saved language — is in ledger-paths.ts, loaded with import() once the first
// frame is on screen (loadMore), or at once when the first frame cannot be built without it.
import { signal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import type { Activity } from '../../rules/schema';
import type { Ledger } from '../../utils/ledger/db';
import type { Profile } from '../../utils/ledger/records';
import type { LedgerSummary, YearSetsSummary } from '../../utils/ledger/summary';
import { firstChecklist, type Checklist } from '../../utils/ledger/checklist-core';
import { coveredMap } from '../../utils/ledger/hours-core';
import { onLedgerChange } from '../../utils/ledger/change-channel';
import { tPopup as t } from '../../utils/i18n-popup';
import { DEFAULT_UI_LANGUAGE, showLang, uiLang, type UiLanguage } from '../../utils/i18n-shell';
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
  /** The code beyond the first frame (ledger-paths.ts) and the years' whole lists of activities missing materials (the
   * first frame shows the first FIRST_LISTED of each): loaded once, after the first load is on screen; PopupApp asks
   * for it then, and every action needing it waits for it. */
  loadMore(): Promise<void>;
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
  /** After the quick read's first frame is painted: its summary with the years' whole lists (utils/ledger/popup-lists.ts
   * readPopupLists: one read-only transaction); `undefined` from it, or none given, takes the full path. */
  readLists?: (summary: LedgerSummary) => Promise<LedgerSummary | undefined>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A summary's evidence-set lines by year, as the checklist shows them. */
const setsByYear = (summary: LedgerSummary) => Object.fromEntries(summary.sets.map((s) => [s.year, s]));

/** Resolves once what is rendered now has been painted: the task after the next frame (or after 100 ms, as a hidden
 * page gets no frames). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

type LedgerPaths = typeof import('./ledger-paths');

export function createPopupStore(deps: PopupDeps = {}): PopupStore {
  const now = deps.now ?? (() => new Date());
  const state = signal<PopupState>({ status: 'loading' });
  let pathsPromise: Promise<LedgerPaths> | null = null;
  const paths = () => (pathsPromise ??= import('./ledger-paths'));
  let ledgerPromise: Promise<Ledger> | null = null;
  const ledger = () => (ledgerPromise ??= deps.openLedger ? deps.openLedger() : paths().then((p) => p.openLedger()));

  /** The first-frame checklist, or the full one where the first-frame path defers to it (checklist-core.ts). */
  async function ready(profiles: Profile[], active: Profile, summary: LedgerSummary): Promise<PopupState> {
    const covered = coveredMap(summary);
    const checklist = firstChecklist(active, summary.rows, now(), undefined, covered) ?? (await paths()).ledgerChecklist(active, summary, now());
    return {
      status: 'ready',
      activitySets: setsByYear(summary),
      profiles,
      active,
      activityCount: summary.entryCount,
      checklist,
    };
  }

  let loads = 0; // a full load started after the quick read began wins over it
  /** The quick read's summary while the first frame shows only the first activities of some year's list (the stored
   * summary holds FIRST_LISTED a year), with the count of full loads it was shown at. */
  let partial: { summary: LedgerSummary; loads: number } | null = null;
  async function load(): Promise<void> {
    const mine = ++loads;
    try {
      const [db, { loadUiLanguage }] = await Promise.all([ledger(), paths()]);
      // The saved language is set before any text is built, so the checklist comes in it; the reads run together.
      const [, profiles, active] = await Promise.all([loadUiLanguage(db), db.listProfiles(), db.getActiveProfile()]);
      if (!active) {
        state.value = { status: 'empty' };
        return;
      }
      // The ledger keeps the person's yearly summary current on every write: no activity is read here.
      const next = await ready(profiles, active, await db.getFullSummary(active));
      if (mine === loads) state.value = next;
    } catch (e) {
      state.value = { status: 'error', message: t('loadFailed', { message: message(e) }) };
    }
  }

  async function firstLoad(): Promise<void> {
    const before = loads;
    const quick = deps.readFirst ? await deps.readFirst().catch(() => undefined) : undefined;
    if (!quick) return load();
    if (loads !== before) return; // a change another page announced is being read in full already
    // The language is made current now; its copy for the portal panel (utils/ui-language.ts setLang, through WXT
    // storage) waits for loadMore, after the first paint, so the first frame loads no storage code.
    const lang = quick.uiLanguage ?? DEFAULT_UI_LANGUAGE;
    showLang(lang);
    let next: PopupState;
    try {
      next = await ready(quick.profiles, quick.active, quick.summary);
    } catch {
      return load(); // e.g. a rule set this version does not know: the full path says so
    }
    if (loads !== before) return;
    state.value = next;
    if (quick.summary.sets.some((s) => s.incomplete.length < s.incompleteCount)) partial = { summary: quick.summary, loads: before };
  }

  /** After the first paint: the years' whole lists, when the first frame showed only their first activities. */
  async function wholeLists(): Promise<void> {
    const shown = partial;
    partial = null;
    if (!shown) return;
    const whole = deps.readLists ? await deps.readLists(shown.summary).catch(() => undefined) : undefined;
    if (loads !== shown.loads) return; // a full load (with the whole lists) has started since
    const s = state.value;
    if (!whole || s.status !== 'ready') return load(); // not sure of them: the ledger's full path
    state.value = { ...s, activitySets: setsByYear(whole) };
  }

  let first: Promise<void> | null = null;
  const start = () => (first ??= firstLoad());
  async function more(): Promise<void> {
    await start().catch(() => undefined);
    await afterPaint();
    // The lists first: loading and evaluating the rest of the code (ledger-paths.ts) at the same time delayed them
    // about 100 ms in the popup bench.
    await wholeLists();
    const p = await paths();
    await p.mirrorUiLanguage(uiLang.value); // the language as it is now (a switch since then has copied its own)
  }
  let rest: Promise<void> | null = null;
  return {
    state,
    load,
    start,
    loadMore: () => (rest ??= more()), // once: PopupApp and the reminders switch both wait for it

    async selectProfile(id) {
      await (await ledger()).setActiveProfile(id);
      await load();
    },
    async addActivity(activity, name) {
      const s = state.value;
      if (s.status !== 'ready') throw new Error(t('noPersonYet'));
      const [{ entryFor }, { newId }] = await Promise.all([import('./calculator'), paths()]); // the calculator's code loads with its tab, not with the popup
      const entry = await (await ledger()).putEntry(entryFor(activity, { profileId: s.active.id, name }, newId(), now().getTime()));
      await load();
      return entry.name;
    },
    async setLanguage(lang) {
      const [db, { saveUiLanguage }] = await Promise.all([ledger(), paths()]);
      await saveUiLanguage(db, lang);
      await load();
    },
    follow() {
      return onLedgerChange(() => void load());
    },
  };
}

export const PopupStoreContext = createContext<PopupStore | null>(null);
