import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { YearBars } from '../../../components/YearBars';

describe('the per-year bar chart', () => {
  it('draws 公需 and 专业 for each year against the minima, marking only the bars below them', () => {
    const el = document.createElement('div');
    render(
      <YearBars
        years={[
          { year: 2021, publicHours: 30, professionalHours: 64 },
          { year: 2022, publicHours: 30, professionalHours: 40 },
          { year: 2023, publicHours: 0, professionalHours: 0, covered: true },
        ]}
        minima={{ public: 24, professional: 48 }}
      />,
      el,
    );
    const bars = Array.from(el.querySelectorAll('[data-testid="year-bar"]'));
    expect(bars.map((b) => b.getAttribute('data-bar-year'))).toEqual(['2021', '2022', '2023']);
    const short = (year: number, kind: string) => el.querySelector(`[data-bar-year="${year}"] [data-kind="${kind}"]`)?.getAttribute('data-short');
    expect([short(2021, 'public'), short(2021, 'professional')]).toEqual(['false', 'false']);
    expect([short(2022, 'public'), short(2022, 'professional')]).toEqual(['false', 'true']);
    expect([short(2023, 'public'), short(2023, 'professional')]).toEqual(['false', 'false']); // covered by a 学时认定单
    // The 专业 bar of 2022 (40) is shorter than its minimum line (48), and 2021's (64) longer.
    const width = (year: number, kind: string) => Number(el.querySelectorAll(`[data-bar-year="${year}"] [data-kind="${kind}"] rect`)[1].getAttribute('width'));
    const minLine = Number(el.querySelector(`[data-bar-year="2022"] [data-kind="professional"] line`)!.getAttribute('x1')) - 46;
    expect(width(2022, 'professional')).toBeLessThan(minLine);
    expect(width(2021, 'professional')).toBeGreaterThan(minLine);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toContain('2022 年公需 30、专业 40');
  });
});
