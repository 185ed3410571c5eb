// 申报期提醒: off by default; turning it on asks for the optional alarms + notifications permissions.
// Its code (utils/reminders.ts reads and writes the ledger's settings through db.ts) loads after the popup's first frame
// (`after`); the switch stays disabled until it has read the setting, as it always did while reading it.
import { useEffect, useState } from 'preact/hooks';
import { tPopup as t } from '../../utils/i18n-popup';

type Reminders = typeof import('../../utils/reminders');
const atOnce = () => Promise.resolve();

export function RemindersToggle({ after = atOnce }: { after?: () => Promise<unknown> }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [reminders, setRemindersModule] = useState<Reminders | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    let shown = true;
    after()
      .then(() => import('../../utils/reminders'))
      .then(async (m) => {
        const enabled = await m.remindersEnabled().catch(() => false);
        if (!shown) return;
        setRemindersModule(m);
        setOn(enabled);
      })
      .catch(() => shown && setOn(false));
    return () => void (shown = false);
  }, [after]);
  const toggle = (wanted: boolean) => {
    if (!reminders) return;
    setNote('');
    // The permission request must start inside the click.
    reminders
      .setReminders(wanted)
      .then((state) => {
        setOn(state);
        if (wanted && !state) setNote(t('remindersDenied'));
      })
      .catch((e) => setNote(t('remindersFailed', { message: e instanceof Error ? e.message : String(e) })));
  };
  return (
    <div class="reminders">
      <label for="reminders-toggle">
        <input id="reminders-toggle" type="checkbox" data-testid="reminders-toggle" checked={on === true} disabled={on === null || !reminders} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
        {t('remindersLabel')}
      </label>
      {note && (
        <p class="error small" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
