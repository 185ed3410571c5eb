// `npm run bench [-- names…]`: builds, then runs every benchmark script in this folder (or those whose file name contains
// one of the names; each prints its own numbers). Benchmarks are measurements, not tests: they never fail on a number.
// XSKR_OUT_DIR=.output-<name> builds into, and benchmarks, that folder (the build and the browser harness both read it);
// `--no-build` benchmarks the build already there.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const noBuild = process.argv.includes('--no-build');
const only = process.argv.slice(2).filter((a) => a !== '--no-build');
const sh = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

console.log(`build folder: ${process.env.XSKR_OUT_DIR || '.output'}`);
if (!noBuild && sh('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
const scripts = readdirSync(here)
  .filter((f) => /\.(ts|mjs)$/.test(f) && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of scripts) {
  console.log(`\n=== ${f} ===`);
  if (sh('npx', ['tsx', join('test', 'bench', f)]) !== 0) {
    failed++;
    console.log(`(${f} did not finish)`);
  }
}
process.exit(failed ? 1 : 0);
