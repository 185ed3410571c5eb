// The popup's line per span year on evidence sets (issue 12.3): how many activities have a complete set of materials,
// and for each one that has not, what is still missing.
import type { YearSetsSummary } from '../../utils/ledger/summary';
import { t } from '../../utils/i18n';

export function YearSets({ sets }: { sets: YearSetsSummary | undefined }) {
  if (!sets?.total) return null;
  const open = sets.incomplete;
  return (
    <div class={`span-year__sets ${open.length ? 'warn' : ''}`} data-testid="span-year-sets" data-complete={sets.complete} data-total={sets.total}>
      {t('evSetSummary', { complete: sets.complete, total: sets.total })}
      {open.length > 0 && (
        <ul>
          {open.map((a) => (
            <li key={a.entryId} data-testid="span-year-set-missing" lang="zh-CN" title={a.citation}>
              {a.name}：{t('evSetIncomplete')}
              {a.missing.join('、')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

