// The UI-language selector (中文 / English) shown in the popup and options headers. A native <select>: keyboard usable
// as is. The choice takes effect at once (the uiLang signal) and is saved in the ledger's settings by `onChange`.
import { tPopup as t } from '../../utils/i18n-popup';
import { uiLang, UI_LANGUAGES, type UiLanguage } from '../../utils/i18n-shell';

/** Each language named in its own words (so a reader of either finds it). */
const NAMES: Record<UiLanguage, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSelect({ onChange }: { onChange: (lang: UiLanguage) => void }) {
  return (
    <label class="ui-language" for="ui-language">
      <span class="sr-only">{t('uiLanguage')}</span>
      <select id="ui-language" data-testid="ui-language" value={uiLang.value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as UiLanguage)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
