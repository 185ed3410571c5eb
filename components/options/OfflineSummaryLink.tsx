// For a person whose check is offline (株洲 中级 《合格证明》, 湘潭 2022), a link to the printable one-page summary.
import { offlineRoute } from '../../rules/offline';
import type { Profile } from '../../utils/ledger/records';
import { t } from '../../utils/i18n';
import { Slots } from './text-slots';

export function OfflineSummaryLink({ profile }: { profile: Profile }) {
  const route = offlineRoute(profile.policyId, profile.titleLevel);
  if (!route) return null;
  return (
    <p class="hint offline-route" data-testid="offline-route">
      {/* the document names and the clause are the official texts' words */}
      <Slots text={t('osRoute')} slots={{ issues: <span lang="zh-CN">{route.issues}</span>, citation: <span lang="zh-CN">{route.citation}</span> }} />{' '}
      <a href={`summary.html#profile=${encodeURIComponent(profile.id)}`} target="_blank" rel="noopener" data-testid="offline-summary-link">
        {t('osLink')}
      </a>
    </p>
  );
}
