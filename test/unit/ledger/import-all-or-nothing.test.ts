// An import is written whole or not at all: when the database refuses one record in the middle of the 10,000-row XLSX
// (the plan checked the cells, so this is the browser's refusal: a value it cannot store, a record without its key), the
// ledger stays as it was — the records, every person's summary and the settings — and the same import without that
// record then applies whole.
import { describe, expect, it } from 'vitest';
import { freshLedgers } from './fresh-ledger';
import { generatedFile } from '../../fixtures/imports/make-imports';
import { sampleBatch } from '../../fixtures/sample/sample-data';
import { applyImport, importContext, planImport, type ImportPreview } from '../../../utils/ledger/import';
import type { Ledger } from '../../../utils/ledger/db';
import type { Entry, Profile } from '../../../utils/ledger/records';

const fresh = freshLedgers('import-all-or-nothing');

/** Everything a person would see of the ledger: its records, each person's summary, the settings. */
async function everything(l: Ledger) {
  const dump = await l.dump();
  const summaries = await Promise.all(dump.profiles.map((p) => l.getSummary(p)));
  return { dump, summaries, settings: await l.getSettings() };
}

/** The sample ledger and 测试人员0 (a person of the 10,000-row file) already in it, and the plan of that file. */
async function seededPlan(): Promise<{ l: Ledger; preview: ImportPreview; existing: Profile }> {
  const l = await fresh();
  await l.putBatch(sampleBatch());
  const existing = await l.putProfile({ ...sampleBatch().profiles[0], id: 'p-test0', name: '测试人员0', createdAt: 5 });
  const plan = await planImport('rows-10000.xlsx', new Uint8Array(await generatedFile('rows-10000.xlsx')).buffer, await importContext(l));
  if (!plan.ok) throw new Error(plan.message);
  expect(plan.preview.added).toBe(10_000);
  expect(plan.preview.batch.entries.filter((e) => e.profileId === existing.id)).toHaveLength(1_000);
  return { l, preview: plan.preview, existing };
}

const refusals: [string, (e: Entry) => Entry][] = [
  ['a value the browser cannot store (DataCloneError)', (e) => ({ ...e, notes: (() => e.notes) as unknown as string })],
  ['a record without its key (DataError)', (e) => ({ ...e, id: undefined as unknown as string })],
];

describe('an import the database refuses in the middle', () => {
  for (const [what, spoil] of refusals) {
    it(`leaves the records, the summaries and the settings as they were: ${what}; without that record it applies whole`, async () => {
      const { l, preview, existing } = await seededPlan();
      const before = await everything(l);
      const entries = [...preview.batch.entries];
      entries[5_000] = spoil(entries[5_000]); // row 5,002 of the sheet, an activity of 测试人员0 (rows go round the ten people)
      expect(entries[5_000].profileId).toBe(existing.id);
      await expect(applyImport(l, { ...preview, batch: { ...preview.batch, entries } })).rejects.toThrow();
      expect(await everything(l)).toEqual(before);

      // the ledger still takes the import: all 10,000, 测试人员0's summary counts the new activities
      await applyImport(l, preview);
      const after = await l.dump();
      expect(after.entries).toHaveLength(before.dump.entries.length + 10_000);
      expect(after.profiles).toHaveLength(before.dump.profiles.length + 9);
      const total = (s: Awaited<ReturnType<Ledger['getSummary']>>) => s.rows.reduce((n, r) => n + r.publicHours + r.professionalHours, 0);
      expect(total(await l.getSummary(existing))).toBeGreaterThan(0);
      expect(total(before.summaries[before.dump.profiles.findIndex((p) => p.id === existing.id)])).toBe(0);
    }, 120_000);
  }
});
