// Finds a Chromium that still accepts --load-extension (branded Chrome/Edge no longer do).
import { existsSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const INSTALL_HINT = 'sudo apt-get install -y chromium fonts-noto-cjk';

function playwrightChromium(): string | undefined {
  const root = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return undefined;
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chromium-')).sort().reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      const p = join(root, dir, rel);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

/**
 * The first of `candidates` that exists; else, as root on Debian/Ubuntu, installs the apt package `pkg` (with the CJK
 * fonts screenshots need) and returns `/usr/bin/<binary>` if that appeared. Shared by the Chromium and Firefox finders.
 */
export function findOrInstall(candidates: (string | undefined)[], pkg: string, binary: string, install: boolean): string | undefined {
  for (const c of candidates) if (c && existsSync(c)) return c;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!install || !isRoot || !existsSync('/usr/bin/apt-get')) return undefined;
  console.log(`[${pkg}] not found: installing Debian ${pkg} (apt-get) …`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} fonts-noto-cjk`, { stdio: 'inherit' });
  return existsSync(`/usr/bin/${binary}`) ? `/usr/bin/${binary}` : undefined;
}

export function findChromium({ install = true } = {}): string {
  const found = findOrInstall([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()], 'chromium', 'chromium', install);
  if (found) return found;
  throw new Error(`找不到可加载扩展的 Chromium。请运行：${INSTALL_HINT}（或设置 CHROME_PATH）`);
}
