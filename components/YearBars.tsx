// A small per-year bar chart of 公需 / 专业 hours against the minima (plain SVG: at this size a chart library would
// weigh more than the whole popup). Used in the popup and the options page's year view.

export interface YearBarsYear {
  year: number;
  publicHours: number;
  professionalHours: number;
  /** Proved by an earlier 学时认定单 / 合格证明: no hours needed. */
  covered?: boolean;
}

import { tPopup as t } from '../utils/i18n-popup';

const ROW = 30;
const LABEL = 46;
const BAR = 10;
const COLORS = { public: '#2f6fb5', professional: '#2e8b57', short: '#c0392b', min: '#222' };

export function YearBars({ years, minima, width = 320 }: { years: YearBarsYear[]; minima: { public?: number; professional?: number }; width?: number }) {
  if (!years.length) return null;
  const chartW = width - LABEL - 40;
  const top = Math.max(1, ...years.flatMap((y) => [y.publicHours, y.professionalHours]), (minima.public ?? 0) * 1.25, (minima.professional ?? 0) * 1.25);
  const x = (h: number) => LABEL + Math.min(chartW, (h / top) * chartW);
  const height = years.length * ROW + 18;
  const bar = (y: YearBarsYear, i: number, kind: 'public' | 'professional', offset: number) => {
    const hours = kind === 'public' ? y.publicHours : y.professionalHours;
    const min = minima[kind];
    const short = !y.covered && min !== undefined && hours < min;
    const name = t(kind === 'public' ? 'chartPublic' : 'chartProfessional');
    const yPos = 4 + i * ROW + offset;
    return (
      <g key={kind} data-kind={kind} data-hours={hours} data-short={short ? 'true' : 'false'}>
        <title>{`${t('chartBarTitle', { year: y.year, kind: name, hours })}${min !== undefined ? t('chartBarMinimum', { hours: min }) : ''}${y.covered ? t('chartCovered') : ''}`}</title>
        <rect x={LABEL} y={yPos} width={chartW} height={BAR} fill="#eef1f5" />
        <rect x={LABEL} y={yPos} width={Math.max(0, x(hours) - LABEL)} height={BAR} fill={short ? COLORS.short : COLORS[kind]} />
        {min !== undefined ? <line x1={x(min)} x2={x(min)} y1={yPos - 2} y2={yPos + BAR + 2} stroke={COLORS.min} stroke-width="1.5" stroke-dasharray="2 1" /> : null}
        <text x={Math.min(x(hours), LABEL + chartW) + 4} y={yPos + BAR - 1} font-size="10" fill="#333">
          {hours}
        </text>
      </g>
    );
  };
  const summary = years
    .map((y) => `${t('chartYear', { year: y.year, public: y.publicHours, professional: y.professionalHours })}${y.covered ? t('chartCovered') : ''}`)
    .join(t('chartSeparator'));
  return (
    <figure class="year-bars" data-testid="year-bars" style={{ margin: '6px 0' }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('chartLabel', { years: summary, public: minima.public ?? '—', professional: minima.professional ?? '—' })}>
        {years.map((y, i) => (
          <g key={y.year} data-testid="year-bar" data-bar-year={y.year}>
            <text x={0} y={4 + i * ROW + BAR + 5} font-size="11" fill="#222">
              {y.year}
              {y.covered ? '✓' : ''}
            </text>
            {bar(y, i, 'public', 0)}
            {bar(y, i, 'professional', BAR + 3)}
          </g>
        ))}
        <g font-size="10" fill="#333">
          <rect x={LABEL} y={height - 11} width={8} height={8} fill={COLORS.public} />
          <text x={LABEL + 11} y={height - 4}>{t('chartPublic')}</text>
          <rect x={LABEL + 44} y={height - 11} width={8} height={8} fill={COLORS.professional} />
          <text x={LABEL + 55} y={height - 4}>{t('chartProfessional')}</text>
          <line x1={LABEL + 92} x2={LABEL + 92} y1={height - 12} y2={height - 2} stroke={COLORS.min} stroke-dasharray="2 1" />
          <text x={LABEL + 96} y={height - 4}>{t('chartMinimum')}</text>
          <rect x={LABEL + 150} y={height - 11} width={8} height={8} fill={COLORS.short} />
          <text x={LABEL + 161} y={height - 4}>{t('chartShort')}</text>
        </g>
      </svg>
    </figure>
  );
}
