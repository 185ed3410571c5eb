// State of the ledger manager: signals over one open Ledger, built by a factory (each test gets its own).
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Finding } from '../../rules/schema';
import type { Ledger, UnreadableRecord } from '../../utils/ledger/db';
import { newId } from '../../utils/ledger/db';
import { DEFAULT_NEW_PROFILE } from '../../utils/ledger/import';
import { profileFindings, profileSpan, profileYearRows, type ProfileSpan, type ProfileYearRow } from '../../utils/ledger/hours';
import type { Entry, Evidence, Profile } from '../../utils/ledger/records';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface LedgerState {
  ledger: Ledger;
  profiles: Signal<Profile[]>;
  activeId: Signal<string | undefined>;
  entries: Signal<Entry[]>;
  evidence: Signal<Evidence[]>;
  notice: Signal<Notice | undefined>;
  /** Stored records the schemas refuse: skipped everywhere, listed for the user. */
  unreadable: Signal<UnreadableRecord[]>;
  loaded: Signal<boolean>;
  active: ReadonlySignal<Profile | undefined>;
  /**
   * `entries` and `evidence` are the active person's: false while they are being read (at load, after a switch),
   * when they are still empty or still another person's, so nothing counts or shows them as this person's.
   */
  activeLoaded: ReadonlySignal<boolean>;
  yearRows: ReadonlySignal<ProfileYearRow[]>;
  span: ReadonlySignal<ProfileSpan | undefined>;
  findings: ReadonlySignal<Finding[]>;
  reload(): Promise<void>;
  selectProfile(id: string): Promise<void>;
  saveProfile(p: Profile): Promise<void>;
  /** Changes some fields of the person as they are now (not as an older render saw them). */
  patchProfile(id: string, patch: Partial<Profile>): Promise<void>;
  addProfile(name: string): Promise<Profile>;
  deleteProfile(id: string): Promise<void>;
  saveEntry(e: Entry): Promise<void>;
  deleteEntry(id: string): Promise<void>;
  addEvidence(ev: Evidence): Promise<void>;
  deleteEvidence(id: string): Promise<void>;
  /** Runs a change and shows its error (quota, validation) instead of losing it. */
  guard(work: () => Promise<void>, okText?: string): Promise<boolean>;
}

