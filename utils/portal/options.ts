// Matching the ledger's free-text 继续教育形式 to the options the portal's select offers.
import { normText } from './texts';

/**
 * The option to choose for `wanted`: the same text; else the only option containing it or contained in it
 * (培训 → 培训班). Null when nothing or more than one fits: then the user is asked.
 */
export function matchOption(wanted: string, options: readonly string[]): string | null {
  const w = normText(wanted);
  if (!w) return null;
  const exact = options.find((o) => normText(o) === w);
  if (exact) return exact;
  const near = options.filter((o) => {
    const n = normText(o);
    return n.length > 0 && (n.includes(w) || w.includes(n));
  });
  return near.length === 1 ? near[0] : null;
}
