import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

// The store reviewers and our privacy promise: only storage and the portal host up front.
describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks only for storage and the portal host', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
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
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toEqual(['https://ggfw.rst.hunan.gov.cn/*']);
  });
});
