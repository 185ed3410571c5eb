// The person's details on the options page save each field on change. Whatever re-renders the form while the person
// types a field (a save finishing, the ledger read again on another page's change notice) must not put that field's
// stored value back over what they typed; a field not being edited shows the newest stored value.
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { changeChannelName } from '../../../utils/ledger/change-channel';
import type { Profile } from '../../../utils/ledger/records';
import { optionsPages, setValue, until } from '../ui';

const showOptions = optionsPages();
let host: HTMLElement | undefined;

const PERSON: Profile = { id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };

/** The options page over a ledger holding `person` (李明 by default) as the active person. */
async function openPage(person: Partial<Profile> = {}, beforeRender?: (ledger: Ledger) => void): Promise<Ledger> {
  const db = await openLedger(`profile-typing-${Math.random()}`);
  await db.putProfile({ ...PERSON, ...person });
  await db.setActiveProfile('p1');
  beforeRender?.(db);
  ({ host } = await showOptions(db));
  await until(() => !!host!.querySelector('[data-testid=profile-ethnicity]'));
  return db;
}

/** Typed, not yet left: input events only, no change. */
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const leave = (input: HTMLInputElement) => act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
const field = (key: string) => host!.querySelector<HTMLInputElement>(`[data-testid=profile-${key}]`)!;
/** A field of the person's details by its label (姓名, 证件号码, 联系电话, 工作单位, 评审年度). */
const labelled = (label: string) => [...host!.querySelectorAll('.profile-form > label')].find((l) => l.textContent!.startsWith(label))!.querySelector('input')!;
/** Shows (显示/修改) or masks again (隐藏) the person's 证件号码 and 联系电话. */
const numbers = (button: '显示/修改' | '隐藏') =>
  act(() => void [...host!.querySelectorAll<HTMLButtonElement>('.profile-form button')].find((b) => b.textContent === button)!.click());
const status = () => host!.querySelector('[data-testid=profile-saved]')!.textContent;
const saved = () => until(() => status() === '修改后自动保存，已保存');
const stored = async (ledger: Ledger) => (await ledger.getProfile('p1'))!;

/** Another page (the popup, another options tab) stores `patch` and announces it: this page reads the ledger again. */
async function changedElsewhere(ledger: Ledger, patch: Partial<Profile>): Promise<void> {
  await ledger.putProfile({ ...(await stored(ledger)), ...patch });
  const otherPage = new BroadcastChannel(changeChannelName);
  otherPage.postMessage('changed');
  otherPage.close();
}

describe('the person’s details while a save is under way', () => {
  it('keeps the text typed into the next field when the previous field’s save finishes, and saves both', async () => {
    // The first field's save waits until the next field has been typed into.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const ledger = await openPage({}, (l) => {
      let holdNext = true;
      const put = l.putProfile.bind(l);
      l.putProfile = async (p: Profile) => {
        if (holdNext) {
          holdNext = false;
          await held;
        }
        return put(p);
      };
    });

    await act(() => {
      type(field('ethnicity'), '土家族');
      field('ethnicity').dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => status() === '正在保存…');
    type(field('employerType'), '国有企业');
    await act(() => release());
    await saved();
    expect(field('employerType').value).toBe('国有企业');

    await leave(field('employerType'));
    await saved();
    const p = await stored(ledger);
    expect({ ethnicity: p.ethnicity, employerType: p.employerType }).toEqual({ ethnicity: '土家族', employerType: '国有企业' });
  });
});

