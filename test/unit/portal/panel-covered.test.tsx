// The in-page panel for issue 12 points 1–2: the span marked as the person's own where the rule leaves it open, and the
// years an earlier 学时认定单 proves (湘人社办函〔2025〕37号 三.(四)), named by the form.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../components/panel/Panel';
import { model, ready } from './panel-model';

describe('the panel on years proved or set by the person', () => {
  it('names the form proving 2020 and 2021', () => {
    const el = document.createElement('div');
    const cov = (year: number) => ({ year, title: '学时认定单', fileName: 'a.pdf', from: 2019, to: 2021, citation: '湘人社办函〔2025〕37号 三.(四)', text: '…' });
    render(<Panel model={model({ context: ready({ covered: [cov(2019), cov(2020), cov(2021)] }) })} />, el);
    const covered = el.querySelector('[data-testid=panel-covered]')!;
    expect(covered.textContent).toBe('2020、2021 年（《学时认定单》）'); // 2019 is outside the span
    expect(covered.getAttribute('title')).toBe('湘人社办函〔2025〕37号 三.(四)');
  });

  it('marks a span the person set as theirs, with the rule’s sentence as its tooltip', () => {
    const el = document.createElement('div');
    const span = { years: [2021, 2022, 2023], extrapolated: false, citation: '湘人社办函〔2025〕37号 二', ownSpan: { reason: 'r', quote: '（博士参评副高按相关规定执行）' } };
    render(<Panel model={model({ context: ready({ span }) })} />, el);
    const dd = el.querySelector('[data-own-span=true]')!;
    expect(dd.textContent).toBe('2021–2023（您自己设置）');
    expect(dd.getAttribute('title')).toBe('（博士参评副高按相关规定执行）');
    expect(el.querySelector('[data-testid=panel-covered]')).toBeNull();
  });
});
