// The quick calculator (学时计算器): pick a kind and its few fields; see the hours under every rule set with the
// clause; add it to the active person's ledger with one click.
import { useMemo, useState } from 'preact/hooks';
import type { ActivityKind } from '../../rules/schema';
import { t, tSplit } from '../../utils/i18n';
import { uiLang } from '../../utils/i18n-shell';
import { Zh } from './ChecklistView';
import { KIND_ORDER, type KindField } from '../../rules/kinds';
import { fieldLabel, kindLabel } from '../../utils/i18n-kinds';
import { KindFieldControl } from '../KindFieldControl';
import { calcFields, compareAcrossPolicies, defaultName, defaultValues, toActivity, type FieldValues } from './calculator';
import { ColumnHeads } from '../ColumnHeads';

export interface CalculatorProps {
  /** Adds the activity to the active profile; absent when there is no profile. Resolves with the entry's name. */
  onAdd?: (activity: import('../../rules/schema').Activity, name: string) => Promise<string>;
  activeName?: string;
  now?: Date;
}

function Field({ f, value, onChange }: { f: KindField; value: string; onChange: (v: string) => void }) {
  const id = `calc-${f.key}`;
  const control = <KindFieldControl field={f} value={value} onChange={onChange} attrs={{ id, 'data-testid': id }} />;
  return f.type === 'bool' ? (
    <label class="field field--check" for={id} data-kind-field={f.key}>
      {control}
      {fieldLabel(f)}
    </label>
  ) : (
    <label class="field" for={id} data-kind-field={f.key}>
      <span>{fieldLabel(f)}</span>
      {control}
    </label>
  );
}

export function CalculatorView({ onAdd, activeName, now = new Date() }: CalculatorProps) {
  const [kind, setKind] = useState<ActivityKind>('training');
  const [values, setValues] = useState<FieldValues>(() => defaultValues('training', now));
  const [name, setName] = useState('');
  const [added, setAdded] = useState<{ ok: boolean; text: string } | null>(null);
  const lang = uiLang.value;
  const parsed = useMemo(() => toActivity(kind, values, lang), [kind, values, lang]);
  const results = useMemo(() => ('activity' in parsed ? compareAcrossPolicies(parsed.activity, lang) : []), [parsed, lang]);

  const chooseKind = (k: ActivityKind) => {
    setKind(k);
    setValues(defaultValues(k, now));
    setAdded(null);
  };
  const add = async () => {
    if (!onAdd || !('activity' in parsed)) return;
    try {
      const entryName = await onAdd(parsed.activity, name.trim() || defaultName(kind, parsed.activity));
      setAdded({ ok: true, text: activeName ? t('calcAdded', { name: activeName, entry: entryName }) : t('calcAddedPlain', { entry: entryName }) });
      setName('');
    } catch (e) {
      setAdded({ ok: false, text: t('calcNotAdded', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  // "加入 王强 的台账" / "Add to 王强's ledger": the name is data, quoted as it is.
  const [addBefore, addAfter] = activeName ? tSplit('calcAdd', 'name') : [t('calcAddPlain'), ''];
  return (
    <section class="calculator" aria-label={t('tabCalculator')}>
      <label class="field" for="calc-kind">
        <span>{t('calcKind')}</span>
        <select id="calc-kind" data-testid="calc-kind" value={kind} onChange={(e) => chooseKind((e.currentTarget as HTMLSelectElement).value as ActivityKind)}>
          {KIND_ORDER.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <div class="fields">
        {calcFields(kind).map((f) => (
          <Field key={`${kind}-${f.key}`} f={f} value={values[f.key] ?? ''} onChange={(v) => setValues({ ...values, [f.key]: v })} />
        ))}
      </div>
      {'error' in parsed ? (
        <p class="error" role="alert" data-testid="calc-error">
          {parsed.error}
        </p>
      ) : (
        <table class="results" data-testid="calc-results">
          <caption class="sr-only">{t('calcResultsCaption')}</caption>
          <ColumnHeads heads={[t('calcPolicy'), t('calcHours'), t('calcBasis')]} />
          <tbody>
            {results.map((r) => (
              <tr key={r.policyId} data-testid="calc-result" data-policy={r.policyId} data-hours={r.total}>
                <th scope="row" lang="zh-CN">
                  {r.policyName}
                </th>
                <td>
                  <strong data-testid="calc-hours">{r.total}</strong>
                  <div class="small">{r.breakdown}</div>
                </td>
                <td class="small">
                  <span data-testid="calc-citation" lang="zh-CN">
                    {r.citation}
                  </span>
                  {r.note && (
                    <div class="note" data-testid="calc-note" lang="zh-CN">
                      {r.note}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onAdd && (
        <div class="add">
          <label class="field" for="calc-name">
            <span>{t('calcName')}</span>
            <input id="calc-name" data-testid="calc-name" lang="zh-CN" value={name} placeholder={'activity' in parsed ? defaultName(kind, parsed.activity) : ''} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="button" data-testid="calc-add" disabled={!('activity' in parsed)} onClick={() => void add()}>
            {addBefore}
            {activeName && <Zh>{activeName}</Zh>}
            {addAfter}
          </button>
          {added && (
            <p class={added.ok ? 'ok' : 'error'} role="status" data-testid="calc-added">
              {added.text}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