describe('the person’s numbers', () => {
  it('are masked, the phone read-only, until 显示/修改, and masked again on 隐藏 with what was typed stored', async () => {
    const ledger = await openPage({ idNumber: '430102199003151234', phone: '13900001234' });
    const idShown = () => [...host!.querySelectorAll('.profile-form > label')].find((l) => l.textContent!.startsWith('证件号码'))!.querySelector('output, input')!;
    expect([idShown().tagName, idShown().textContent]).toEqual(['OUTPUT', '430102********1234']);
    expect([labelled('联系电话').value, labelled('联系电话').readOnly]).toEqual(['139****1234', true]);

    await numbers('显示/修改');
    expect((idShown() as HTMLInputElement).value).toBe('430102199003151234');
    expect([labelled('联系电话').value, labelled('联系电话').readOnly]).toEqual(['13900001234', false]);
    await setValue(labelled('联系电话'), '13900005678');
    await numbers('隐藏');
    await saved();
    expect([idShown().tagName, idShown().textContent]).toEqual(['OUTPUT', '430102********1234']);
    expect([labelled('联系电话').value, labelled('联系电话').readOnly]).toEqual(['139****5678', true]);
    expect((await stored(ledger)).phone).toBe('13900005678');
  });
});

describe('the person’s details when the ledger is read again on another page’s change notice', () => {
  it('keeps 工作单位, 联系电话 and 证件号码 typed but not yet left, stores them on leaving, and shows the other page’s new 姓名 and 评审年度', async () => {
    const ledger = await openPage({ employer: '旧单位', phone: '13900001234' });
    await numbers('显示/修改');
    type(labelled('工作单位'), '长沙示例建设工程有限公司');
    type(labelled('联系电话'), '13900005678');
    type(labelled('证件号码'), '430102199003151234');

    await changedElsewhere(ledger, { name: '李明远', reviewYear: 2026 });
    await until(() => labelled('姓名').value === '李明远'); // the form was drawn again from what was read
    expect(labelled('评审年度').value).toBe('2026');
    expect([labelled('工作单位').value, labelled('联系电话').value, labelled('证件号码').value]).toEqual(['长沙示例建设工程有限公司', '13900005678', '430102199003151234']);

    for (const label of ['工作单位', '联系电话', '证件号码']) await leave(labelled(label));
    await saved();
    expect(await stored(ledger)).toMatchObject({ name: '李明远', reviewYear: 2026, employer: '长沙示例建设工程有限公司', phone: '13900005678', idNumber: '430102199003151234' });
  });

  it('keeps a refused 证件号码 with its error through the reload, and stores nothing for it', async () => {
    const ledger = await openPage();
    await numbers('显示/修改');
    await setValue(labelled('证件号码'), '43010219900315123X');
    expect(host!.querySelector('.profile-form [role=alert]')!.textContent).toContain('校验位不对');
    expect(labelled('证件号码').value).toBe('43010219900315123X');

    await changedElsewhere(ledger, { name: '李明远' });
    await until(() => labelled('姓名').value === '李明远');
    expect(labelled('证件号码').value).toBe('43010219900315123X');
    expect((await stored(ledger)).idNumber).toBeUndefined();
  });
});

describe('an error beside a refused text goes with that text', () => {
  const idAlert = () => labelled('证件号码').closest('label')!.querySelector('[role=alert]');

  it('drops a refused 证件号码 and its error when another page stores a valid one', async () => {
    const ledger = await openPage();
    await numbers('显示/修改');
    await setValue(labelled('证件号码'), '43010219900315123X');
    expect(idAlert()?.textContent).toContain('校验位不对');
    await act(() => labelled('证件号码').blur()); // on to another field: the refused text is no longer being corrected

    await changedElsewhere(ledger, { idNumber: '430102199003151234' });
    await until(() => labelled('证件号码').value === '430102199003151234');
    expect(idAlert()).toBeNull();
    expect(labelled('证件号码').getAttribute('aria-invalid')).toBeNull();
  });

  it('drops the error of a refused 证件号码 when the numbers are masked again (隐藏), and stores nothing for it', async () => {
    const ledger = await openPage();
    await numbers('显示/修改');
    await setValue(labelled('证件号码'), '43010219900315123X');
    expect(idAlert()).not.toBeNull();

    await numbers('隐藏');
    expect(host!.querySelector('.profile-form [role=alert]')).toBeNull();
    await numbers('显示/修改');
    expect(labelled('证件号码').value).toBe('');
    expect((await stored(ledger)).idNumber).toBeUndefined();
  });

  it('drops a refused span and its error when another page stores a span', async () => {
    const ledger = await openPage({ degree: 'doctor' });
    await setValue(field('span-from'), '2023');
    await setValue(field('span-to'), '2019'); // ends before it starts: refused
    const spanAlert = () => host!.querySelector('[data-testid=own-span] [role=alert]');
    await until(() => !!spanAlert());

    await changedElsewhere(ledger, { ownSpan: { from: 2020, to: 2024 } });
    await until(() => field('span-to').value === '2024', 2000);
    expect(field('span-from').value).toBe('2020');
    expect(spanAlert()).toBeNull();
  });
});

