// Reminders in Chromium with their permissions granted. Chromium cannot answer the optional-permission prompt
// headless, so the test loads a copy of the build whose manifest grants alarms + notifications up front (the state
// after the user said yes); the code then asks for nothing (reminderPermissionsToAsk) and runs as after a grant.
// The Firefox suite (test/browser-firefox) covers the same with Firefox's real optional-permission grant.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, expectNoExtensionErrors, launchWithExtension, openExtensionPage, type Session } from './harness';
import { seedLedger, SECOND_PERSON } from './seed';
import { fireReminderInFilingWindow } from './reminder-clock';

describe('reminders in Chromium, permissions granted', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xskr-granted-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
    manifest.permissions = [...manifest.permissions, ...manifest.optional_permissions];
    delete manifest.optional_permissions;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    s = await launchWithExtension({ extensionDir: dir });
    await seedLedger(s);
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => expectNoExtensionErrors(s));

  it('turns on in the popup, schedules the daily alarm, and the alarm shows the notification in the filing season', async () => {
    const page = await openExtensionPage(s, 'popup.html');
    await page.getByTestId('profile-select').selectOption({ label: SECOND_PERSON }); // short in 2022
    await expect.poll(() => page.getByTestId('reminders-toggle').isEnabled()).toBe(true);
    await page.getByTestId('reminders-toggle').check();
    const alarm = () => s.worker.evaluate(async () => (await (globalThis as any).chrome.alarms.get('xskr-filing-reminder'))?.periodInMinutes ?? null);
    await expect.poll(alarm).toBe(24 * 60);

    // The service worker's clock is set into the 2025 filing window, then the alarm fires.
    const shown = await s.worker.evaluate(fireReminderInFilingWindow, false);
    expect(Object.keys(shown)).toEqual(['xskr-filing-reminder']);

    await page.getByTestId('reminders-toggle').uncheck();
    await expect.poll(alarm).toBeNull();
    await page.close();
  });
});
