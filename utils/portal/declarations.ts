// What the extension last read about one declaration (申报), remembered in browser.storage.local so that 提交 on the
// 申请列表 can be guarded with the findings of its year rows (contract §4), and uploads seen per year.
import { z } from 'zod';
import { Finding } from '../../rules/schema';
import { normText } from './texts';
import { typedItem } from '../storage-items';
import { watchPrefix, type TypedItem } from '../shell-items';

export const DeclarationMemo = z.object({
  findings: z.array(Finding).default([]),
  years: z.array(z.number().int()).default([]),
  /** Files seen in the portal's upload dialog, per year ("2024" → 2). */
  uploads: z.record(z.string(), z.number().int().min(0)).default({}),
  at: z.number().default(0),
});
export type DeclarationMemo = z.infer<typeof DeclarationMemo>;

const PREFIX = 'xskr:decl:';
const items = new Map<string, TypedItem<DeclarationMemo>>();
/** The typed storage item of one declaration (one per key; a memo the schema refuses reads as empty, field by field). */
function declarationItem(key: string): TypedItem<DeclarationMemo> {
  let item = items.get(key);
  if (!item) items.set(key, (item = typedItem(PREFIX + key, DeclarationMemo, { fallback: () => DeclarationMemo.parse({}) })));
  return item;
}

/** A declaration is known by the applicant's ID number (variant A) plus its year (variant B: one per year). */
export function declarationKey(idNumber: string, year?: number | string): string | null {
  const id = normText(idNumber).toUpperCase();
  if (!id) return null;
  return year ? `${id}:${year}` : id;
}

export function readDeclaration(key: string): Promise<DeclarationMemo> {
  return declarationItem(key).getValue();
}

export function updateDeclaration(key: string, patch: (m: DeclarationMemo) => DeclarationMemo): Promise<DeclarationMemo> {
  return declarationItem(key).update((m) => ({ ...patch(m), at: Date.now() }));
}

/** Calls `onChange` when any declaration's memo changes (uploads seen in this tab or another) until `signal` aborts. */
export function watchDeclarations(onChange: () => void, signal: AbortSignal): void {
  watchPrefix(PREFIX, onChange, signal);
}
