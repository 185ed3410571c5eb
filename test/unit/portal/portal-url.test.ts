import { describe, expect, it } from 'vitest';
import { isPortalUrl, matchesPattern, PORTAL_MATCHES } from '../../../utils/portal/portal-url';
import { PORTAL_MATCHES as MANIFEST_MATCHES } from '../../../wxt.config';

describe('the portal’s address, stated once', () => {
  it('is what the manifest asks for', () => {
    expect(MANIFEST_MATCHES).toBe(PORTAL_MATCHES);
  });

  it.each([
    ['https://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/index.html#/xskr/apply', true],
    ['https://ggfw.rst.hunan.gov.cn/', true],
    ['https://GGFW.rst.hunan.gov.cn:443/x?y=1', true],
    ['http://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/', false],
    ['https://ggfw.rst.hunan.gov.cn.example.org/', false],
    ['https://ggfw.rst.hunan.gov.cn@example.org/', false],
    ['https://example.org/?u=https://ggfw.rst.hunan.gov.cn/', false],
    ['chrome-extension://ebpplhmlnfeaffghdnofjnfkagbeboej/options.html', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s is a portal page: %s', (url, portal) => {
    expect(isPortalUrl(url)).toBe(portal);
  });

  it('reads match patterns as the browsers do: scheme, host with *. subdomains, path glob', () => {
    expect(matchesPattern('https://a.example.org/app/x', 'https://*.example.org/app/*')).toBe(true);
    expect(matchesPattern('https://example.org/app/', 'https://*.example.org/app/*')).toBe(true);
    expect(matchesPattern('https://example.org/other/', 'https://*.example.org/app/*')).toBe(false);
    expect(matchesPattern('http://example.org/', '*://example.org/*')).toBe(true);
    expect(matchesPattern('ftp://example.org/', '*://example.org/*')).toBe(false);
    expect(matchesPattern('https://example.org/', 'not a pattern')).toBe(false);
  });
});
