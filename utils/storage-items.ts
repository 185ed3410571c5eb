// Typed items with zod schemas (any zod: classic or mini, through zod's core) on top of utils/shell-items.ts, which
// holds the item itself, the items the content script's every-page shell reads (checked by hand, no zod) and
// watchPrefix. Items built on the rules (the reviewer's rule set, the declarations' findings) live beside their users
// (utils/reviewer/reviewer-policy.ts, utils/portal/declarations.ts).
import * as zc from 'zod/v4/core';
import * as z from 'zod/mini';
import { storageItem, type ItemOptions, type TypedItem } from './shell-items';

/**
 * `raw` read through `schema`; what it refuses is replaced by the default. Objects are read field by field and
 * records entry by entry, so a bad field or entry loses only itself.
 */
export function readWithDefault<T>(schema: zc.$ZodType<T>, raw: unknown, fallback: T): T {
  if (raw === undefined || raw === null) return fallback;
  const whole = zc.safeParse(schema, raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || Array.isArray(raw)) return fallback;
  const given = raw as Record<string, unknown>;
  let salvaged: Record<string, unknown> | undefined;
  if (schema instanceof zc.$ZodObject) {
    const base = (fallback ?? {}) as Record<string, unknown>;
    salvaged = {};
    for (const [key, field] of Object.entries(schema._zod.def.shape as Record<string, zc.$ZodType>)) {
      const r = zc.safeParse(field, given[key]);
      salvaged[key] = r.success ? r.data : base[key];
    }
  } else if (schema instanceof zc.$ZodRecord) {
    salvaged = {};
    const { keyType, valueType } = schema._zod.def as { keyType: zc.$ZodType; valueType: zc.$ZodType };
    for (const [key, value] of Object.entries(given)) {
      const k = zc.safeParse(keyType, key);
      const v = zc.safeParse(valueType, value);
      if (k.success && v.success) salvaged[key] = v.data;
    }
  }
  const again = salvaged && zc.safeParse(schema, salvaged);
  return again && again.success ? again.data : fallback;
}

/** A typed item in storage.local read through a zod schema (see readWithDefault). */
export function typedItem<S extends zc.$ZodType>(key: string, schema: S, options: ItemOptions<zc.output<S>>): TypedItem<zc.output<S>> {
  type T = zc.output<S>;
  return storageItem<T>(
    key,
    {
      read: (raw, fallback) => readWithDefault<T>(schema as unknown as zc.$ZodType<T>, raw, fallback),
      check: (value) => zc.parse(schema, value) as T,
    },
    options,
  );
}

/** The portal option the user chose for a ledger 继续教育形式 (远程教育 → 网络培训), reused while the page offers it. */
export const FormMap = z.record(z.string(), z.string());
export const formMapItem = typedItem('xskr:form-map', FormMap, { fallback: {} });
