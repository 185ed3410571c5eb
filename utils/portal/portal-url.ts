// Where the portal lives, stated once: the manifest's host permission, the content script's matches and the
// background's sender check all read PORTAL_MATCHES. Pure (no browser API): wxt.config.ts imports it under Node.

/** Match patterns of the portal (Chrome/Firefox match-pattern syntax). */
export const PORTAL_MATCHES = ['https://ggfw.rst.hunan.gov.cn/*'];

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

/** Whether `url` matches one match pattern (`<scheme>://<host>/<path>`; `*` in the path matches anything). */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host = '', path] = m;
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = u.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host.toLowerCase()) return false;
  const glob = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return glob.test(u.pathname + u.search);
}

/** Whether `url` is a portal page (a content script of ours runs there). */
export function isPortalUrl(url: string | undefined): boolean {
  return url !== undefined && PORTAL_MATCHES.some((p) => matchesPattern(url, p));
}
