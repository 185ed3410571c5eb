// An import is parsed once, where the file comes in: the plan builds its activities from the cells it checked, and the
// ledger writes them without parsing them again. So every record a plan makes must be one the ledger's schemas accept as is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_CASES } from '../../fixtures/imports/cases';
import { generatedFile } from '../../fixtures/imports/make-imports';
import { planImport } from '../../../utils/ledger/import';
import { Entry, Profile } from '../../../utils/ledger/records';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'imports');

describe('the records an import plan makes', () => {
  for (const c of IMPORT_CASES.filter((x) => x.ok)) {
    it(`are valid ledger records as they are: ${c.what} (${c.file})`, async () => {
      const bytes = c.generated ? await generatedFile(c.file) : new Uint8Array(readFileSync(join(DIR, c.file)));
      const plan = await planImport(c.file, new Uint8Array(bytes).buffer, { profiles: [], entries: [] });
      if (!plan.ok) throw new Error(plan.message);
      const { entries, profiles } = plan.preview.batch;
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.map((e) => Entry.parse(e))).toEqual(entries);
      expect(profiles.map((p) => Profile.parse(p))).toEqual(profiles);
    }, 60_000);
  }
});
