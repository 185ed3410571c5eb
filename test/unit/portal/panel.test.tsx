import { render } from 'preact';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { Panel, type PanelJob } from '../../../components/panel/Panel';
import type { ScreenId } from '../../../utils/portal/screens';
import { model } from './panel-model';

describe('the panel', () => {
  it('shows the person (ID masked), the rule set and the span', () => {
    const el = document.createElement('div');
    render(<Panel model={model()} />, el);
    const text = el.textContent ?? '';
    expect(text).toContain('李明');
    expect(text).toContain('430104********0017');
    expect(text).not.toContain('430104198503150017');
    expect(text).toContain('2020–2024');
    expect(text).toContain('申报年度明细信息');
  });

  it('leaves the ledger person out on reviewer screens, where someone else’s application is checked', () => {
    const el = document.createElement('div');
    render(<Panel model={model({ screen: signal<ScreenId | null>('hr-detail') })} />, el);
    const text = el.textContent ?? '';
    expect(text).toContain('学时核认申报详细');
    expect(text).not.toContain('李明');
  });

  it('can be collapsed and expanded with its button, which says its state', async () => {
    const el = document.createElement('div');
    const m = model();
    render(<Panel model={m} />, el);
    const toggle = el.querySelector<HTMLButtonElement>('[data-testid="xskr-collapse"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await Promise.resolve();
    expect(m.collapses).toEqual([true]);
    expect(el.querySelector('[data-testid="xskr-collapse"]')!.getAttribute('aria-expanded')).toBe('false');
    expect(el.textContent).not.toContain('李明');
  });

  it('says 未识别 and nothing else on an unknown screen', () => {
    const el = document.createElement('div');
    render(<Panel model={model({ screen: signal(null) })} />, el);
    expect(el.querySelector('[data-testid="xskr-screen"]')!.textContent).toBe('未识别');
    expect(el.textContent).not.toContain('李明');
  });

  it('on a page that looks like 学时核认 but is not recognised, says what was missing and offers 复制页面结构', async () => {
    const el = document.createElement('div');
    render(<Panel model={model({ screen: signal(null), unrecognised: signal<string | null>('像“申报年度明细信息”，但缺少：年度、合计学时') })} />, el);
    expect(el.querySelector('[data-testid="xskr-unrecognised-reason"]')!.textContent).toContain('缺少：年度、合计学时');
    el.querySelector<HTMLButtonElement>('[data-testid="copy-structure"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelector<HTMLTextAreaElement>('[data-testid="page-structure"]')!.value).toBe('{"scopes":[]}');
    expect(el.textContent).toContain('请在下框中全选后复制');
  });

  it('shows a job’s outcome first, with a stop button while it runs', () => {
    const el = document.createElement('div');
    let stopped = false;
    const job = signal<PanelJob | null>({ label: '补齐年度', state: 'running', lines: ['2020 年：已添加', '2021 年：正在填写'], stop: () => (stopped = true) });
    render(<Panel model={model({ job })} />, el);
    const items = [...el.querySelectorAll('[data-testid="xskr-job"] li')].map((li) => li.textContent);
    expect(items).toEqual(['2021 年：正在填写', '2020 年：已添加']);
    el.querySelector<HTMLButtonElement>('[data-testid="xskr-job-stop"]')!.click();
    expect(stopped).toBe(true);
  });
});
