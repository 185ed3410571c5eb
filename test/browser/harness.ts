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

/** Serves the replica at the portal address; every other request (but the extension's own) is aborted. */
export async function routePortal(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort();
  });
  // An unrelated page on another host, to prove the content script stays away from it.
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>无关页面</title><h1>学时核认申报</h1><p>这不是人社网厅。</p>' }),
  );
  await context.route(`${PORTAL_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const appPrefix = '/hrss-pw-ui-hunan/';
    if (!url.pathname.startsWith(appPrefix)) return route.fulfill({ status: 404, body: 'not found' });
    const file = replicaFile(url.pathname.slice(appPrefix.length));
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
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

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
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
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
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
