// Browser-test harness: Debian Chromium with the built extension, the portal replica served at the real portal address.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';
import { findChromium } from './chromium';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, process.env.XSKR_OUT_DIR || '.output', 'chrome-mv3');
export const EXTENSION_ID = readFileSync(join(ROOT, 'test', 'extension-id.txt'), 'utf8').trim();
export const PORTAL_ORIGIN = 'https://ggfw.rst.hunan.gov.cn';
export const PORTAL_BASE = `${PORTAL_ORIGIN}/hrss-pw-ui-hunan/`;
const REPLICA_DIR = join(ROOT, 'test', 'portal');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Vendor files of the replica come straight from node_modules: the real Vue 2.7 and element-ui 2.15. */
const VENDOR: [prefix: string, dir: string][] = [
  ['vendor/vue/', join(ROOT, 'node_modules', 'vue', 'dist')],
  ['vendor/element-ui/locale/', join(ROOT, 'node_modules', 'element-ui', 'lib', 'umd', 'locale')],
  ['vendor/element-ui/', join(ROOT, 'node_modules', 'element-ui', 'lib')],
];

/** Maps a path under /hrss-pw-ui-hunan/ to a local file, or undefined. */
export function replicaFile(pathUnderApp: string): string | undefined {
  const rel = normalize(decodeURIComponent(pathUnderApp || 'index.html')).replace(/^(\.\.(\/|\\|$))+/, '');
  for (const [prefix, dir] of VENDOR) if (rel.startsWith(prefix)) return join(dir, rel.slice(prefix.length));
  return join(REPLICA_DIR, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/** An unrelated page on another host, to prove the content script stays away from it. */
export const UNRELATED_ORIGIN = 'https://example.org';
export const UNRELATED_PAGE = '<!doctype html><title>无关页面</title><h1>学时核认申报</h1><p>这不是人社网厅。</p>';

/** What the portal address answers for `pathname` (under /hrss-pw-ui-hunan/ a replica file, else 404), for either browser. */
export function replicaResponse(pathname: string): { status: number; contentType?: string; body: string | Buffer } {
  const appPrefix = '/hrss-pw-ui-hunan/';
  const file = pathname.startsWith(appPrefix) ? replicaFile(pathname.slice(appPrefix.length)) : undefined;
  if (!file || !existsSync(file)) return { status: 404, body: 'not found' };
  return { status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
}

/** Serves the replica at the portal address; every other request (but the extension's own) is aborted. */
export async function routePortal(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort();
  });
  await context.route(`${UNRELATED_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: UNRELATED_PAGE }));
  await context.route(`${PORTAL_ORIGIN}/**`, (route) => route.fulfill(replicaResponse(new URL(route.request().url()).pathname)));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/**
 * Plain Chromium (no extension) with the replica at the portal address, for the scripts that capture page fixtures:
 * `work` gets `open(path)`, which opens PORTAL_BASE + path and waits for the replica; the browser is closed after.
 */
export async function withReplica(work: (open: (path: string) => Promise<Page>) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({ headless: true, executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await routePortal(context);
    await work(async (path) => {
      const page = await context.newPage();
      await page.goto(PORTAL_BASE + path);
      await page.waitForFunction(() => (window as unknown as { __replica?: { ready?: boolean } }).__replica?.ready === true);
      return page;
    });
  } finally {
    await browser.close();
  }
}

/** Content-script logs carry this prefix (entrypoints/portal.content). */
export const LOG_PREFIX = '[学时助手]';

/** A console error or uncaught error of the extension, seen during a browser test. */
export interface ExtensionError {
  /** Where it came from: our content script on a portal page, an extension page (popup/options), the service worker. */
  source: 'content-script' | 'extension-page' | 'service-worker';
  /** `console.error` (or `console.assert`), or an uncaught error / unhandled rejection. */
  kind: 'console' | 'uncaught';
  /** The page or worker URL. */
  url: string;
  text: string;
}

/** What a console message or uncaught error looked like, as far as telling ours from the page's goes. */
export interface LogOrigin {
  /** URL of the page the message belongs to (empty for a worker). */
  pageUrl: string;
  /** URL of the worker, if the message came from one. */
  workerUrl?: string;
  /** Script URL of the console call (ConsoleMessage.location), or the stack of an uncaught error. */
  where: string;
  text: string;
}

/**
 * Whose message is it? Ours when it comes from the extension's own pages or workers (chrome-extension://ID/…), or, on any
 * other page, when the content script wrote it: our `[学时助手]` prefix, or our script in its location or stack. Messages
 * of the replica page itself (Vue, Element, the replica's code) are not ours.
 */
export function extensionSource(origin: LogOrigin, extensionId: string): ExtensionError['source'] | null {
  const ours = `chrome-extension://${extensionId}/`;
  if (origin.workerUrl !== undefined) return origin.workerUrl.startsWith(ours) ? 'service-worker' : null;
  if (origin.pageUrl.startsWith(ours)) return 'extension-page';
  if (origin.text.trimStart().startsWith(LOG_PREFIX) || origin.where.includes(ours)) return 'content-script';
  return null;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Console errors and uncaught errors of the extension not yet checked by expectNoExtensionErrors. */
  extensionErrors: ExtensionError[];
  /** Patterns of errors the running test provokes on purpose (see expectExtensionError); cleared by each check. */
  expectedErrors: RegExp[];
  /** Closes the browser, then fails if the extension logged an error since the last check. */
  close(): Promise<void>;
}

/** Declares that the running test makes the extension log an error matching `pattern` on purpose (it must, too). */
export function expectExtensionError(session: Session, pattern: RegExp): void {
  session.expectedErrors.push(pattern);
}

const describeError = (e: ExtensionError) => `  ${e.source} ${e.kind === 'uncaught' ? 'uncaught error' : 'console.error'} (${e.url}):\n    ${e.text.replace(/\n/g, '\n    ')}`;

/**
 * Fails when the extension logged an error (console.error or an uncaught error, in the content script, an extension page
 * or the service worker) since the last check, except those the test declared with expectExtensionError; a declared
 * error that did not appear fails as well. Resets the collected errors and declarations. Call it in afterEach.
 */
export function expectNoExtensionErrors(session: Session): void {
  const errors = session.extensionErrors.splice(0);
  const expected = session.expectedErrors.splice(0);
  const unexpected = errors.filter((e) => !expected.some((p) => p.test(e.text)));
  const missing = expected.filter((p) => !errors.some((e) => p.test(e.text)));
  const problems: string[] = [];
  if (unexpected.length) problems.push(`学时助手 logged ${unexpected.length} error(s):\n${unexpected.map(describeError).join('\n')}`);
  if (missing.length) problems.push(`expected an error of the extension matching ${missing.join(', ')}, but none came`);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Collects the extension's errors from every page, frame and worker of the context into `into`. */
function collectExtensionErrors(context: BrowserContext, extensionId: string, into: ExtensionError[]): void {
  const add = (origin: LogOrigin, kind: ExtensionError['kind']) => {
    const source = extensionSource(origin, extensionId);
    if (source) into.push({ source, kind, url: origin.workerUrl ?? origin.pageUrl, text: origin.text });
  };
  context.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'assert') return;
    const worker = msg.worker();
    add({ pageUrl: msg.page()?.url() ?? '', workerUrl: worker ? worker.url() : undefined, where: msg.location().url, text: msg.text() }, 'console');
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    add({ pageUrl: webError.page()?.url() ?? '', where: error.stack ?? '', text: error.stack || error.message }, 'uncaught');
  });
  // A service worker has no pageerror event: report its uncaught errors to its console (caught above as console errors).
  const watchWorker = (worker: Worker) => {
    if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    void worker
      .evaluate(() => {
        const g = self as unknown as { __xskrErrorsWatched?: boolean };
        if (g.__xskrErrorsWatched) return;
        g.__xskrErrorsWatched = true;
        self.addEventListener('error', (e) => console.error('Uncaught', (e as ErrorEvent).error ?? (e as ErrorEvent).message));
        self.addEventListener('unhandledrejection', (e) => console.error('Uncaught (in promise)', (e as PromiseRejectionEvent).reason));
      })
      .catch(() => undefined); // a worker stopping meanwhile
  };
  context.on('serviceworker', watchWorker);
  for (const w of context.serviceWorkers()) watchWorker(w);
}

/** Launches Chromium with the built extension (run `npm run build` first). */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR } = {}): Promise<Session> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`没有找到构建好的扩展 ${extensionDir}：请先运行 npm run build`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'xskr-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
  });
  await routePortal(context);
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const session: Session = {
    context,
    worker,
    extensionId,
    extensionErrors: [],
    expectedErrors: [],
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      expectNoExtensionErrors(session);
    },
  };
  collectExtensionErrors(context, extensionId, session.extensionErrors);
  return session;
}

/** Opens a replica screen, e.g. openPortal(s, 'index.html#/xskr/apply') or with query `?labels=alt`. */
export async function openPortal(session: Session, pathAndHash = 'index.html#/xskr/apply'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(PORTAL_BASE + pathAndHash);
  await page.waitForFunction(() => (window as unknown as { __replica?: { ready?: boolean } }).__replica?.ready === true, null, { timeout: 15_000 });
  return page;
}

export async function openExtensionPage(session: Session, name: 'popup.html' | 'options.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${name}`);
  return page;
}

/** The panel's shadow root content is reachable with Playwright's piercing locators: page.getByTestId(...) works. */
export function panel(page: Page) {
  return page.getByTestId('xskr-panel');
}
