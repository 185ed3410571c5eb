// The popup's line per span year on evidence sets (issue 12.3): how many activities have a complete set of materials,
// and for each one that has not, what is still missing.
import { useEffect, useState } from 'preact/hooks';
import type { YearSetsSummary } from '../../utils/ledger/summary';
import { tPopup as t } from '../../utils/i18n-popup';
import { FIRST_LISTED } from '../../utils/ledger/db-layout';

/** How many activities a year lists at first (a ledger of 2,000 activities with few files lists about 1,000, which took
 * most of the popup's first render). The stored summary holds that many per year (db-layout.ts); the rest come after the
 * checklist is on screen: from the year's whole list, which the popup reads after its first paint (store.ts), or, when
 * `sets` already lists them all, in the next task. The list is aria-busy until it is whole. */
export { FIRST_LISTED };

export function YearSets({ sets }: { sets: YearSetsSummary | undefined }) {
  // A list given whole in the first render waits a task; one that becomes whole later (read after the first paint) is
  // shown at once.
  const [all, setAll] = useState(() => (sets?.incomplete.length ?? 0) <= FIRST_LISTED);
  const more = (sets?.incomplete.length ?? 0) > FIRST_LISTED && !all;
  useEffect(() => {
    if (!more) return;
    const timer = setTimeout(() => setAll(true));
    return () => clearTimeout(timer);
  }, [more]);
  if (!sets?.total) return null;
  const open = more ? sets.incomplete.slice(0, FIRST_LISTED) : sets.incomplete;
  const busy = more || sets.incomplete.length < sets.incompleteCount; // the year's whole list has not been read yet
  const lacks = t('evSetIncomplete');
  return (
    <div class={`span-year__sets ${sets.incompleteCount ? 'warn' : ''}`} aria-busy={busy || undefined} data-testid="span-year-sets" data-complete={sets.complete} data-total={sets.total}>
      {t('evSetSummary', { complete: sets.complete, total: sets.total })}
      {open.length > 0 && (
        <ul>
          {open.map((a) => (
            <li key={a.entryId} data-testid="span-year-set-missing" lang="zh-CN" title={a.citation}>
              {`${a.name}：${lacks}${a.missing.join('、')}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

