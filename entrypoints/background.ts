import { installMessageHandlers } from '../utils/background-handlers';
import { installReminders } from '../utils/reminders';
import { openLedger } from '../utils/ledger/db';
import { mirrorUiLanguage } from '../utils/ui-language';

export default defineBackground(() => {
  installMessageHandlers();
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
