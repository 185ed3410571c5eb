// The store packages `npm run zip` made (test/store/package.mjs; `npm test` runs it with --no-screenshots before the
// browser tests): unzipped and read as a store reviewer would. Set XSKR_STORE_BUILD=1 to make them here first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPortal, ROOT } from './harness';
import { namesWithoutUtf8Flag, readZip } from '../store/zip-read.mjs';
import { LIMITS, LISTING_LANGS } from '../store/package.mjs';
import { STORE_SOURCES } from '../../wxt.config';

const STORE = join(ROOT, process.env.XSKR_OUT_DIR || '.output', 'store');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const zipPath = (what: string) => join(STORE, `xueshi-zhushou-${version}-${what}.zip`);
type Files = Map<string, Buffer>;
const read = (what: string): Files => readZip(readFileSync(zipPath(what)));
const manifestOf = (files: Files) => JSON.parse(files.get('manifest.json')!.toString('utf8'));

const work = mkdtempSync(join(tmpdir(), 'xskr-store-'));
function unpack(files: Files, dir: string) {
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}

beforeAll(() => {
  if (process.env.XSKR_STORE_BUILD) {
    const r = spawnSync('node', ['test/store/package.mjs', '--no-screenshots'], { cwd: ROOT, stdio: 'inherit' });
    expect(r.status).toBe(0);
  }
  for (const what of ['chrome', 'edge', 'firefox', 'sources']) {
    if (!existsSync(zipPath(what))) throw new Error(`${zipPath(what)} is missing: run npm run zip -- --no-screenshots first`);
  }
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('store packages', () => {
  it('ships Chrome Web Store and Edge packages without the unpacked-id key, for Chromium 103+', () => {
    for (const store of ['chrome', 'edge']) {
      const files = read(store);
      const m = manifestOf(files);
      expect(m.key, store).toBeUndefined();
      expect(m.manifest_version).toBe(3);
      expect(m.minimum_chrome_version).toBe('103');
      expect(m.browser_specific_settings, store).toBeUndefined();
      expect(m.permissions).toEqual(['storage', 'scripting']);
      expect(m.optional_permissions).toEqual(['alarms', 'notifications']);
      expect(m.host_permissions).toEqual(['https://ggfw.rst.hunan.gov.cn/*']);
      // Everything the manifest names is in the package.
      for (const f of [m.background.service_worker, m.action.default_popup, m.options_ui?.page ?? m.options_page, ...Object.values(m.icons as Record<string, string>)]) {
        expect(files.has(String(f).replace(/^\//, '')), `${store}: ${f}`).toBe(true);
      }
      for (const lang of ['zh_CN', 'en']) expect(files.has(`_locales/${lang}/messages.json`)).toBe(true);
      expect([...files.keys()].filter((n) => n.endsWith('.map') || n.includes('node_modules'))).toEqual([]);
    }
  });

  it('closes the panel\'s shadow root in the store build, so a page script finds neither the panel nor its buttons', async () => {
    // The store's own Chromium build (unpacked by wxt zip beside its zip); the normal build keeps the root open for tests.
    const session = await launchWithExtension({ extensionDir: join(STORE, 'chrome-mv3') });
    try {
      const page = await openPortal(session, 'index.html#/xskr/apply');
      await page.waitForSelector('[data-testid="xskr-panel"][data-page]', { state: 'attached', timeout: 30_000 });
      const seen = await page.evaluate(() => {
        const host = document.querySelector('[data-testid="xskr-panel"]')!;
        const roots = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length;
        return { page: host.getAttribute('data-page'), open: host.shadowRoot !== null, roots, panelText: host.textContent ?? '' };
      });
      expect(seen.page).toBe('applicant-list'); // the panel is there and recognised the screen …
      expect(seen.open).toBe(false); // … but the page cannot open it
      expect(seen.roots).toBe(0);
      expect(seen.panelText).toBe('');
    } finally {
      await session.close();
    }
  }, 120_000);

  it('ships an AMO package with its gecko id and data_collection_permissions that web-ext lint accepts', () => {
    const files = read('firefox');
    const m = manifestOf(files);
    expect(m.browser_specific_settings.gecko.id).toBe('xueshi-zhushou@example.org');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.key).toBeUndefined();
    const dir = join(work, 'firefox');
    unpack(files, dir);
    const lint = spawnSync('node', ['test/browser-firefox/web-ext-lint.mjs', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toMatch(/: 0 errors/);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
  }, 180_000);

  it('ships the sources AMO asks for: what the build reads and nothing else (no node_modules, build output or test results)', () => {
    const names = [...read('sources').keys()];
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts']));
    const allowed = STORE_SOURCES.map((p) => (p.endsWith('/**') ? p.slice(0, -2) : p));
    for (const n of names) expect(allowed.some((a) => (a.endsWith('/') ? n.startsWith(a) : n === a)), n).toBe(true);
    // Chinese names (public/template/学时台账模板.csv) carry the UTF-8 flag, so unzip tools read them as written (with a UTF-8 locale).
    expect(names.filter((n) => !/^[\x20-\x7e]*$/.test(n)).length).toBeGreaterThan(0);
    for (const what of ['chrome', 'edge', 'firefox', 'sources']) expect(namesWithoutUtf8Flag(readFileSync(zipPath(what))), what).toEqual([]);
    expect(names.filter((n) => /(^|\/)(node_modules|\.output[^/]*|\.wxt|test-results|demo-output|test)\//.test(n))).toEqual([]);
    expect(names.filter((n) => /\.test\.tsx?$/.test(n))).toEqual([]);
    // The README the reviewers follow says how to build it.
    const readme = read('sources').get('README.md')!.toString('utf8');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm run build');
  });

  it('builds from the sources zip, as the README says, into the very files of the AMO package', () => {
    const src = join(work, 'sources');
    unpack(read('sources'), src);
    // `npm ci` installs package-lock.json's exact versions; the test links this checkout's node_modules, installed
    // from the same lock file, instead of downloading them again.
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    // As from a shell: without what vitest puts in the environment (NODE_ENV=test changes what the bundles contain).
    const shell = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
    const env = { ...shell, XSKR_OUT_DIR: '.output', XSKR_STORE: '1' };
    const prep = spawnSync('npx', ['wxt', 'prepare'], { cwd: src, encoding: 'utf8', env });
    expect(prep.status, prep.stderr).toBe(0);
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: src, encoding: 'utf8', env });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const built = join(src, '.output', 'firefox-mv3');
    const list = (dir: string, prefix = ''): string[] =>
      readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
    const packaged = read('firefox');
    expect(list(built).sort()).toEqual([...packaged.keys()].sort());
    const differ = [...packaged].filter(([name, bytes]) => !readFileSync(join(built, name)).equals(bytes)).map(([name]) => name);
    expect(differ).toEqual([]);
  }, 600_000);

  it('has listing texts in Chinese and English within the stores’ limits, and manifest descriptions the Chrome Web Store accepts', () => {
    for (const lang of LISTING_LANGS) {
      const listing = JSON.parse(readFileSync(join(STORE, `listing.${lang}.json`), 'utf8')) as Record<string, string>;
      expect([...listing.summary].length, lang).toBeLessThanOrEqual(LIMITS.summary);
      expect([...listing.description].length, lang).toBeGreaterThanOrEqual(LIMITS.descriptionMin);
      expect(listing.privacy, lang).toBeTruthy();
      const messages = JSON.parse(read('chrome').get(`_locales/${lang}/messages.json`)!.toString('utf8'));
      expect([...messages.extDescription.message].length, lang).toBeLessThanOrEqual(132);
      expect([...messages.extName.message].length, lang).toBeLessThanOrEqual(75);
    }
    // The English listing is English: Chinese only in a quoted term or two (学时核认).
    const en = JSON.parse(readFileSync(join(STORE, 'listing.en.json'), 'utf8')) as Record<string, string>;
    expect(en.description.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeLessThan(20);
  });
});
