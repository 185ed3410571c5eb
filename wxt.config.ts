import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { PORTAL_MATCHES } from './utils/portal/portal-url';
import { FEATURES_ENTRYPOINT } from './utils/portal/feature-bundle';
import { SHARED_LIBS, SHELL_GLOBAL } from './entrypoints/portal.content/shell';
import { CERTIFICATE_ASSET_FILES, OCR_WORKER_SHIM, PDF_CMAP_PREFIXES } from './utils/certificate/assets';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// The portal host only (utils/portal/portal-url.ts, the one place it is stated); nothing else is asked up front
// (alarms/notifications are optional, asked at runtime — in Firefox only notifications, see REMINDER_PERMISSIONS).
export { PORTAL_MATCHES };

/**
 * Permissions of the reminders (utils/reminders.ts) per browser. Chrome (and Edge, 360, QQ): both optional, asked when
 * the user turns reminders on. Firefox refuses `alarms` as an optional permission (web-ext lint:
 * MANIFEST_OPTIONAL_PERMISSIONS; `permissions.request({ permissions: ['alarms'] })` throws and `browser.alarms` stays
 * undefined), so its manifest asks for `alarms` up front — Firefox shows no install prompt for it and it reads no
 * data — and keeps `notifications`, the one the user sees, optional. The code asks for whatever this build declares
 * optional (reminderPermissionsToAsk).
 */
export const REMINDER_PERMISSIONS = {
  chrome: { required: [] as string[], optional: ['alarms', 'notifications'] },
  firefox: { required: ['alarms'], optional: ['notifications'] },
};

/**
 * The oldest Chrome (and Chromium-based 360 / QQ / 搜狗 / Edge) the Chrome build supports: 103. MV3 itself needs 88
 * (action, host_permissions, the service worker) and the bundles' runtime APIs need 92 (Array.prototype.at,
 * crypto.randomUUID, per MDN compat data); the manifest decides the rest: the extension pages' CSP carries
 * 'wasm-unsafe-eval' for the certificate reader's OCR (WebAssembly), which Manifest V3 accepts from Chrome 103. An
 * older Chromium does not just refuse the OCR — its manifest check (csp_validator's DoesCSPDisallowRemoteCode) allows
 * only 'self', 'none' and localhost in script-src and refuses to load the whole extension ("Insecure CSP value").
 * Declaring 103 makes that an honest "needs Chrome 103" at install instead of a broken manifest. Newer APIs are only
 * used behind a feature test (Uint8Array.fromBase64). The build's syntax is lowered to the same version (build
 * target), and test/browser/old-chromium.test.ts scans the built bundles for syntax and APIs newer than this.
 */
export const MIN_CHROME_VERSION = 103;
/** The manifest's own reasons for the floor (test/browser/old-chromium.test.ts checks the floor is the highest need). */
export const MANIFEST_CHROME_NEEDS = [
  { need: "'wasm-unsafe-eval' in content_security_policy.extension_pages (MV3, Chrome 103)", minChrome: 103, csp: "'wasm-unsafe-eval'" },
] as const;
/** Firefox: 140, the ESR with data_collection_permissions (gecko.strict_min_version). */
export const MIN_FIREFOX_VERSION = 140;

/** What the AMO sources zip holds: everything `npm ci && npm run build` reads, nothing else. */
export const STORE_SOURCES = [
  'package.json',
  'package-lock.json',
  '.npmrc',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'entrypoints/**',
  'components/**',
  'utils/**',
  'rules/**',
  'public/**',
] as const;

