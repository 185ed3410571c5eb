// The UI language where the ledger cannot be read: the portal content script runs in the portal's origin, without
// the extension's IndexedDB. The popup and the options page copy Settings.uiLanguage into browser.storage.local
// whenever they load or change it (and the background at start-up), and the panel reads it from there and follows
// its changes (storage.onChanged), so switching the language in the popup switches an open panel at once.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { UiLanguage } from './i18n';

export const UI_LANGUAGE_KEY = 'xskr:ui-language';
const StoredLanguage = z.enum(['zh-CN', 'en']);

/** Copies the ledger's UI language where the content script can read it. Never throws (storage may be unavailable). */
export async function mirrorUiLanguage(lang: UiLanguage): Promise<void> {
  try {
    const got = (await browser.storage.local.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY];
    if (got !== lang) await browser.storage.local.set({ [UI_LANGUAGE_KEY]: lang });
  } catch {
    // no storage: the panel stays in Chinese
  }
}

/** The UI language as last copied (absent or unreadable = zh-CN, the default). */
export async function readUiLanguage(): Promise<UiLanguage> {
  try {
    const parsed = StoredLanguage.safeParse((await browser.storage.local.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY]);
    return parsed.success ? parsed.data : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Calls `onChange` with each new UI language until `signal` aborts. */
export function watchUiLanguage(onChange: (lang: UiLanguage) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(UI_LANGUAGE_KEY in changes)) return;
    const parsed = StoredLanguage.safeParse(changes[UI_LANGUAGE_KEY].newValue);
    onChange(parsed.success ? parsed.data : 'zh-CN');
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
