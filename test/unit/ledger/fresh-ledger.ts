// Test helper: fresh, empty ledgers (fake-indexeddb), each under its own name, all closed after each test.
import { openDB } from 'idb';
import { afterEach } from 'vitest';
import { createVersion1Stores, openLedger, type Ledger } from '../../../utils/ledger/db';

/** Call once at the top of a test file; the function it returns opens a new empty ledger named `<prefix>-<random>`. */
export function freshLedgers(prefix: string): () => Promise<Ledger> {
  const opened: Ledger[] = [];
  afterEach(() => {
    for (const l of opened.splice(0)) l.close();
  });
  return async () => {
    const l = await openLedger(`${prefix}-${Math.random()}`);
    opened.push(l);
    return l;
  };
}

/** The ledger without ids and timestamps: what a person would compare (imports and exports round-trip this). */
export async function ledgerContent(l: Ledger) {
  const d = await l.dump();
  const names = new Map(d.profiles.map((p) => [p.id, p.name]));
  return {
    people: d.profiles.map((p) => [p.name, p.idNumber ?? '']).sort(),
    entries: d.entries
      .map((e) => [names.get(e.profileId), e.year, e.date ?? '', e.category, e.name, e.form, e.certifiedHours, e.provider ?? '', e.evidenceNames.join('；'), e.notes ?? ''].join('|'))
      .sort(),
  };
}

/** A real database in an earlier layout of db.ts, empty, for the upgrade tests: the stores and indexes version 2
 * (profileId indexes), 3 (+ summaries) or 4 (+ the activity packs) had. */
export function openOldLayout(name: string, version: 2 | 3 | 4) {
  return openDB(name, version, {
    upgrade(db, _old, _new, tx) {
      createVersion1Stores(db);
      tx.objectStore('entries').createIndex('profileId', 'profileId');
      tx.objectStore('evidence').createIndex('profileId', 'profileId');
      if (version >= 3) db.createObjectStore('summaries', { keyPath: ['profileId', 'policyId'] }).createIndex('profileId', 'profileId');
      if (version >= 4) {
        db.createObjectStore('entryPacks', { keyPath: 'key' }).createIndex('profileId', 'profileId');
        db.createObjectStore('entryPackIds', { keyPath: 'key' });
      }
    },
  });
}
