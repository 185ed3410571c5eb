// Finds Firefox (Debian's firefox-esr), installing it with apt-get when running as root on Debian/Ubuntu.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const INSTALL_HINT = 'sudo apt-get install -y firefox-esr fonts-noto-cjk';

export function findFirefox({ install = true } = {}): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[firefox] not found: installing Debian firefox-esr (apt-get) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr fonts-noto-cjk', { stdio: 'inherit' });
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  throw new Error(`找不到 Firefox。请运行：${INSTALL_HINT}（或设置 FIREFOX_PATH）`);
}
