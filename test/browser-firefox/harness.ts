// Firefox browser-test harness: Debian firefox-esr driven by puppeteer-core over WebDriver BiDi, the built
// firefox-mv3 extension installed as a temporary add-on, the portal replica served at the real portal address by
// request interception (the same files test/browser/harness.ts serves to Chromium).
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOG_PREFIX, PORTAL_BASE, PORTAL_ORIGIN, replicaResponse, ROOT, UNRELATED_ORIGIN, UNRELATED_PAGE } from '../browser/harness';
import { findFirefox } from './firefox';

export { LOG_PREFIX, PORTAL_BASE, PORTAL_ORIGIN, ROOT };
export const EXTENSION_DIR = join(ROOT, process.env.XSKR_OUT_DIR || '.output', 'firefox-mv3');
/** The moz-extension host, fixed through the `extensions.webextensions.uuids` pref so extension pages have known URLs. */
export const EXTENSION_UUID = '5b0e6a4c-58e1-4d8f-9a51-7a1f0c2d3e4f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** One line Firefox wrote to stdout/stderr that is an error of the extension (see extensionErrorLine). */
export interface FirefoxError {
  line: string;
}

export interface FxSession {
  browser: Browser;
  geckoId: string;
  /** Errors of the extension read from Firefox's output, not yet checked by expectNoExtensionErrors. */
  extensionErrors: FirefoxError[];
  /** Every line Firefox wrote (for diagnostics when a test fails). */
  output: string[];
  close(): Promise<void>;
}

/**
 * Whether a line of Firefox's stdout/stderr is an error of the extension. With `devtools.console.stdout.*` on, Firefox
 * echoes console calls as `console.error: …` (our content script's messages start with `[学时助手]`) and uncaught
 * errors as `JavaScript error: moz-extension://…, line N: …`. Messages of the replica page itself are not ours.
 */
export function extensionErrorLine(rawLine: string): boolean {
  const line = unescapeConsole(rawLine);
  if (/^JavaScript error: moz-extension:\/\//.test(line)) return true;
  if (/^console\.error: /.test(line)) return line.includes(LOG_PREFIX) || line.includes('moz-extension://');
  return false;
}

/** Firefox writes console strings JSON-like, non-ASCII as \uXXXX (`[\u5B66\u65F6\u52A9\u624B]`): decode them. */
export function unescapeConsole(line: string): string {
  return line.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Fails when the extension logged an error since the last check (then forgets them). Call it in afterEach. */
export function expectNoExtensionErrors(session: FxSession): void {
  const errors = session.extensionErrors.splice(0);
  if (errors.length) throw new Error(`学时助手 logged ${errors.length} error(s) in Firefox:\n${errors.map((e) => `  ${e.line}`).join('\n')}`);
}

/** Launches Firefox ESR headless with the built firefox-mv3 extension (run the Firefox build first). */
export async function launchFirefox({ extensionDir = EXTENSION_DIR, headless = true } = {}): Promise<FxSession> {
  extensionDir = resolve(extensionDir); // webExtension.install wants an absolute path
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`没有找到构建好的 Firefox 扩展 ${extensionDir}：请先运行 npm run build`);
  const geckoId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    protocol: 'webDriverBiDi',
    // Lets BiDi navigate to moz-extension:// pages (options, popup).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1366, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Console calls and uncaught errors of every page (extension pages included) go to Firefox's stdout/stderr:
      // BiDi's log events do not reach us from moz-extension pages.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
      'intl.accept_languages': 'zh-CN, zh',
      // permissions.request of an optional permission is granted without the doorhanger a headless browser cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      // Notifications through Firefox's own alert service: headless, there is no desktop notification daemon (libnotify).
      'alerts.useSystemBackend': false,
      // Nothing leaves the machine: whatever is not answered by interception goes to a closed local port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
    },
  });
  const session: FxSession = {
    browser,
    geckoId,
    extensionErrors: [],
    output: [],
    async close() {
      await browser.close().catch(() => undefined);
      expectNoExtensionErrors(session);
    },
  };
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        session.output.push(line);
        if (session.output.length > 2000) session.output.splice(0, 1000);
        if (process.env.XSKR_FIREFOX_LOG) console.log('[firefox]', line);
        if (extensionErrorLine(line)) session.extensionErrors.push({ line: unescapeConsole(line) });
      }
    });
  }
  const id = await browser.installExtension(extensionDir);
  if (id !== geckoId) throw new Error(`installed ${id}, expected ${geckoId}`);
  return session;
}

/** Answers a request from the replica (portal host), an unrelated page (example.org), or aborts it. */
async function answer(request: HTTPRequest): Promise<void> {
  const url = new URL(request.url());
  if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return request.continue();
  if (url.origin === UNRELATED_ORIGIN) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: UNRELATED_PAGE });
  if (url.origin !== PORTAL_ORIGIN) return request.abort();
  return request.respond(replicaResponse(url.pathname));
}

/** A new tab whose requests are answered by the replica (or aborted). */
export async function newInterceptedPage(session: FxSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    void answer(request).catch(() => undefined); // a request of a page closing meanwhile
  });
  return page;
}

/** Opens a replica screen at the real portal address, e.g. openPortal(s, 'index.html#/xskr/apply'). */
export async function openPortal(session: FxSession, pathAndHash = 'index.html#/xskr/apply'): Promise<Page> {
  const page = await newInterceptedPage(session);
  await page.goto(PORTAL_BASE + pathAndHash);
  await page.waitForFunction(() => (window as unknown as { __replica?: { ready?: boolean } }).__replica?.ready === true, { timeout: 15_000 });
  return page;
}

/**
 * Opens an extension page (moz-extension://UUID/name) in a tab. Over BiDi, goto of a moz-extension URL loads the page
 * but its promise never settles: navigate without awaiting, then poll the document.
 */
export async function openExtensionPage(session: FxSession, name: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${name}`;
  page.goto(url).catch(() => undefined);
  await waitFor(page, (u) => location.href === u && document.readyState === 'complete', url, 15_000);
  return page;
}

/** Reloads an extension page (same goto caveat as openExtensionPage). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __xskrOld?: boolean }).__xskrOld = true;
    location.reload();
  });
  await waitFor(page, () => !(window as unknown as { __xskrOld?: boolean }).__xskrOld && document.readyState === 'complete', undefined, 15_000);
}

/** Polls `fn` in the page until it returns true (an evaluate that throws, e.g. during a navigation, counts as false). */
export async function waitFor<A extends string | undefined>(page: Page, fn: (arg: A) => boolean, arg: A, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ok = await page.evaluate(fn as (arg: string | undefined) => boolean, arg).catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeout} ms: ${fn.toString().slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls `get` until `check` passes (like expect.poll, with the last value in the error). */
export async function poll<T>(get: () => Promise<T>, check: (value: T) => boolean, { timeout = 10_000, what = 'value' } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await get();
      if (check(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} did not settle in ${timeout} ms; last: ${JSON.stringify(last)}${lastError ? ` (${String(lastError)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
