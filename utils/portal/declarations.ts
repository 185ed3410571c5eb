// What the extension last read about one declaration (申报), remembered in browser.storage.local so that 提交 on the
// 申请列表 can be guarded with the findings of its year rows (contract §4), and uploads seen per year.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Finding } from '../../rules/schema';
import { normText } from './texts';

export const DeclarationMemo = z.object({
  findings: z.array(Finding).default([]),
  years: z.array(z.number().int()).default([]),
  /** Files seen in the portal's upload dialog, per year ("2024" → 2). */
  uploads: z.record(z.string(), z.number().int().min(0)).default({}),
  at: z.number().default(0),
});
export type DeclarationMemo = z.infer<typeof DeclarationMemo>;

const PREFIX = 'xskr:decl:';

/** A declaration is known by the applicant's ID number (variant A) plus its year (variant B: one per year). */
export function declarationKey(idNumber: string, year?: number | string): string | null {
  const id = normText(idNumber).toUpperCase();
  if (!id) return null;
  return year ? `${id}:${year}` : id;
}

export async function readDeclaration(key: string): Promise<DeclarationMemo> {
  try {
    const got = (await browser.storage.local.get(PREFIX + key))[PREFIX + key];
    const parsed = DeclarationMemo.safeParse(got ?? {});
    return parsed.success ? parsed.data : DeclarationMemo.parse({});
  } catch {
    return DeclarationMemo.parse({});
  }
}

export async function updateDeclaration(key: string, patch: (m: DeclarationMemo) => DeclarationMemo): Promise<DeclarationMemo> {
  const next = DeclarationMemo.parse({ ...patch(await readDeclaration(key)), at: Date.now() });
  await browser.storage.local.set({ [PREFIX + key]: next });
  return next;
}
