// The control of one catalogue field (rules/kinds.ts) — a select, a checkbox, a month or a number input — for the
// options page's activity form and certificate reader and the popup's calculator. Each wraps it in its own label.
import type { JSX } from 'preact';
import type { KindField } from '../rules/kinds';
import { kindText } from '../utils/i18n-kinds';

export interface KindFieldControlProps {
  field: KindField;
  /** As typed; a checkbox is 'true' or anything else. */
  value: string;
  onChange: (value: string) => void;
  /** An empty first option of a select ("请选择"); without it the select starts at its first option. */
  choose?: string;
  /** id, data-testid, data-field, aria-* … put on the control itself. */
  attrs?: Record<string, string | undefined>;
}

const val = (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => e.currentTarget.value;

export function KindFieldControl({ field: f, value, onChange, choose, attrs }: KindFieldControlProps) {
  if (f.type === 'select') {
    return (
      <select {...attrs} value={value} onChange={(e) => onChange(val(e))}>
        {choose !== undefined && <option value="">{choose}</option>}
        {f.options.map(([v, label]) => (
          <option key={v} value={v}>
            {kindText(label)}
          </option>
        ))}
      </select>
    );
  }
  if (f.type === 'bool') return <input {...attrs} type="checkbox" checked={value === 'true'} onChange={(e) => onChange(String(e.currentTarget.checked))} />;
  return (
    <input
      {...attrs}
      type={f.type === 'month' ? 'month' : 'number'}
      inputMode={f.type === 'month' ? undefined : f.type === 'int' ? 'numeric' : 'decimal'}
      min={f.type === 'int' ? f.min : f.type === 'number' ? 0 : undefined}
      step={f.type === 'int' ? 1 : f.type === 'number' ? 'any' : undefined}
      value={value}
      onInput={(e) => onChange(val(e))}
    />
  );
}
