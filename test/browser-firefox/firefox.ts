// Finds Firefox (Debian's firefox-esr), installing it with apt-get when running as root on Debian/Ubuntu.
import { findOrInstall } from '../browser/chromium';

const INSTALL_HINT = 'sudo apt-get install -y firefox-esr fonts-noto-cjk';

export function findFirefox({ install = true } = {}): string {
  const found = findOrInstall([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr', 'firefox-esr', install);
  if (found) return found;
  throw new Error(`找不到 Firefox。请运行：${INSTALL_HINT}（或设置 FIREFOX_PATH）`);
}
