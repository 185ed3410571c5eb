// What the extension keeps in browser.storage.local (the ledger itself is in IndexedDB, utils/ledger/db.ts): each value
// is a typed item (WXT's storage.defineItem) with its schema, its default, its version and migrations. A stored
// value the schema refuses reads as the default — field by field for objects and records, so one bad field loses
// nothing else — and is left as stored until the next write. The content script reads these (it cannot open the
// ledger), so the popup and options page mirror what the panel needs here.
//
// This module is the part the content script's every-page shell loads (issue 15's 40 KB gzip budget,
// test/browser/manifest.test.ts): the item itself, and the two items the shell reads (the UI language, the panel's
// prefs) checked by hand — their shapes are two fields. Items with zod schemas are made by typedItem
// (utils/storage-items.ts), which brings zod only to the pages and bundles that use it.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export interface TypedItem<T> {
  /** The key in storage.local (without WXT's `local:` area prefix). */
  readonly key: string;
  fallback(): T;
  /** The stored value as the schema reads it, else the default; never throws (no storage: the default). */
  getValue(): Promise<T>;
  /** Parses and stores the value (throws on a value the schema refuses: a bug, not the user's input). */
  setValue(value: T): Promise<void>;
  /** Reads, changes and stores; resolves with what was stored. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls `onChange` with each new value (read through the schema) until `signal` aborts. */
  watch(onChange: (value: T) => void, signal: AbortSignal): void;
}

export interface ItemOptions<T> {
  fallback: T | (() => T);
  /** Layout version of the stored value; raise it with a migration from the previous one. */
  version?: number;
  /** Version → function turning the previous version's stored value into this one's (WXT runs them once). */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** How an item's stored value is read (never throws: what it refuses becomes the default) and checked before storing. */
export interface ItemCodec<T> {
  read(raw: unknown, fallback: T): T;
  /** The value to store; throws on a value the item refuses (a bug, not the user's input). */
  check(value: T): T;
}

/** A typed item in storage.local. Defined lazily: WXT imports entry files in Node at build, where there is no storage. */
export function storageItem<T>(key: string, codec: ItemCodec<T>, options: ItemOptions<T>): TypedItem<T> {
  const fallback = (): T => (typeof options.fallback === 'function' ? (options.fallback as () => T)() : options.fallback);
  type Stored = ReturnType<typeof storage.defineItem<unknown>>;
  let defined: Stored | undefined;
  const item = (): Stored =>
    (defined ??= storage.defineItem<unknown>(`local:${key}`, {
      version: options.version ?? 1,
      ...(options.migrations ? { migrations: options.migrations } : {}),
    }));
  const read = (raw: unknown): T => codec.read(raw, fallback());
  const typed: TypedItem<T> = {
    key,
    fallback,
    async getValue() {
      try {
        return read(await item().getValue());
      } catch {
        return fallback(); // storage unavailable (a context without it, an invalidated extension)
      }
    },
    async setValue(value) {
      await item().setValue(codec.check(value));
    },
    async update(change) {
      const next = codec.check(change(await typed.getValue()));
      await item().setValue(next);
      return next;
    },
    watch(onChange, signal) {
      if (signal.aborted) return;
      let unwatch: (() => void) | undefined;
      try {
        unwatch = item().watch((value) => onChange(read(value)));
      } catch {
        return; // no storage: nothing will change
      }
      signal.addEventListener('abort', () => unwatch?.(), { once: true });
    },
  };
  return typed;
}

// ---- the items the shell reads ---------------------------------------------------------------------

export type UiLanguageValue = 'zh-CN' | 'en';
const isUiLanguage = (v: unknown): v is UiLanguageValue => v === 'zh-CN' || v === 'en';

/** The UI language, mirrored from the ledger's Settings.uiLanguage for the content script (absent = zh-CN). */
export const uiLanguageItem = storageItem<UiLanguageValue>(
  'xskr:ui-language',
  {
    read: (raw, fallback) => (isUiLanguage(raw) ? raw : fallback),
    check: (v) => {
      if (!isUiLanguage(v)) throw new TypeError(`xskr:ui-language: ${String(v)}`);
      return v;
    },
  },
  { fallback: 'zh-CN' },
);

export interface PanelPrefs {
  /** The panel is collapsed to its pill (it starts expanded: contract §4). */
  collapsed: boolean;
  /** Feature sections the user closed (an entry that is not a section id is dropped, the others kept). */
  closedSections: string[];
}
const sectionIds = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string') : undefined;

/** The panel's collapsed state and closed sections; a bad field reads as its default, the other is kept. */
export const panelPrefsItem = storageItem<PanelPrefs>(
  'xskr:panel',
  {
    read: (raw, fallback) => {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fallback;
      const given = raw as Record<string, unknown>;
      return {
        collapsed: typeof given.collapsed === 'boolean' ? given.collapsed : fallback.collapsed,
        closedSections: sectionIds(given.closedSections) ?? fallback.closedSections,
      };
    },
    check: (v) => {
      if (typeof v?.collapsed !== 'boolean' || !Array.isArray(v.closedSections)) throw new TypeError('xskr:panel');
      return { collapsed: v.collapsed, closedSections: sectionIds(v.closedSections) ?? [] };
    },
  },
  { fallback: () => ({ collapsed: false, closedSections: [] }) },
);

/**
 * Calls `onChange` when any key starting with `prefix` changes (in this tab or another) until `signal` aborts: for
 * families of items (one per declaration), which WXT's per-key watch cannot follow.
 */
export function watchPrefix(prefix: string, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(prefix))) onChange();
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return; // no storage: nothing will change
  }
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
