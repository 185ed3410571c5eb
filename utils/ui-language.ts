// The UI language where the ledger cannot be read: the portal content script runs in the portal's origin, without
// the extension's IndexedDB. The popup and the options page copy Settings.uiLanguage into storage.local (the typed
// item uiLanguageItem, utils/shell-items.ts) whenever they load or change it (and the background at start-up), and
// the panel reads it from there and follows its changes, so switching the language in the popup switches an open
// panel at once.
import { showLang, type UiLanguage } from './i18n-shell';
import { uiLanguageItem } from './shell-items';

export const UI_LANGUAGE_KEY = uiLanguageItem.key;

/** Copies the ledger's UI language where the content script can read it. Never throws (storage may be unavailable). */
export async function mirrorUiLanguage(lang: UiLanguage): Promise<void> {
  try {
    if ((await uiLanguageItem.getValue()) !== lang) await uiLanguageItem.setValue(lang);
  } catch {
    // no storage: the panel stays in Chinese
  }
}

/** The UI language as last copied (absent or unreadable = zh-CN, the default). */
export function readUiLanguage(): Promise<UiLanguage> {
  return uiLanguageItem.getValue();
}

/** Calls `onChange` with each new UI language until `signal` aborts. */
export function watchUiLanguage(onChange: (lang: UiLanguage) => void, signal: AbortSignal): void {
  uiLanguageItem.watch(onChange, signal);
}

/** Makes `lang` current in this page and copies it for the portal panel, which cannot read the ledger (see above). */
export function setLang(lang: UiLanguage): void {
  showLang(lang);
  void mirrorUiLanguage(lang);
}
