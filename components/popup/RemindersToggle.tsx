// 申报期提醒: off by default; turning it on asks for the optional alarms + notifications permissions.
import { useEffect, useState } from 'preact/hooks';
import { remindersEnabled, setReminders } from '../../utils/reminders';
import { t } from '../../utils/i18n';

export function RemindersToggle() {
  const [on, setOn] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    remindersEnabled()
      .then(setOn)
      .catch(() => setOn(false));
  }, []);
  const toggle = (wanted: boolean) => {
    setNote('');
    // The permission request must start inside the click.
    setReminders(wanted)
      .then((state) => {
        setOn(state);
        if (wanted && !state) setNote(t('remindersDenied'));
      })
      .catch((e) => setNote(t('remindersFailed', { message: e instanceof Error ? e.message : String(e) })));
  };
  return (
    <div class="reminders">
      <label for="reminders-toggle">
        <input id="reminders-toggle" type="checkbox" data-testid="reminders-toggle" checked={on === true} disabled={on === null} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
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
