// The reminder's moment, shared by the Chromium and Firefox suites: both set the background's clock into the 2025
// filing window and fire the daily alarm, then read the notification it showed.

/**
 * Runs inside the extension (passed to evaluate, so it must stay self-contained): sets the background's Date to
 * 2025-06-01 09:00, fires the reminder alarm, and returns the notifications shown within 15 s (id → options).
 * `viaBackgroundPage`: Firefox's event page, reached from an extension page; otherwise the Chromium service worker itself.
 */
export async function fireReminderInFilingWindow(viaBackgroundPage: boolean): Promise<Record<string, { title?: string; message?: string }>> {
  const g = globalThis as any;
  const api = viaBackgroundPage ? g.browser : g.chrome;
  const bg = (viaBackgroundPage ? await api.runtime.getBackgroundPage() : globalThis) as typeof globalThis;
  const RealDate = bg.Date;
  const fake = new RealDate(2025, 5, 1, 9).getTime();
  bg.Date = class extends RealDate {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [fake]) as [number]));
    }
    static override now() {
      return fake;
    }
  } as DateConstructor;
  try {
    await api.alarms.create('xskr-filing-reminder', { when: RealDate.now() + 100, periodInMinutes: 24 * 60 });
    for (const end = RealDate.now() + 15_000; RealDate.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      const all = await api.notifications.getAll();
      if (Object.keys(all).length) return all;
    }
    return {};
  } finally {
    bg.Date = RealDate;
  }
}
