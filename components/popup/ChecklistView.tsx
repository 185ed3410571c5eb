// The year-span checklist (年度清单): one item per span year with its hours against the minima.
import type { Checklist, SpanYear } from './checklist';

const STATUS_TEXT: Record<SpanYear['status'], string> = { ok: '已达标', short: '未达标', missing: '无记录' };

function hoursLine(y: SpanYear, c: Checklist): string {
  if (y.wholeYear) return '视为完成全年学时';
  const m = c.minima;
  const part = (label: string, v: number, min?: number) => `${label} ${v}${min !== undefined ? `/${min}` : ''}`;
  return [part('公需', y.publicHours, m.public), part('专业', y.professionalHours, m.professional), part('合计', y.totalHours, m.total)].join(' · ');
}

export function SpanYearItem({ y, checklist }: { y: SpanYear; checklist: Checklist }) {
  return (
    <li class={`span-year span-year--${y.status}`} data-testid="span-year" data-year={y.year} data-status={y.status}>
      <div class="span-year__head">
        <strong class="span-year__year">{y.year} 年</strong>
        <span class={`chip chip--${y.status}`}>{STATUS_TEXT[y.status]}</span>
      </div>
      <div class="span-year__hours">{hoursLine(y, checklist)}</div>
      <div class={`span-year__evidence ${y.evidenceCount > 0 ? '' : 'warn'}`} data-testid="span-year-evidence">
        {y.evidenceCount > 0 ? `佐证材料 ${y.evidenceCount} 份` : y.entryCount > 0 ? '缺佐证材料' : '—'}
        {y.entryCount > 0 ? `（活动 ${y.entryCount} 项）` : ''}
      </div>
      {y.needs.length > 0 && (
        <ul class="span-year__needs" data-testid="span-year-needs">
          {y.needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {y.hints.map((h) => (
        <div key={h} class="span-year__hint">
          提示：{h}
        </div>
      ))}
    </li>
  );
}

export function ChecklistView({ checklist, ledgerUrl }: { checklist: Checklist; ledgerUrl: string }) {
  const c = checklist;
  return (
    <section class="checklist" aria-label="年度清单">
      <p class="muted">
        规则：{c.policyName}；{c.reviewYear} 年评审
        {c.maskedId ? `；证件号 ${c.maskedId}` : ''}
      </p>
      {c.filingWindow && (
        <p class={`window window--${c.filingWindow.state}`} data-testid="filing-window">
          {c.filingWindow.text}
          {c.filingWindow.state === 'open' ? '，正在申报期内' : c.filingWindow.state === 'before' ? '，尚未开始' : '，已结束'}
        </p>
      )}
      {c.span.years === null ? (
        <p class="notice" data-testid="span-unknown">
          {c.span.reason}
        </p>
      ) : (
        <>
          <p class="muted" data-testid="span-range">
            需核认 {c.span.years[0]}–{c.span.years[c.span.years.length - 1]} 年（{c.span.citation}）
            {c.span.extrapolated ? '。注意：本年度没有对应通知，年度范围是按最新规则推算的' : ''}
          </p>
          <p class="summary" data-testid="span-summary">
            {c.summary}
          </p>
          <ul class="span-years">
            {c.years.map((y) => (
              <SpanYearItem key={y.year} y={y} checklist={c} />
            ))}
          </ul>
          <p class="muted small">
            每年要求：{c.minima.public !== undefined ? `公需科目不少于 ${c.minima.public}，` : ''}
            {c.minima.professional !== undefined ? `专业科目不少于 ${c.minima.professional}，` : ''}合计不少于 {c.minima.total} 学时（{c.minima.citation}）
          </p>
        </>
      )}
      {c.otherYears.length > 0 && <p class="muted small">台账中另有不在范围内的年度：{c.otherYears.join('、')}</p>}
      <p>
        <a href={ledgerUrl} target="_blank" rel="noopener" data-testid="open-ledger">
          打开台账（{c.name}）
        </a>
      </p>
    </section>
  );
}
