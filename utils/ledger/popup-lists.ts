// The popup's whole lists (issue 15): each year's whole list of activities missing materials (`summaryLists`, db.ts
// version 5), of which the first frame's summary holds only the first FIRST_LISTED. The popup's first read asks for them
// in its own transaction (popup-raw-read.ts) and they are deserialised and checked here only after the first paint:
// checked with zod/mini as popup-read.ts checks the first read, and joined with the summary the first frame showed
// (summary-split.ts). readPopupLists reads them anew, in one read-only transaction, when that request failed. Anything
// this is not sure of — no record, another version, a list that does not agree with the summary — gives `undefined`,
// and the popup reads the ledger's full path instead (components/popup/store.ts).
import * as z from 'zod/mini';
import { DEFAULT_LEDGER_DB } from './db-layout';
import { joinSummary, summaryListsShape } from './summary-split';
import { readOnly, request } from './popup-raw-read';
import type { LedgerSummary } from './summary';

const PopupLists = z.object(summaryListsShape);

/** The summary with its years' whole lists, or `undefined` (see the file's comment). */
export function readPopupLists(summary: LedgerSummary, dbName: string = DEFAULT_LEDGER_DB): Promise<LedgerSummary | undefined> {
  return readOnly(dbName, ['summaryLists'], async (tx) => checkPopupLists(summary, await request(tx.objectStore('summaryLists').get([summary.profileId, summary.policyId]))));
}

/** The stored lists record checked and joined with the summary the first frame showed. */
export function checkPopupLists(summary: LedgerSummary, raw: unknown): LedgerSummary | undefined {
  const lists = z.safeParse(PopupLists, raw);
  return lists.success ? joinSummary(summary, lists.data) : undefined;
}
