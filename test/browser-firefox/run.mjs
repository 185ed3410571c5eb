// Runs the Firefox browser tests against the built extension (npm run build first), installing Debian firefox-esr
// first when it is missing and we may (root with apt-get), as test/browser does for chromium.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
if (!candidates.some((c) => c && existsSync(c))) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[firefox] not found: installing Debian firefox-esr (apt-get) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr fonts-noto-cjk', { stdio: 'inherit' });
  } else {
    console.error('[firefox] not found. Run: sudo apt-get install -y firefox-esr fonts-noto-cjk (or set FIREFOX_PATH)');
    process.exit(1);
  }
}
// The whole suite is bounded (CI has a budget): after XSKR_FIREFOX_TIMEOUT seconds (default 300) the run is ended —
// vitest and its worker get SIGTERM as a process group, and puppeteer closes Firefox on it.
const limit = Number(process.env.XSKR_FIREFOX_TIMEOUT || 300) * 1000;
const started = Date.now();
const vitest = join(import.meta.dirname, '..', '..', 'node_modules', 'vitest', 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', '--config', 'test/browser-firefox/vitest.config.ts', ...process.argv.slice(2)], { stdio: 'inherit', detached: true });
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  console.error(`[firefox] the suite ran over ${limit / 1000} s: stopping it`);
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}, limit);
child.on('exit', (code) => {
  clearTimeout(timer);
  console.log(`[firefox] suite took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(timedOut ? 1 : (code ?? 1));
});