export default defineConfig({
  manifestVersion: 3,
  // Parallel work (and the demo) may build into another folder; tests read the same variable.
  outDir: process.env.XSKR_OUT_DIR || '.output',
  // Store packages (`npm run zip`, test/store/package.mjs): the Firefox build also gets the sources zip AMO asks for,
  // holding only what the build reads (no tests, node_modules, build output or test results); README "Building from
  // source" says how to build it, and test/browser/store-packages.test.ts builds it and compares.
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    includeSources: [...STORE_SOURCES],
    excludeSources: ['**/test-results/**', '**/demo-output/**', '**/bench-results/**', '**/.output*/**', '**/.wxt/**'],
  },
  // browser.* from webextension-polyfill in every entrypoint (wxt/browser is aliased to it): promise-based APIs and
  // runtime.onMessage listeners that return a promise behave the same in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The portal's features are a second bundle (entrypoints/portal.content/shell.ts): it takes preact and the signals
    // from the shell already running in the frame (one copy keeps hooks and effects working) instead of its own.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === FEATURES_ENTRYPOINT)) return;
      const rollup = ((config.build ??= {}).rollupOptions ??= {});
      rollup.external = Object.keys(SHARED_LIBS);
      rollup.output ??= {};
      for (const o of Array.isArray(rollup.output) ? rollup.output : [rollup.output])
        o.globals = Object.fromEntries(Object.entries(SHARED_LIBS).map(([id, name]) => [id, `${SHELL_GLOBAL}.lib.${name}`]));
    },
    // The certificate reader's worker, OCR core and trained data (utils/certificate/assets.ts), copied from
    // node_modules: loaded from the extension's own files, never from the network.
    'build:publicAssets': (_wxt, files) => {
      for (const f of CERTIFICATE_ASSET_FILES) files.push({ absoluteSrc: resolve(f.from), relativeDest: f.to });
      files.push({ contents: OCR_WORKER_SHIM, relativeDest: 'ocr/worker.js' });
      const cmaps = resolve('node_modules/pdfjs-dist/cmaps');
      for (const name of readdirSync(cmaps).filter((n) => PDF_CMAP_PREFIXES.some((p) => n.startsWith(p))))
        files.push({ absoluteSrc: resolve(cmaps, name), relativeDest: `pdfjs/cmaps/${name}` });
    },
  },
  vite: (env) => ({
    plugins: [preact(), firstFramePreload('popup')],
    // Store packages close the panel's shadow root (entrypoints/portal.content/runtime.tsx PANEL_SHADOW_MODE).
    define: { __XSKR_STORE__: JSON.stringify(Boolean(process.env.XSKR_STORE)) },
    // Syntax no newer than the oldest browser each build supports (esbuild lowers the rest).
    build: { target: env.browser === 'firefox' ? `firefox${MIN_FIREFOX_VERSION}` : `chrome${MIN_CHROME_VERSION}`, sourcemap: Boolean(process.env.XSKR_SOURCEMAP) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting: the background injects the portal's features into a frame whose screen is recognised (no install
    // warning in Chrome or Firefox; it adds no host: executeScript reaches only the portal host_permissions allow).
    permissions: ['storage', 'scripting', ...REMINDER_PERMISSIONS[browser === 'firefox' ? 'firefox' : 'chrome'].required],
    optional_permissions: REMINDER_PERMISSIONS[browser === 'firefox' ? 'firefox' : 'chrome'].optional,
    host_permissions: PORTAL_MATCHES,
    // Pins the unpacked extension id so tests and the demo can open chrome-extension://ID/popup.html.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'xueshi-zhushou@example.org',
              strict_min_version: `${MIN_FIREFOX_VERSION}.0`,
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (web-ext lint:
            // KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION); desktop keeps 140, the ESR that has it.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The key only pins the unpacked id for tests and the demo; a store package must not carry it (the Chrome
          // Web Store and Edge Add-ons give the id). test/store/package.mjs builds with XSKR_STORE=1.
          ...(process.env.XSKR_STORE ? {} : { key: CHROME_KEY }),
          minimum_chrome_version: String(MIN_CHROME_VERSION),
        }),
    action: { default_title: '__MSG_extName__' },
    // The default extension-page policy plus 'wasm-unsafe-eval': the OCR engine of the certificate reader is
    // WebAssembly (our own file, ocr/tesseract-core-simd.wasm). Still no remote script and no eval of strings.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
  }),
});

/**
 * The popup's first frame, fetched while popup.html's tiny entry starts the ledger's read (issue 15). The entry
 * (entrypoints/popup/main.tsx) starts the database's read and then import()s the first frame
 * (components/popup/mount.tsx); without a hint the browser learns of that module and its chunks only when the entry
 * runs, and fetches them one level at a time after it. This adds a <link rel="modulepreload"> to the page's HTML for
 * each chunk the entry's own import() loads (and their static imports), so they load and compile beside the entry and
 * the database's read. Chunks the entry imports statically already have theirs (Vite's own).
 */
function firstFramePreload(entrypoint: string): Plugin {
  return {
    name: 'xskr-first-frame-preload',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const entry = ctx.chunk;
        if (!ctx.bundle || !entry || !ctx.filename.replaceAll('\\', '/').endsWith(`/${entrypoint}/index.html`)) return;
        const bundle = ctx.bundle;
        const have = new Set([entry.fileName, ...entry.imports]);
        const files: string[] = [];
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (have.has(file) || !chunk || chunk.type !== 'chunk') return;
          have.add(file);
          files.push(file);
          chunk.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// Public half of a key generated for this project: it only fixes the unpacked id (ebpplhmlnfeaffghdnofjnfkagbeboej).
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwYHND2JdVl1IQHA+y1M+u1Z/5D9dwqof8pmbdN7Cun0Tn4JnrWpMRfwroaWVy5ceZnOSf75gt8d/NusgUUnmVICLCiKzaM+qUFwAa8mMMKgvaHBJ91GSVvzW/UoK7n900lUh0b7BVXAGaLbMeCZRBtonhlrl4W5dmeyTy1nM+cyiRm6z/v8/BDjdmUPqvy1MAwHCFQc5OW6tNrJS1M80UtfczszICVUQGAqWUodqya6q29qeMY6yvLP9PDdP9VfAFC8HX2u/4UY22ZADfxmw8x5DInSfefEEUtzGHMXfx6JZJH0zaFgb4z2GU0iyYgzrXvu+G8yOr9vXCCUm+G9IpwIDAQAB';
