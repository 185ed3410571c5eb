// Runs the browser tests against the built extension, installing Debian chromium first when possible.
import { spawnSync } from 'node:child_process';
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
