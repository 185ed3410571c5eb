// Filing-window reminders (off by default; the optional permissions are asked when the user turns them on in the
// popup). Once a day, before and during the filing window, the background tells the user which years of the active
// person's span are still short. Permissions per browser (wxt.config.ts, REMINDER_PERMISSIONS): Chrome declares
// `alarms` and `notifications` optional; Firefox refuses `alarms` as optional, so its manifest requires `alarms` (no
// install prompt in Firefox) and only `notifications` is asked for. The code asks for what the manifest declares
// optional, so one code path serves both.
import { browser } from 'wxt/browser';
import { buildChecklist, type Checklist } from './ledger/checklist';
import { openLedger, type Ledger } from './ledger/db';
import { t } from './i18n';
import { monthName, type UiLanguage } from './i18n-shell';
import { profileSpan } from './ledger/hours';
import { coveredMap } from './ledger/summary';

export const REMINDER_ALARM = 'xskr-filing-reminder';
/** The permissions reminders need, whether the manifest requires them or declares them optional. */
export const REMINDER_PERMISSIONS = ['alarms', 'notifications'] as const;
export type ReminderPermission = (typeof REMINDER_PERMISSIONS)[number];

/**
 * The reminder permissions this build declares optional, to be requested when the user turns reminders on: alarms and
 * notifications in Chrome, notifications in Firefox (whose manifest requires alarms). Synchronous, so the request can
 * still start inside the click (Firefox grants optional permissions only while handling user input).
 */
export function reminderPermissionsToAsk(manifest: { optional_permissions?: readonly string[] } = browser.runtime.getManifest()): ReminderPermission[] {
  const optional = new Set<string>(manifest.optional_permissions ?? []);
  return REMINDER_PERMISSIONS.filter((p) => optional.has(p));
}

/** How long before the window opens the reminders start. */
export const REMIND_DAYS_BEFORE = 30;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The notification for a checklist on a given day, or null when there is nothing to say. Pure. `lang` is the UI
 * language (Settings.uiLanguage); the checklist's own lines must be built in the same language.
 */
export function reminderFor(checklist: Checklist, now: Date, lang: UiLanguage = 'zh-CN'): { title: string; message: string } | null {
  const w = checklist.filingWindow;
  if (!w || checklist.span.years === null) return null;
  if (now.getTime() < w.from.getTime() - REMIND_DAYS_BEFORE * DAY || now > w.to) return null;
  const short = checklist.years.filter((y) => y.status !== 'ok' && y.status !== 'covered');
  if (short.length === 0) return null;
  const date = (d: Date) => t('monthDay', { m: d.getMonth() + 1, month: monthName(d.getMonth() + 1), d: d.getDate() }, lang);
  const when =
    now < w.from
      ? t('reminderBefore', { reviewYear: checklist.reviewYear, date: date(w.from) }, lang)
      : t('reminderDuring', { reviewYear: checklist.reviewYear, date: date(w.to) }, lang);
  const lines = short.map((y) => (y.status === 'missing' ? t('reminderNoHours', { year: y.year }, lang) : y.needs.join(t('reminderNeedsSeparator', undefined, lang))));
  return {
    title: t('reminderTitle', { name: checklist.name, count: short.length }, lang),
    message: t('reminderMessage', { when, lines: lines.join(t('reminderLineSeparator', undefined, lang)) }, lang),
  };
}

/** Reads the ledger and shows the reminder when one is due. Returns what was shown (for tests and logs). */
export async function remindNow(now = new Date(), open: () => Promise<Ledger> = () => openLedger()): Promise<{ title: string; message: string } | null> {
  const db = await open();
  try {
    const settings = await db.getSettings();
    if (!settings.remindersEnabled) return null;
    const profile = await db.getActiveProfile();
    if (!profile) return null;
    // the ledger's summary of the person, as the popup reads it (the same checklist, never a second computation)
    const summary = await db.getSummary(profile);
    // the notification speaks the UI language, like the popup; years proved by an earlier 学时认定单 need nothing
    const lang = settings.uiLanguage ?? 'zh-CN';
    const checklist = buildChecklist(profile, summary.rows, profileSpan(profile), now, lang, coveredMap(summary));
    const note = reminderFor(checklist, now, lang);
    if (note && browser.notifications) {
      await browser.notifications.create(REMINDER_ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: note.title,
        message: note.message,
      });
    }
    return note;
  } finally {
    db.close();
  }
}

async function scheduleAlarm(): Promise<void> {
  if (!browser.alarms) return;
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (!existing) await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

let listening = false;
function listen(): void {
  // The optional APIs exist only once their permission was granted.
  if (listening || !browser.alarms || !browser.notifications) return;
  listening = true;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void remindNow().catch((e) => console.warn('[学时助手] 提醒失败', e));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === REMINDER_ALARM) void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  });
}

/** Background: listen for the daily alarm (now, or as soon as the optional permissions are granted). */
export function installReminders(): void {
  listen();
  browser.permissions?.onAdded?.addListener(() => listen());
}

/**
 * Popup: turn the reminders on (asks for the optional permissions; must run inside the click) or off.
 * Resolves with the state actually in force.
 */
export async function setReminders(enabled: boolean, open: () => Promise<Ledger> = () => openLedger()): Promise<boolean> {
  if (enabled) {
    const ask = reminderPermissionsToAsk();
    if (ask.length > 0 && !(await browser.permissions.request({ permissions: ask }))) return false;
  }
  const db = await open();
  try {
    await db.updateSettings((settings) => ({ ...settings, remindersEnabled: enabled }));
  } finally {
    db.close();
  }
  if (enabled) await scheduleAlarm();
  else if (browser.alarms) await browser.alarms.clear(REMINDER_ALARM);
  return enabled;
}

export async function remindersEnabled(open: () => Promise<Ledger> = () => openLedger()): Promise<boolean> {
  const db = await open();
  try {
    return (await db.getSettings()).remindersEnabled;
  } finally {
    db.close();
  }
}
