import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { contentSizes, EVERY_PAGE_BUDGET_GZIP, kb } from './content-size';
import { FEATURES_SCRIPT } from '../../utils/portal/feature-bundle';

// The store reviewers and our privacy promise: only storage, scripting (no install warning) and the portal host up front.
describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks only for storage, scripting and the portal host', () => {
    expect(manifest.manifest_version).toBe(3);
    // scripting: the background injects the features' bundle into a recognised screen's frame (portal.content/shell.ts).
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual(['https://ggfw.rst.hunan.gov.cn/*']);
    expect(manifest.optional_permissions ?? []).toEqual(expect.arrayContaining(['alarms', 'notifications']));
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('injects its content script on the portal only', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m).toMatch(/^https:\/\/([a-z*]+\.)?(ggfw\.)?rst\.hunan\.gov\.cn\/\*$/);
  });

  it('loads no remote code and is localised with zh_CN as default', () => {
    expect(manifest.default_locale).toBe('zh_CN');
    expect(manifest.name).toBe('__MSG_extName__');
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/https?:/);
    expect(manifest.externally_connectable).toBeUndefined();
  });
});

describe('built Firefox manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, '..', 'firefox-mv3', 'manifest.json'), 'utf8'));

  it('is MV3 with a gecko id and declares that it collects no data', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox refuses alarms as an optional permission: required there (no install prompt), notifications optional.
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toEqual(['https://ggfw.rst.hunan.gov.cn/*']);
  });
});

// Issue 15: what every portal page loads (recognition and the panel) stays small; the features come only with a
// recognised screen, from a file the page cannot read.
describe.each([
  ['Chrome', EXTENSION_DIR],
  ['Firefox', join(EXTENSION_DIR, '..', 'firefox-mv3')],
])('the %s build\u2019s portal content script', (_browser, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const { everyPage, onRecognition } = contentSizes(dir);

  // The shell's two stored items (UI language, panel prefs) are checked by hand (utils/shell-items.ts): zod alone
  // would put it over the budget (60.7 KB gzip with classic zod, 41.9 KB with zod/mini, measured at 14:06 on 30 Nov).
  it(`loads at most ${kb(EVERY_PAGE_BUDGET_GZIP)} gzip on every portal page`, () => {
    expect(everyPage.files).toContain('content-scripts/portal.js');
    expect(everyPage.gzip, `${everyPage.files.join(' + ')}: ${kb(everyPage.gzip)} gzip (${kb(everyPage.raw)} raw)`).toBeLessThanOrEqual(EVERY_PAGE_BUDGET_GZIP);
  });

  it('keeps the features out of it, in a bundle only the background injects and the page cannot fetch', () => {
    expect(onRecognition.raw).toBeGreaterThan(everyPage.raw); // the fill, the checks, the rules: the bulk is there
    const injected = (manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []);
    expect(injected).not.toContain(FEATURES_SCRIPT.slice(1));
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((w: { resources: string[] }) => w.resources);
    expect(exposed.filter((r: string) => r.endsWith('.js'))).toEqual([]);
    // The shell carries no rules (their finding codes); the features' bundle does.
    const shell = readFileSync(join(dir, 'content-scripts', 'portal.js'), 'utf8');
    const features = readFileSync(join(dir, FEATURES_SCRIPT.slice(1)), 'utf8');
    for (const marker of ['professional-share-low']) {
      expect(shell, marker).not.toContain(marker);
      expect(features, marker).toContain(marker);
    }
  });
});
