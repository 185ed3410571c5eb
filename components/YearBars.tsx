// A small per-year bar chart of 公需 / 专业 hours against the minima (plain SVG: at this size a chart library would
// weigh more than the whole popup). Used in the popup and the options page's year view.

export interface YearBarsYear {
  year: number;
  publicHours: number;
  professionalHours: number;
  /** Proved by an earlier 学时认定单 / 合格证明: no hours needed. */
  covered?: boolean;
}

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
    const name = kind === 'public' ? '公需' : '专业';
    const yPos = 4 + i * ROW + offset;
    return (
      <g key={kind} data-kind={kind} data-hours={hours} data-short={short ? 'true' : 'false'}>
        <title>{`${y.year} 年${name} ${hours} 学时${min !== undefined ? `（最低 ${min}）` : ''}${y.covered ? '，已由学时认定单覆盖' : ''}`}</title>
        <rect x={LABEL} y={yPos} width={chartW} height={BAR} fill="#eef1f5" />
        <rect x={LABEL} y={yPos} width={Math.max(0, x(hours) - LABEL)} height={BAR} fill={short ? COLORS.short : COLORS[kind]} />
        {min !== undefined ? <line x1={x(min)} x2={x(min)} y1={yPos - 2} y2={yPos + BAR + 2} stroke={COLORS.min} stroke-width="1.5" stroke-dasharray="2 1" /> : null}
        <text x={Math.min(x(hours), LABEL + chartW) + 4} y={yPos + BAR - 1} font-size="10" fill="#333">
          {hours}
        </text>
      </g>
    );
  };
  const summary = years.map((y) => `${y.year} 年公需 ${y.publicHours}、专业 ${y.professionalHours}${y.covered ? '（已覆盖）' : ''}`).join('；');
  return (
    <figure class="year-bars" data-testid="year-bars" style={{ margin: '6px 0' }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`各年度学时：${summary}。虚线为最低要求（公需 ${minima.public ?? '—'}，专业 ${minima.professional ?? '—'}）。`}>
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
          <text x={LABEL + 11} y={height - 4}>公需</text>
          <rect x={LABEL + 44} y={height - 11} width={8} height={8} fill={COLORS.professional} />
          <text x={LABEL + 55} y={height - 4}>专业</text>
          <line x1={LABEL + 92} x2={LABEL + 92} y1={height - 12} y2={height - 2} stroke={COLORS.min} stroke-dasharray="2 1" />
          <text x={LABEL + 96} y={height - 4}>最低要求</text>
          <rect x={LABEL + 150} y={height - 11} width={8} height={8} fill={COLORS.short} />
          <text x={LABEL + 161} y={height - 4}>未达最低</text>
        </g>
      </svg>
    </figure>
  );
}
