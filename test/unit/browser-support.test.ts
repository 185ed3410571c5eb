// Every browser.* API the extension's code touches, checked against MDN's browser-compat-data for Chrome and Firefox
// at the lowest versions the manifests declare, and every permission of both manifests (wxt.config.ts) as well.
// A new browser.* call fails here until it is added to CALLS below (with the permission it needs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import config from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['entrypoints', 'utils', 'components', 'rules'];

type Engine = 'chrome' | 'firefox';
interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

/** The manifest wxt.config.ts gives for a browser (the keys written there; WXT adds entrypoints around them). */
function manifestFor(browser: Engine): Manifest {
  const fn = config.manifest as (env: { browser: string; manifestVersion: 3; mode: string; command: string }) => Manifest;
  return fn({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

/**
 * The APIs the code uses (events without their addListener/removeListener), the permission each needs, and a note
 * where the two engines differ.
 */
const CALLS: Record<string, { permission?: string; note?: string }> = {
  alarms: { permission: 'alarms', note: 'checked for presence: optional in Chrome, required in Firefox (wxt.config.ts)' },
  'alarms.clear': { permission: 'alarms' },
  'alarms.create': { permission: 'alarms' },
  'alarms.get': { permission: 'alarms' },
  'alarms.onAlarm': { permission: 'alarms' },
  notifications: { permission: 'notifications', note: 'checked for presence: optional in both' },
  'notifications.create': { permission: 'notifications' },
  'notifications.onClicked': { permission: 'notifications' },
  'permissions.onAdded': {},
  'permissions.request': { note: 'called inside the click (Firefox requires user input)' },
  'runtime.getManifest': {},
  'runtime.getURL': {},
  'runtime.id': {},
  'runtime.onMessage': { note: 'listeners return a promise: native in Firefox, through webextension-polyfill in Chrome' },
  'runtime.sendMessage': {},
  'scripting.executeScript': { permission: 'scripting', note: "the portal's features into the asking frame (target.frameIds), files only" },
  'storage.local': { permission: 'storage' },
  'storage.onChanged': { permission: 'storage' },
  'tabs.create': {},
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `browser.x.y` paths in the source, `?.` read as `.`, event methods dropped; with where each is used. */
function scanCalls(): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bbrowser((?:\??\.[A-Za-z_$][\w$]*)+)/g)) {
      const path = m[1].replace(/\?/g, '').slice(1).split('.');
      while (['addListener', 'removeListener', 'hasListener'].includes(path.at(-1)!)) path.pop();
      const key = path.join('.');
      calls.set(key, [...(calls.get(key) ?? []), relative(ROOT, file)]);
    }
  }
  return calls;
}

interface Compat {
  __compat?: { support: Record<string, { version_added: string | boolean | null } | { version_added: string | boolean | null }[]> };
  [k: string]: unknown;
}
function compatAt(root: Compat, path: string): Compat | undefined {
  let node: Compat | undefined = root;
  for (const key of path.split('.')) node = node?.[key] as Compat | undefined;
  return node?.__compat ? node : undefined;
}
/** The version an engine added a feature in (number), false when it lacks it. */
function versionAdded(node: Compat, engine: Engine): number | false {
  const s = node.__compat!.support[engine];
  const v = (Array.isArray(s) ? s[0] : s)?.version_added;
  if (v === true) return 0;
  if (typeof v !== 'string' || v === 'preview') return false;
  return Number(v.replace(/^≤/, ''));
}

const chrome = manifestFor('chrome');
const firefox = manifestFor('firefox');
/** The lowest versions the manifests declare: Chrome's minimum_chrome_version (88, the first with MV3, if unset). */
const MIN: Record<Engine, number> = {
  chrome: Number(chrome.minimum_chrome_version ?? 88),
  firefox: Number(firefox.browser_specific_settings?.gecko?.strict_min_version ?? NaN),
};
const MANIFEST: Record<Engine, Manifest> = { chrome, firefox };

describe('browser APIs used by the extension, in Chrome and Firefox', () => {
  const calls = scanCalls();

  it('finds every browser.* call in the table (add new ones there, with the permission they need)', () => {
    expect([...calls.keys()].sort()).toEqual(Object.keys(CALLS).sort());
  });

  it.each(Object.keys(CALLS))('%s exists in Chrome and Firefox at the declared minimum versions', (api) => {
    const node = compatAt(bcd.webextensions.api as Compat, api);
    expect(node, `${api} in browser-compat-data`).toBeDefined();
    for (const engine of ['chrome', 'firefox'] as const) {
      const added = versionAdded(node!, engine);
      expect(added, `${api} in ${engine}`).not.toBe(false);
      expect(added, `${api} in ${engine} ${MIN[engine]}`).toBeLessThanOrEqual(MIN[engine]);
    }
  });

  it.each(Object.entries(CALLS).filter(([, c]) => c.permission))('%s has its permission declared in both manifests', (_api, { permission }) => {
    for (const m of [chrome, firefox]) expect([...(m.permissions ?? []), ...(m.optional_permissions ?? [])]).toContain(permission);
  });

  it.each(['chrome', 'firefox'] as const)('every permission of the %s manifest is valid there, required or optional', (engine) => {
    const m = MANIFEST[engine];
    for (const [key, list] of [['permissions', m.permissions], ['optional_permissions', m.optional_permissions]] as const) {
      for (const permission of list ?? []) {
        const node = compatAt(bcd.webextensions.manifest as Compat, `${key}.${permission}`);
        expect(node, `${key} ${permission}`).toBeDefined();
        const added = versionAdded(node!, engine);
        expect(added, `${key} "${permission}" in ${engine}`).not.toBe(false);
        expect(added, `${key} "${permission}" in ${engine} ${MIN[engine]}`).toBeLessThanOrEqual(MIN[engine]);
      }
    }
  });

  it('knows why Firefox requires alarms: it is no optional permission there', () => {
    expect(versionAdded(compatAt(bcd.webextensions.manifest as Compat, 'optional_permissions.alarms')!, 'firefox')).toBe(false);
    expect(firefox.permissions).toContain('alarms');
    expect(chrome.optional_permissions).toContain('alarms');
  });

  it('never writes HTML from strings (web-ext lint’s innerHTML warnings are preact’s unused dangerouslySetInnerHTML)', () => {
    const offenders = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))).filter((file) =>
      /dangerouslySetInnerHTML|\.(innerHTML|outerHTML)\s*\+?=[^=]|insertAdjacentHTML|document\.write\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('answers runtime.onMessage with a promise only through webextension-polyfill (Chrome lacks return_promise)', () => {
    const returnPromise = compatAt(bcd.webextensions.api as Compat, 'runtime.onMessage.return_promise')!;
    expect(versionAdded(returnPromise, 'firefox')).not.toBe(false);
    const chromeAdded = versionAdded(returnPromise, 'chrome');
    if (chromeAdded === false || chromeAdded > MIN.chrome) {
      expect(config.modules).toContain('@wxt-dev/webextension-polyfill');
    }
  });
});
