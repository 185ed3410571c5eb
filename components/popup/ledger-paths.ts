// What the popup's store needs beyond its first frame (issue 15): the ledger itself (db.ts, its records checked with
// classic zod), the checklist under the full rules API, the saved UI language (and its copy for the portal panel) and the
// calculator's activity record.
// store.ts loads it with import() after the first frame is on screen, or at once when the first frame cannot be built
// without it (no quick read, a rule set the first frame does not know).
import type { Profile } from '../../utils/ledger/records';
import type { LedgerSummary } from '../../utils/ledger/summary';
import { buildChecklist, type Checklist } from '../../utils/ledger/checklist';
import { profileSpan } from '../../utils/ledger/hours';
import { coveredMap } from '../../utils/ledger/summary';

export { newId, openLedger } from '../../utils/ledger/db';
export { loadUiLanguage, saveUiLanguage } from '../../utils/i18n';
export { mirrorUiLanguage } from '../../utils/ui-language';

/** The active person's checklist from the ledger's summary of them, in the current UI language. */
export function ledgerChecklist(active: Profile, summary: LedgerSummary, now: Date): Checklist {
  return buildChecklist(active, summary.rows, profileSpan(active), now, undefined, coveredMap(summary));
}
