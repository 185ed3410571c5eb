import { installMessageHandlers } from '../utils/background-handlers';
import { installReminders } from '../utils/reminders';
import { openLedger } from '../utils/ledger/db';
import { mirrorUiLanguage } from '../utils/ui-language';
import { FEATURES_SCRIPT, injectionTarget, LOAD_FEATURES, type LoadFeaturesAnswer } from '../utils/portal/feature-bundle';

/**
 * The portal content script asks for its features once it recognises a screen (entrypoints/portal.content/shell.ts):
 * inject the features' bundle into that frame only, for our own content script on a portal page only.
 */
async function injectFeatures(sender: Parameters<typeof injectionTarget>[0]): Promise<LoadFeaturesAnswer> {
  const target = injectionTarget(sender, browser.runtime.id);
  if ('refused' in target) return { ok: false, reason: `拒绝：${target.refused}` };
  try {
    await browser.scripting.executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [FEATURES_SCRIPT] });
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `载入学时助手的功能失败：${e instanceof Error ? e.message : String(e)}` };
  }
}

export default defineBackground(() => {
  installMessageHandlers();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_FEATURES) return undefined; // not ours: other listeners answer
    return injectFeatures(sender);
  });
  installReminders();
  // The portal panel reads the UI language from storage.local (it cannot open the ledger): copy it at start-up too, for
  // a language chosen before the copy existed.
  void openLedger()
    .then(async (db) => {
      try {
        await mirrorUiLanguage((await db.getSettings()).uiLanguage ?? 'zh-CN');
      } finally {
        db.close();
      }
    })
    .catch(() => undefined);
});
