// Evidence sets in the ledger (issue 12.3): per activity, which set of materials its files complete and what is still
// missing; per file, what it is (guessed from its name until the user picks). And the person's 申报材料 (学历信息,
// 委托审批函) that variant B's upload dialog requires (12.6).
import { useComputed } from '@preact/signals';
import { MaterialTag, type MaterialTag as Tag } from '../../rules/materials';
import { EVIDENCE_ACCEPT, evidenceFromFile } from '../../utils/ledger/evidence-files';
import { activityEvidence, fileMaterials, type ActivityEvidenceStatus } from '../../utils/ledger/evidence-sets';
import type { Entry, Evidence } from '../../utils/ledger/records';
import { materialLabel } from '../../utils/i18n-evidence';
import { t } from '../../utils/i18n';
import { useLedgerState } from './state';
import { OtherSets, SetComplete, SetSilent } from '../EvidenceSetParts';

/** Saves what a file is (the user's choice replaces the guess). */
function useSetMaterials() {
  const s = useLedgerState();
  return (file: Evidence, tags: Tag[]) =>
    s.guard(
      async () => {
        const saved = await s.ledger.putEvidence({ ...file, materials: tags });
        s.evidence.value = s.evidence.value.map((f) => (f.id === saved.id ? saved : f));
      },
      t('evMaterialSaved', { name: file.name, what: tags.length ? tags.map((tag) => materialLabel(tag)).join('、') : t('evMaterialNone') }),
    );
}

/** A select: what this file is. The options are every material; a multi-material guess (封面及目录) is one option. */
export function MaterialSelect({ file, current, only }: { file: Evidence; current?: { tags: Tag[]; guessed: boolean }; only?: readonly Tag[] }) {
  const setMaterials = useSetMaterials();
  const { tags, guessed } = current ?? fileMaterials(file);
  const value = tags.join('+');
  const choices = (only ?? MaterialTag.options).filter((tag) => tag !== 'recognition-form');
  return (
    <span class="material-pick">
      <select
        data-testid="evidence-material"
        data-file={file.name}
        data-guessed={guessed ? 'true' : 'false'}
        aria-label={t('evMaterialLabel', { name: file.name })}
        value={value}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          void setMaterials(file, v ? (v.split('+') as Tag[]) : []);
        }}
      >
        <option value="">{t('evMaterialNone')}</option>
        {tags.length > 1 && <option value={value}>{tags.map((tag) => materialLabel(tag)).join(' + ')}</option>}
        {choices.map((tag) => (
          <option key={tag} value={tag}>
            {materialLabel(tag)}
          </option>
        ))}
      </select>
      {guessed && tags.length > 0 && <span class="sub">{t('evMaterialGuessed')}</span>}
    </span>
  );
}

/** “材料齐全 / 还缺：…” for one activity, with the clause. */
export function EvidenceSetLine({ status }: { status: ActivityEvidenceStatus }) {
  const st = status;
  return (
    <div class={`evidence-set evidence-set--${st.status}`} data-testid="evidence-set" data-status={st.status} data-entry-id={st.entryId}>
      {st.status === 'complete' && (
        <span>
          <SetComplete status={st} />
        </span>
      )}
      {st.status === 'incomplete' && (
        <span>
          {t('evSetIncomplete')}
          <strong lang="zh-CN" data-testid="evidence-set-missing">
            {st.missing.join('、')}
          </strong>
          {st.have.length > 0 && (
            <span class="sub">
              {t('evSetHave')}
              <span lang="zh-CN">{st.have.map((h) => `${h.text}（${h.files.join('、')}）`).join('；')}</span>
            </span>
          )}
          <OtherSets status={st} class="sub" />
        </span>
      )}
      {st.status === 'covered' && <span>{t('evSetCovered')}</span>}
      {st.status === 'silent' && (
        <span>
          <SetSilent status={st} />
        </span>
      )}
      {st.status === 'unknown' && <span>{t('evSetUnknown')}</span>}
      {st.citation && (
        <span class="citation" lang="zh-CN">
          {st.label ? `${st.label} · ` : ''}
          {st.citation}
        </span>
      )}
    </div>
  );
}

/** The evidence status of one entry under the active person's rule set (null before the person is loaded). */
export function useActivityEvidence(entry: Entry) {
  const s = useLedgerState();
  return useComputed(() => (s.active.value ? activityEvidence(s.active.value, entry, s.evidence.value) : null));
}

const PERSONAL: readonly Tag[] = ['education', 'entrustment'];

/** The person's 学历信息 / 委托审批函 files: not tied to a year, put into variant B's required slots by the panel. */
export function PersonalDocuments() {
  const s = useLedgerState();
  const profile = s.active.value;
  const files = s.evidence.value.filter((ev) => ev.kind === 'activity' && !ev.entryId && fileMaterials(ev).tags.some((tag) => PERSONAL.includes(tag)));
  async function add(list: FileList | null) {
    if (!list?.length || !profile) return;
    for (const file of Array.from(list)) {
      await s.guard(async () => {
        const ev = await evidenceFromFile(file, { profileId: profile.id, years: [] });
        const guess = fileMaterials(ev).tags.filter((tag) => PERSONAL.includes(tag));
        await s.addEvidence({ ...ev, materials: guess.length ? guess : ['education'] });
      }, t('evPersonalAdded', { name: file.name }));
    }
  }
  return (
    <div class="personal-documents" data-testid="personal-documents">
      <h3>{t('evPersonalHeading')}</h3>
      <p class="hint">{t('evPersonalHint')}</p>
      {files.length ? (
        <ul class="files">
          {files.map((f) => (
            <li key={f.id}>
              {f.name} <MaterialSelect file={f} only={PERSONAL} />
              <button type="button" class="link" aria-label={t('evPersonalRemove', { what: materialLabel(fileMaterials(f).tags[0] ?? 'education'), name: f.name })} onClick={() => s.guard(() => s.deleteEvidence(f.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('evPersonalNone')}</p>
      )}
      <label class="file-button small">
        {t('evPersonalAdd')}
        <input
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          data-testid="personal-evidence"
          onChange={(e) => add((e.currentTarget as HTMLInputElement).files).then(() => ((e.target as HTMLInputElement).value = ''))}
        />
      </label>
    </div>
  );
}