export function createLedgerState(ledger: Ledger, initialProfileId?: string): LedgerState {
  const profiles = signal<Profile[]>([]);
  const activeId = signal<string | undefined>(undefined);
  const entries = signal<Entry[]>([]);
  const evidence = signal<Evidence[]>([]);
  const notice = signal<Notice | undefined>(undefined);
  const unreadable = signal<UnreadableRecord[]>([]);
  const loaded = signal(false);
  const active = computed(() => profiles.value.find((p) => p.id === activeId.value));
  const loadedFor = signal<string | undefined>(undefined); // whose entries and evidence the signals hold
  const activeLoaded = computed(() => !!activeId.value && loadedFor.value === activeId.value);
  const yearRows = computed(() => (active.value && activeLoaded.value ? profileYearRows(active.value, entries.value, evidence.value) : []));
  const span = computed(() => (active.value ? profileSpan(active.value) : undefined));
  const findings = computed(() => (active.value ? profileFindings(active.value, yearRows.value, evidence.value) : []));
  let wanted = initialProfileId;
  let selections = 0; // counts user choices, so a reload in flight does not undo one
  let scannedUnreadable = false;

  async function loadActive(): Promise<void> {
    const id = activeId.value;
    if (!id) {
      batch(() => {
        entries.value = [];
        evidence.value = [];
        loadedFor.value = undefined;
      });
      return;
    }
    const [es, evs] = await Promise.all([ledger.listEntries(id), ledger.listEvidence(id)]);
    if (activeId.value !== id) return;
    batch(() => {
      entries.value = es;
      evidence.value = evs;
      loadedFor.value = id;
    });
  }

  const state: LedgerState = {
    ledger,
    profiles,
    activeId,
    entries,
    evidence,
    notice,
    unreadable,
    loaded,
    active,
    activeLoaded,
    yearRows,
    span,
    findings,
    async reload() {
      const gen = selections;
      const list = await ledger.listProfiles();
      let id = wanted && list.some((p) => p.id === wanted) ? wanted : undefined;
      wanted = undefined;
      if (!id && activeId.value && list.some((p) => p.id === activeId.value)) id = activeId.value;
      if (!id) id = (await ledger.getActiveProfile())?.id;
      batch(() => {
        profiles.value = list;
        // a person chosen while this was loading wins over what was read
        if (gen === selections || !list.some((p) => p.id === activeId.value)) activeId.value = id;
      });
      await loadActive();
      loaded.value = true;
      // A full scan (it reads every file): on the first load, and again only while some are listed. Our own writes
      // are parsed, so they never add one; deleting a person may remove some.
      if (!scannedUnreadable || unreadable.value.length) {
        scannedUnreadable = true;
        unreadable.value = await ledger.listUnreadable();
      }
    },
    async selectProfile(id) {
      selections++;
      activeId.value = id;
      await ledger.setActiveProfile(id);
      await loadActive();
    },
    async saveProfile(p) {
      const before = profiles.value;
      profiles.value = before.map((q) => (q.id === p.id ? p : q)); // at once, so the next change builds on this one
      try {
        await ledger.putProfile(p);
      } catch (e) {
        profiles.value = before;
        throw e;
      }
    },
    async patchProfile(id, patch) {
      const current = profiles.value.find((p) => p.id === id);
      if (!current) return;
      await state.saveProfile({ ...current, ...patch });
    },
    async addProfile(name) {
      const base = active.value;
      const p: Profile = {
        id: newId(),
        name,
        policyId: base?.policyId ?? DEFAULT_NEW_PROFILE.policyId,
        titleLevel: base?.titleLevel ?? DEFAULT_NEW_PROFILE.titleLevel,
        reviewYear: base?.reviewYear ?? DEFAULT_NEW_PROFILE.reviewYear,
        employer: base?.employer,
        createdAt: Date.now(),
      };
      await ledger.putProfile(p);
      profiles.value = [...profiles.value, p];
      await state.selectProfile(p.id);
      return p;
    },
    async deleteProfile(id) {
      await ledger.deleteProfile(id);
      if (activeId.value === id) activeId.value = undefined;
      await state.reload();
    },
    async saveEntry(e) {
      const previous = entries.value.find((x) => x.id === e.id);
      const saved = await ledger.putEntry(e);
      if (previous && previous.year !== saved.year) {
        // the activity's own files move with it to its new year (a 学时认定单 keeps the years it lists)
        const moved = evidence.value.filter((f) => f.entryId === saved.id && f.kind === 'activity' && f.years.length === 1 && f.years[0] === previous.year);
        for (const f of moved) await ledger.putEvidence({ ...f, years: [saved.year] });
        if (moved.length) evidence.value = evidence.value.map((f) => (moved.includes(f) ? { ...f, years: [saved.year] } : f));
      }
      const exists = entries.value.some((x) => x.id === saved.id);
      entries.value = exists ? entries.value.map((x) => (x.id === saved.id ? saved : x)) : [...entries.value, saved].sort((a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt);
    },
    async deleteEntry(id) {
      await ledger.deleteEntry(id);
      await loadActive();
    },
    async addEvidence(ev) {
      await ledger.putEvidence(ev);
      evidence.value = [...evidence.value, ev];
    },
    async deleteEvidence(id) {
      await ledger.deleteEvidence(id);
      evidence.value = evidence.value.filter((e) => e.id !== id);
    },
    async guard(work, okText) {
      try {
        await work();
        if (okText) notice.value = { kind: 'ok', text: okText };
        return true;
      } catch (e) {
        notice.value = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
        return false;
      }
    },
  };
  return state;
}

export const LedgerContext = createContext<LedgerState | undefined>(undefined);

export function useLedgerState(): LedgerState {
  const s = useContext(LedgerContext);
  if (!s) throw new Error('LedgerContext missing');
  return s;
}
