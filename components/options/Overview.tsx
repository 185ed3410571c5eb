import { useSignal } from '@preact/signals';
import { t, titleLevelLabel, type MessageKey } from '../../utils/i18n';
import { coveredYears, profileFindings, profileSpan, profileYearRows, yearStatuses, type YearStatus } from '../../utils/ledger/hours';
import { useLedgerState } from './state';
import { ColumnHeads } from '../ColumnHeads';

interface PersonLine {
  id: string;
  name: string;
  employer: string;
  title: string;
  count: number;
  years: { year: number; status: YearStatus }[];
}

const STATUS_KEY: Record<YearStatus, MessageKey> = { ok: 'met', short: 'short', missing: 'noRecord', covered: 'statusCovered' };

/** For HR keeping a whole unit: every person's years at a glance (loaded when opened). */
export function Overview() {
  const s = useLedgerState();
  const lines = useSignal<PersonLine[] | undefined>(undefined);
  const open = useSignal(false);

  async function load() {
    const out: PersonLine[] = [];
    for (const p of await s.ledger.listProfiles()) {
      const [entries, evidence] = await Promise.all([s.ledger.listEntries(p.id), s.ledger.listEvidence(p.id)]);
      const rows = profileYearRows(p, entries, evidence);
      const span = profileSpan(p);
      out.push({
        id: p.id,
        name: p.name,
        employer: p.employer ?? '',
        title: titleLevelLabel(p.titleLevel),
        count: entries.length,
        years: yearStatuses(rows, profileFindings(p, rows, evidence), span, coveredYears(p, evidence)).filter((y) => !span.years || span.years.includes(y.year)),
      });
    }
    lines.value = out;
  }

  if (s.profiles.value.length < 2) return null;
  return (
    <details
      class="card overview"
      open={open.value}
      onToggle={(e) => {
        open.value = (e.currentTarget as HTMLDetailsElement).open;
        if (open.value) void s.guard(load);
      }}
    >
      <summary>
        <h2>{t('overviewTitle', { count: s.profiles.value.length })}</h2>
      </summary>
      {!lines.value ? (
        <p role="status">{t('summarising')}</p>
      ) : (
        <table data-testid="overview-table">
          <ColumnHeads heads={[t('name'), t('colEmployer'), t('colTitle'), t('activities'), t('colSpanYears')]} />
          <tbody>
            {lines.value.map((l) => (
              <tr key={l.id} data-profile-id={l.id}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => s.guard(() => s.selectProfile(l.id))}>
                    {l.name}
                  </button>
                </th>
                <td>{l.employer}</td>
                <td>{l.title}</td>
                <td>{l.count}</td>
                <td>
                  {l.years.map((y) => (
                    <span key={y.year} class={`chip ${y.status}`} data-year={y.year} data-status={y.status} title={t(STATUS_KEY[y.status])}>
                      {y.year} {t(STATUS_KEY[y.status])}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
