// The rest of the portal's 申报相关信息 form (民族, 单位性质, 申报大类, 子专业名称, 行政区划名称) for the active person, so the
// panel's 填入申报人信息 fills the whole form. Saved on change like the other profile fields; an empty input clears it.
import type { Profile } from '../../utils/ledger/records';
import { t, type MessageKey } from '../../utils/i18n';
import { TextField } from './text-field';

type Key = 'ethnicity' | 'employerType' | 'category' | 'subSpecialty' | 'region';

/** Field, its label, its longest value (as the schema allows) and the guide's example as placeholder. */
const FIELDS: { key: Key; label: MessageKey; max: number; example: string }[] = [
  { key: 'ethnicity', label: 'pfEthnicity', max: 20, example: '汉族' },
  { key: 'employerType', label: 'pfEmployerType', max: 30, example: '国有企业' },
  { key: 'category', label: 'pfCategory', max: 30, example: '工程' },
  { key: 'subSpecialty', label: 'pfSubSpecialty', max: 50, example: '建筑学' },
  { key: 'region', label: 'pfRegion', max: 50, example: '湖南省省本级' },
];

export function ApplicationFields({ profile, save }: { profile: Profile; save: (patch: Partial<Profile>) => Promise<boolean> }) {
  return (
    <fieldset class="application-fields" data-testid="profile-application-fields">
      <legend>{t('pfHeading')}</legend>
      <p class="hint">{t('pfHint')}</p>
      {FIELDS.map((f) => (
        <label key={f.key}>
          {t(f.label)}
          {/* the value goes to the Chinese portal as typed, and the example is the portal's own word */}
          <TextField
            lang="zh-CN"
            data-testid={`profile-${f.key}`}
            stored={profile[f.key] ?? ''}
            maxLength={f.max}
            placeholder={f.example}
            commit={(v) => save({ [f.key]: v || undefined })}
          />
        </label>
      ))}
    </fieldset>
  );
}
