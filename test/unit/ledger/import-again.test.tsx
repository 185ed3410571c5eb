// Importing a sheet whose activities are all in the ledger already (contract §3: none added twice) says so first —
// in the preview and in the result — instead of a bare “已导入 0 条活动” with the reason after the names.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../utils/ui-language';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { optionsPages, until } from '../ui';

let db: Ledger;
const showOptions = optionsPages();
let host: HTMLElement;
const CSV = ['姓名,年度,科目类别,名称,继续教育形式,学时', '王强,2023,公需科目,人工智能大模型技术及应用,远程教育,30', '王强,2023,专业科目,装配式建筑培训,培训班,64'].join('\n');
const testid = (id: string) => host.querySelector<HTMLElement>(`[data-testid=${id}]`);

async function importOnce(): Promise<void> {
  const input = testid('ledger-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([CSV], '台账.csv', { type: 'text/csv' })], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => !!testid('import-confirm'));
}
async function confirm(): Promise<string> {
  await act(() => testid('import-confirm')!.click());
  await until(() => !!testid('import-result'));
  return testid('import-result')!.textContent!;
}

beforeEach(async () => {
  db = await openLedger(`import-again-${Math.random()}`);
  ({ host } = await showOptions(db));
  await until(() => !!testid('ledger-import'));
});
afterEach(() => setLang('zh-CN'));

describe('importing the same sheet again', () => {
  it('says the rows are already in the ledger, in the preview and the result, and adds nothing', async () => {
    await importOnce();
    expect(testid('import-nothing-new')).toBeNull();
    expect(await confirm()).toBe('已导入 2 条活动（王强）。');
    await until(() => testid('activity-count')?.textContent?.includes('2') ?? false);

    await importOnce();
    expect(testid('import-nothing-new')!.textContent).toBe('“台账.csv”中的 2 条活动都已在台账中，导入不会添加任何活动。');
    expect(await confirm()).toBe('新增 0 条活动：“台账.csv”的 2 条已在台账中（王强），没有重复添加。');
    const [profile] = await db.listProfiles();
    expect(await db.listEntries(profile.id)).toHaveLength(2);
  });
});
