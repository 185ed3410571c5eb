// Findings grouped per year, each group with its count and open by default (every `finding` stays reachable);
// codes that are a to-do at this step (years not entered yet, before the step where years are added) are listed
// calmly as a to-do, not as errors.
import type { Finding } from '../../rules/schema';
import { t } from '../../utils/i18n';

type Code = Finding['code'];

export function FindingGroups({ findings, text, todoCodes = new Set<Code>() }: { findings: Finding[]; text: (f: Finding) => string; todoCodes?: ReadonlySet<Code> }) {
  const todo = findings.filter((f) => todoCodes.has(f.code));
  const rest = findings.filter((f) => !todoCodes.has(f.code));
  const byYear = new Map<number | null, Finding[]>();
  for (const f of rest) byYear.set(f.year ?? null, [...(byYear.get(f.year ?? null) ?? []), f]);
  const groups = [...byYear.entries()].sort(([a], [b]) => (a ?? 0) - (b ?? 0));
  const item = (f: Finding, i: number, asTodo = false) => (
    <li key={`${f.code}-${f.year ?? ''}-${i}`} class={`xskr-finding${asTodo ? ' xskr-todo' : ''}`} data-testid="finding" data-code={f.code} data-year={f.year ?? ''} data-severity={asTodo ? 'todo' : f.severity} title={f.citation}>
      {asTodo && f.year !== undefined ? t('findingsYear', { year: f.year }) : text(f)}
    </li>
  );
  return (
    <div class="xskr-groups">
      {todo.length ? (
        <details open class="xskr-group xskr-group-todo" data-testid="finding-group" data-kind="todo">
          <summary>
            {t('findingsTodo')} <span class="xskr-count">{t('findingsCount', { count: todo.length })}</span>
            <span class="xskr-muted">{t('findingsTodoLater')}</span>
          </summary>
          <ul class="xskr-todo-list">{todo.map((f, i) => item(f, i, true))}</ul>
        </details>
      ) : null}
      {groups.map(([year, list]) => {
        const errors = list.filter((f) => f.severity === 'error').length;
        return (
          <details open key={year ?? 'all'} class="xskr-group" data-testid="finding-group" data-year={year ?? ''} data-errors={errors}>
            <summary>
              {year === null ? t('findingsGeneral') : t('findingsYear', { year })} <span class={`xskr-count${errors ? ' xskr-count-error' : ''}`}>{t('findingsCount', { count: list.length })}</span>
            </summary>
            <ul>{list.map((f, i) => item(f, i))}</ul>
          </details>
        );
      })}
    </div>
  );
}
