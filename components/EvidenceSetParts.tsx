// The wording of one activity's evidence sets, shared by the options page's entry rows (EvidenceSetLine) and the portal
// panel's list (ActivitySetsList); each wraps the parts in its own elements and classes.
import type { ActivityEvidenceStatus } from '../utils/ledger/evidence-sets';
import { t } from '../utils/i18n';

/** 材料齐全（A + B …）: the set the files complete. */
export function SetComplete({ status }: { status: ActivityEvidenceStatus }) {
  return (
    <>
      {t('evSetComplete')}
      <span lang="zh-CN">（{status.have.map((h) => h.text).join(' + ')}）</span>
    </>
  );
}

/** The other sets the clause accepts, when it offers more than one (the nearest is shown as missing …). */
export function OtherSets({ status, class: cls, lead }: { status: ActivityEvidenceStatus; class: string; lead?: string }) {
  if (status.sets.length <= 1) return null;
  return (
    <span class={cls}>
      {lead}
      {t('evSetOther')}
      <span lang="zh-CN">{status.sets.filter((_, i) => i !== status.best).join('；')}</span>
    </span>
  );
}

/** The text names no material: its note. */
export function SetSilent({ status }: { status: ActivityEvidenceStatus }) {
  return (
    <>
      {t('evSetSilent')}
      <span lang="zh-CN">{status.note}</span>
    </>
  );
}
