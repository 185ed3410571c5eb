// 申报期提醒: off by default; turning it on asks for the optional alarms + notifications permissions.
import { useEffect, useState } from 'preact/hooks';
import { remindersEnabled, setReminders } from '../../utils/reminders';

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
        if (wanted && !state) setNote('没有获得通知权限，提醒未开启。');
      })
      .catch((e) => setNote(`设置提醒失败：${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <div class="reminders">
      <label for="reminders-toggle">
        <input id="reminders-toggle" type="checkbox" data-testid="reminders-toggle" checked={on === true} disabled={on === null} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
        申报期提醒：申报开始前 30 天起，每天提示哪些年度学时还不够
      </label>
      {note && (
        <p class="error small" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
