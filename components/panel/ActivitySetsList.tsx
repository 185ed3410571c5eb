// The panel's view of one year's activities against the sets of materials their clauses name (issue 12.3).
import type { ActivityEvidenceStatus } from '../../utils/ledger/evidence-sets';
import { t } from '../../utils/i18n';
import { OtherSets, SetComplete, SetSilent } from '../EvidenceSetParts';

export function ActivitySetsList({ items }: { items: readonly ActivityEvidenceStatus[] }) {
  if (!items.length) return null;
  const complete = items.filter((a) => a.status === 'complete' || a.status === 'covered').length;
  return (
    <div class="xskr-evidence-sets">
      <p class="xskr-muted" data-testid="evidence-sets-summary">
        {t('evSetSummary', { complete, total: items.length })}
      </p>
      <ul>
        {items.map((a) => (
          <li key={a.entryId} data-testid="panel-evidence-set" data-status={a.status} class={a.status === 'incomplete' ? 'xskr-finding' : undefined} data-severity={a.status === 'incomplete' ? 'warning' : undefined}>
            <strong lang="zh-CN">{a.name}</strong>
            {t('evColon')}
            {a.status === 'complete' && <SetComplete status={a} />}
            {a.status === 'incomplete' && (
              <>
                {t('evSetIncomplete')}
                <span lang="zh-CN" data-testid="panel-evidence-missing">
                  {a.missing.join('、')}
                </span>
                <OtherSets status={a} class="xskr-muted" lead=" " />
              </>
            )}
            {a.status === 'covered' && t('evSetCovered')}
            {a.status === 'silent' && <SetSilent status={a} />}
            {a.status === 'unknown' && t('evSetUnknown')}
            {a.citation && (
              <span class="xskr-muted" lang="zh-CN">
                {' '}
                （{a.citation}）
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
