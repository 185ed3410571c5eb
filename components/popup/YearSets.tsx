// The popup's line per span year on evidence sets (issue 12.3): how many activities have a complete set of materials,
// and for each one that has not, what is still missing.
import type { ActivityEvidenceStatus } from '../../utils/ledger/evidence-sets';
import { te } from '../../utils/i18n-evidence';

export function YearSets({ items }: { items: readonly ActivityEvidenceStatus[] | undefined }) {
  if (!items?.length) return null;
  const done = items.filter((a) => a.status === 'complete' || a.status === 'covered').length;
  const open = items.filter((a) => a.status === 'incomplete');
  return (
    <div class={`span-year__sets ${open.length ? 'warn' : ''}`} data-testid="span-year-sets" data-complete={done} data-total={items.length}>
      {te('evSetSummary', { complete: done, total: items.length })}
      {open.length > 0 && (
        <ul>
          {open.map((a) => (
            <li key={a.entryId} data-testid="span-year-set-missing" lang="zh-CN" title={a.citation}>
              {a.name}：{te('evSetIncomplete')}
              {a.missing.join('、')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

