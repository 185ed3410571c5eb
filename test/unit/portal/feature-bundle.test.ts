import { describe, expect, it } from 'vitest';
import { FEATURES_SCRIPT, injectionTarget } from '../../../utils/portal/feature-bundle';

// The background injects the portal's features only for our own content script on a portal page, into its frame.
describe('injectionTarget', () => {
  const own = 'ebpplhmlnfeaffghdnofjnfkagbeboej';
  const portal = 'https://ggfw.rst.hunan.gov.cn/hrss-pw/index.html#/xskr/apply';

  it('injects into the asking frame of a portal tab', () => {
    expect(injectionTarget({ id: own, url: portal, tab: { id: 7 }, frameId: 3 }, own)).toEqual({ tabId: 7, frameId: 3 });
    expect(injectionTarget({ id: own, url: portal, tab: { id: 7 }, frameId: 0 }, own)).toEqual({ tabId: 7, frameId: 0 });
    expect(FEATURES_SCRIPT).toBe('/portal-features.js');
  });

  it('refuses another extension, a page outside the portal, an extension page and a sender without a frame', () => {
    const refused = (s: Parameters<typeof injectionTarget>[0]) => 'refused' in injectionTarget(s, own);
    expect(refused({ id: 'another-extension', url: portal, tab: { id: 7 }, frameId: 0 })).toBe(true);
    expect(refused({ id: own, url: 'https://example.org/xskr', tab: { id: 7 }, frameId: 0 })).toBe(true);
    expect(refused({ id: own, url: 'https://ggfw.rst.hunan.gov.cn.evil.example/', tab: { id: 7 }, frameId: 0 })).toBe(true);
    expect(refused({ id: own, url: `chrome-extension://${own}/popup.html`, tab: { id: 7 }, frameId: 0 })).toBe(true);
    expect(refused({ id: own, url: portal, frameId: 0 })).toBe(true); // no tab: not a content script
    expect(refused({ id: own, url: portal, tab: { id: 7 } })).toBe(true); // no frame
    expect(refused(undefined)).toBe(true);
  });
});
