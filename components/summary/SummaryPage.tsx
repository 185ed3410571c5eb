// One A4 sheet per person whose check is offline: what the HRSS office needs on paper, in Chinese (it goes to the office;
// the sheet is marked lang="zh-CN"); the toolbar around it follows the UI language and is not printed.
import type { OfflineSummary } from '../../utils/ledger/offline-summary';
import { t } from '../../utils/i18n';

const fmt = (n: number | undefined) => (n === undefined ? '—' : String(Math.round(n * 10) / 10));

function Sheet({ s }: { s: OfflineSummary }) {
  return (
    <section class="sheet" lang="zh-CN" data-testid="offline-sheet" data-profile-id={s.profileId} aria-label={s.name}>
      <h1>{s.route ? '继续教育学时线下核认汇总' : '继续教育学时年度总览'}</h1>
      <table class="person">
        <tbody>
          <tr>
            <th>姓名</th>
            <td>{s.name}</td>
            <th>证件号码</th>
            <td>{s.maskedIdNumber || '（未填）'}</td>
          </tr>
          <tr>
            <th>工作单位</th>
            <td>{s.employer || '（未填）'}</td>
            <th>参评职称</th>
            <td>{s.titleText}</td>
          </tr>
          <tr>
            <th>规则</th>
            <td colSpan={3}>{s.policyName}</td>
          </tr>
        </tbody>
      </table>
      {s.route && (
        <>
          <h2>核认方式</h2>
          <p class="route">
            线下核认，由人社部门开具{s.route.issues}。{s.route.how}
            {s.route.window ? `集中办理期限：${s.route.window}。` : ''}
          </p>
          <p class="clause" data-testid="offline-clause">
            依据：{s.route.citation}「{s.route.quote}」
          </p>
        </>
      )}
      <h2>
        核认年度
        {s.span.years ? `（${s.span.years[0]}–${s.span.years[s.span.years.length - 1]} 年，${s.span.citation}）` : `（${s.span.reason}）`}
      </h2>
      <table class="years">
        <thead>
          <tr>
            <th>年度</th>
            <th>公需科目名称</th>
            <th>公需学时</th>
            <th>专业科目名称</th>
            <th>专业学时</th>
            <th>合计</th>
            <th>活动数</th>
            <th>情况</th>
          </tr>
        </thead>
        <tbody>
          {s.years.map((y) => (
            <tr key={y.year} data-testid="offline-year" data-year={y.year} data-status={y.status}>
              <td>{y.year}</td>
              <td class="name">{y.row?.publicName ?? ''}</td>
              <td class="num">{fmt(y.row?.publicHours)}</td>
              <td class="name">{y.row?.professionalName ?? ''}</td>
              <td class="num">{fmt(y.row?.professionalHours)}</td>
              <td class="num">{fmt(y.row?.totalHours)}</td>
              <td class="num">{y.row?.entryCount ?? 0}</td>
              <td class={`status ${y.status}`}>{y.statusText}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>合计</th>
            <td></td>
            <td class="num">{fmt(s.totals.publicHours)}</td>
            <td></td>
            <td class="num">{fmt(s.totals.professionalHours)}</td>
            <td class="num">{fmt(s.totals.totalHours)}</td>
            <td colSpan={2}></td>
          </tr>
        </tfoot>
      </table>
      <h2>{s.route ? '需携带的材料' : '佐证材料'}</h2>
      <ul class="materials" data-testid="offline-materials">
        <li>本汇总表；台账中以上年度的佐证文件共 {s.fileCount} 个（打印或复印）</li>
        {s.materials.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p class="foot">由“学时助手”根据本人台账生成，学时按所选规则折算，仅供核认时参考；以人社部门认定为准。</p>
    </section>
  );
}

export function SummaryPage({ sheets, overview = false }: { sheets: OfflineSummary[]; overview?: boolean }) {
  return (
    <>
      <header class="toolbar">
        <h1>{overview ? t('ovTitle') : t('osTitle')}</h1>
        <p>{overview ? t('ovHint') : sheets.length ? t('osCount', { count: sheets.length }) : t('osNone')}</p>
        {sheets.length > 0 && (
          <button type="button" data-testid="offline-print" onClick={() => window.print()}>
            {t('osPrint')}
          </button>
        )}
      </header>
      <main data-testid="offline-sheets">
        {sheets.map((s) => (
          <Sheet key={s.profileId} s={s} />
        ))}
      </main>
    </>
  );
}
