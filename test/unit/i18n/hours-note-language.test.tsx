// Our own note on an entry's hours (an entry with neither hours nor anything to convert) in the UI language; a rule's
// own note stays the official text's words, marked zh-CN.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setLang } from '../../../utils/ui-language';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { optionsPages, setValue, until } from '../ui';

let db: Ledger;
const showOptions = optionsPages();
let host: HTMLElement;
const notes = () => [...host.querySelectorAll('table.entries tr[data-entry-id] .note')].map((n) => ({ text: n.textContent, lang: n.getAttribute('lang') }));

beforeEach(async () => {
  db = await openLedger(`hours-note-${Math.random()}`);
  await db.putProfile({ id: 'p1', name: '王强', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
  await db.putEntries([{ id: 'e1', profileId: 'p1', name: '旧台账里的一行', form: '培训班', year: 2022, category: 'professional', evidenceNames: [], createdAt: 1, updatedAt: 1 }]);
  await db.setActiveProfile('p1');
  ({ host } = await showOptions(db));
  await until(() => notes().length > 0);
});
afterEach(() => setLang('zh-CN'));

it('words the note of an entry without hours in the UI language, not marked as official Chinese', async () => {
  expect(notes()).toEqual([{ text: '没有填写学时，也没有可折算的活动信息', lang: null }]);
  await setValue(host.querySelector<HTMLSelectElement>('[data-testid=ui-language]')!, 'en');
  await until(() => notes()[0]?.text === 'no hours given, and nothing the rules can convert');
  expect(notes()[0].lang).toBeNull();
});