describe('values the person’s details do not take', () => {
  it('shows the stored 姓名 and 评审年度 again after an emptied name or a year out of range is left, storing neither', async () => {
    const ledger = await openPage();
    await setValue(labelled('姓名'), '');
    await setValue(labelled('评审年度'), '1999');
    await until(() => labelled('姓名').value === '李明' && labelled('评审年度').value === '2025');
    expect(await stored(ledger)).toMatchObject({ name: '李明', reviewYear: 2025 });
  });
});

describe('申报相关信息 when the ledger is read again on another page’s change notice', () => {
  it('keeps 单位性质 and 子专业名称 typed but not yet left and stores them on leaving; fields not being edited show the other page’s values', async () => {
    const ledger = await openPage({ ethnicity: '汉族', region: '湖南省省本级' });
    await setValue(field('region'), '湖南省长沙市'); // typed and left: stored, no longer a draft
    await saved();
    type(field('employerType'), '国有企业');
    type(field('subSpecialty'), '建筑学');

    await changedElsewhere(ledger, { ethnicity: '土家族', category: '工程', region: '湖南省株洲市' });
    await until(() => field('ethnicity').value === '土家族');
    expect([field('category').value, field('region').value]).toEqual(['工程', '湖南省株洲市']);
    expect([field('employerType').value, field('subSpecialty').value]).toEqual(['国有企业', '建筑学']);

    await leave(field('employerType'));
    await leave(field('subSpecialty'));
    await saved();
    expect(await stored(ledger)).toMatchObject({ ethnicity: '土家族', employerType: '国有企业', category: '工程', subSpecialty: '建筑学', region: '湖南省株洲市' });
  });
});

describe('the span a person sets when the ledger is read again on another page’s change notice', () => {
  it('keeps the first year typed but not yet left, shows the other page’s last year, and stores both on leaving', async () => {
    const ledger = await openPage({ degree: 'doctor' }); // 博士参评副高: the rule leaves the span to the person
    type(field('span-from'), '2019');

    await changedElsewhere(ledger, { ownSpan: { from: 2020, to: 2023 } });
    await until(() => field('span-to').value === '2023', 2000);
    expect(field('span-from').value).toBe('2019');

    await leave(field('span-from'));
    await saved();
    expect((await stored(ledger)).ownSpan).toEqual({ from: 2019, to: 2023 });
  });

  it('a year left while the other was empty follows what is stored once the span is complete, and then another page’s span', async () => {
    const ledger = await openPage({ degree: 'doctor' });
    await setValue(field('span-from'), '2020'); // half a span: nothing stored yet, the year kept
    await setValue(field('span-to'), '2023');
    await saved();
    expect((await stored(ledger)).ownSpan).toEqual({ from: 2020, to: 2023 });

    await changedElsewhere(ledger, { ownSpan: { from: 2018, to: 2021 } });
    await until(() => field('span-to').value === '2021', 2000);
    expect(field('span-from').value).toBe('2018');
  });
});
