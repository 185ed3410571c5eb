// What the extension keeps in browser.storage.local (the ledger itself is in IndexedDB, utils/ledger/db.ts): each value
// is a typed item (WXT's storage.defineItem) with its zod schema, its default, its version and migrations. A stored
// value the schema refuses reads as the default — field by field for objects and records, so one bad field loses
// nothing else — and is left as stored until the next write. The content script reads these (it cannot open the
// ledger), so the popup and options page mirror what the panel needs here.
// Items built on the rules (the reviewer's rule set, the declarations' findings) live beside their users
// (utils/reviewer/reviewer-policy.ts, utils/portal/declarations.ts): this module stays light for the panel shell.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

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

/**
 * `raw` read through `schema`; what it refuses is replaced by the default. Objects are read field by field and
 * records entry by entry, so a bad field or entry loses only itself.
 */
export function readWithDefault<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): T {
  if (raw === undefined || raw === null) return fallback;
  const whole = schema.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || Array.isArray(raw)) return fallback;
  const given = raw as Record<string, unknown>;
  let salvaged: Record<string, unknown> | undefined;
  if (schema instanceof z.ZodObject) {
    const base = (fallback ?? {}) as Record<string, unknown>;
    salvaged = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const r = field.safeParse(given[key]);
      salvaged[key] = r.success ? r.data : base[key];
    }
  } else if (schema instanceof z.ZodRecord) {
    salvaged = {};
    for (const [key, value] of Object.entries(given)) {
      const k = (schema.keyType as z.ZodType).safeParse(key);
      const v = (schema.valueType as z.ZodType).safeParse(value);
      if (k.success && v.success) salvaged[key] = v.data;
    }
  }
  const again = salvaged && schema.safeParse(salvaged);
  return again && again.success ? again.data : fallback;
}

/** A typed item in storage.local. Defined lazily: WXT imports entry files in Node at build, where there is no storage. */
export function typedItem<S extends z.ZodType>(key: string, schema: S, options: ItemOptions<z.output<S>>): TypedItem<z.output<S>> {
  type T = z.output<S>;
  const fallback = (): T => (typeof options.fallback === 'function' ? (options.fallback as () => T)() : options.fallback);
  type Stored = ReturnType<typeof storage.defineItem<unknown>>;
  let defined: Stored | undefined;
  const item = (): Stored =>
    (defined ??= storage.defineItem<unknown>(`local:${key}`, {
      version: options.version ?? 1,
      ...(options.migrations ? { migrations: options.migrations } : {}),
    }));
  const read = (raw: unknown): T => readWithDefault<T>(schema as unknown as z.ZodType<T>, raw, fallback());
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
      await item().setValue(schema.parse(value));
    },
    async update(change) {
      const next = schema.parse(change(await typed.getValue()));
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

// ---- the items ------------------------------------------------------------------------------------

export const UiLanguageValue = z.enum(['zh-CN', 'en']);

/** The UI language, mirrored from the ledger's Settings.uiLanguage for the content script (absent = zh-CN). */
export const uiLanguageItem = typedItem('xskr:ui-language', UiLanguageValue, { fallback: 'zh-CN' });

export const PanelPrefs = z.object({
  /** The panel is collapsed to its pill (it starts expanded: contract §4). */
  collapsed: z.boolean(),
  /** Feature sections the user closed (an entry that is not a section id is dropped, the others kept). */
  closedSections: z.array(z.unknown()).transform((ids) => ids.filter((id): id is string => typeof id === 'string')),
});
export type PanelPrefs = z.infer<typeof PanelPrefs>;
export const panelPrefsItem = typedItem('xskr:panel', PanelPrefs, { fallback: { collapsed: false, closedSections: [] } });

/** The portal option the user chose for a ledger 继续教育形式 (远程教育 → 网络培训), reused while the page offers it. */
export const FormMap = z.record(z.string(), z.string());
export const formMapItem = typedItem('xskr:form-map', FormMap, { fallback: {} });

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
