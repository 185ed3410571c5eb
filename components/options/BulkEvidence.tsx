import { useSignal } from '@preact/signals';
import { EVIDENCE_ACCEPT, evidenceFromFile, matchEvidenceFiles } from '../../utils/ledger/evidence-files';
import { useLedgerState } from './state';
import { t } from '../../utils/i18n';
import { FileDrop } from './FileDrop';

/** Many files at once: each goes to the activity whose 佐证材料 lists its name (as imported from a spreadsheet). */
export function BulkEvidence() {
  const s = useLedgerState();
  const result = useSignal<{ attached: string[]; unmatched: string[]; refused: string[] } | undefined>(undefined);

  async function attach(list: ArrayLike<File> | null | undefined) {
    const profile = s.active.value;
    if (!list?.length || !profile) return;
    const files = Array.from(list);
    const matches = matchEvidenceFiles(s.entries.value, files.map((f) => f.name));
    const attached: string[] = [];
    const unmatched: string[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const hits = matches.get(file.name);
      if (!hits) {
        unmatched.push(file.name);
        continue;
      }
      const years = [...new Set(hits.map((e) => e.year))].sort((a, b) => a - b);
      const ok = await s.guard(async () => s.addEvidence(await evidenceFromFile(file, { profileId: profile.id, entryId: hits[0].id, years })));
      (ok ? attached : refused).push(file.name);
    }
    result.value = { attached, unmatched, refused };
  }

  const r = result.value;
  return (
    <FileDrop class="bulk-evidence" overClass="drop-target" onFiles={(files) => void attach(files)}>
      <label class="file-button">
        {t('bulkEvidence')}
        <input type="file" multiple accept={EVIDENCE_ACCEPT} data-testid="bulk-evidence" onChange={(e) => attach((e.currentTarget as HTMLInputElement).files).then(() => ((e.target as HTMLInputElement).value = ''))} />
      </label>
      <span class="hint">{t('bulkEvidenceHint')}</span>
      {r && (
        <p role="status" data-testid="bulk-evidence-result">
          {t('bulkAttached', { count: r.attached.length })}
          {r.unmatched.length > 0 && t('bulkUnmatched', { count: r.unmatched.length, names: r.unmatched.join(t('listSeparator')) })}
          {r.refused.length > 0 && t('bulkRefused', { count: r.refused.length, names: r.refused.join(t('listSeparator')) })}
          {t('fullStop')}
        </p>
      )}
    </FileDrop>
  );
}
