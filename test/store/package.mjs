// `npm run zip`: the store packages, in <XSKR_OUT_DIR or .output>/store/:
//   xueshi-zhushou-<version>-chrome.zip    Chrome Web Store (no `key`: the store gives the id)
//   xueshi-zhushou-<version>-edge.zip      Edge Add-ons (same Chromium build, no `key`)
//   xueshi-zhushou-<version>-firefox.zip   addons.mozilla.org
//   xueshi-zhushou-<version>-sources.zip   the sources AMO asks for (wxt.config.ts STORE_SOURCES; README "Building from source")
//   listing.zh_CN.{json,txt}, listing.en.{json,txt}   the listing texts, from test/store/listing.*.md
//   screenshots/*.png                      1280×800, taken by the demo (test/demo) on the replica portal
// `--no-screenshots` skips the demo (the packages and listings only; what the store test uses).
// Plain Node (no dependencies beyond the project's own).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const base = process.env.XSKR_OUT_DIR || '.output';
const OUT = resolve(ROOT, base, 'store');

const run = (cmd, cmdArgs, env = {}) => {
  console.log(`\n$ ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** Store limits the listing must meet (the strictest of the three stores where they differ). */
export const LIMITS = {
  name: 45, // Chrome Web Store: 45 for the item name shown in search (the manifest allows 75)
  summary: 132, // Chrome Web Store's summary (= manifest description) limit; AMO allows 250
  descriptionMin: 250, // Edge Add-ons asks for at least 250 characters
  descriptionMax: 10_000, // Edge Add-ons' maximum (Chrome 16,000; AMO more)
};
const SECTIONS = ['name', 'summary', 'description', 'category', 'permissions', 'privacy'];

/** The listing of one language: the `## section` blocks of test/store/listing.<lang>.md, checked against LIMITS. */
export function readListing(lang) {
  const md = readFileSync(join(ROOT, 'test', 'store', `listing.${lang}.md`), 'utf8');
  const listing = {};
  for (const block of md.split(/^## /m).slice(1)) {
    const [head, ...body] = block.split('\n');
    listing[head.trim()] = body.join('\n').trim();
  }
  const problems = [];
  for (const s of SECTIONS) if (!listing[s]) problems.push(`no "## ${s}" section`);
  const len = (s) => [...(s ?? '')].length;
  if (len(listing.name) > LIMITS.name) problems.push(`name has ${len(listing.name)} characters (at most ${LIMITS.name})`);
  if (len(listing.summary) > LIMITS.summary) problems.push(`summary has ${len(listing.summary)} characters (at most ${LIMITS.summary})`);
  const d = len(listing.description);
  if (d < LIMITS.descriptionMin || d > LIMITS.descriptionMax) problems.push(`description has ${d} characters (${LIMITS.descriptionMin}–${LIMITS.descriptionMax})`);
  if (problems.length) throw new Error(`listing.${lang}.md: ${problems.join('; ')}`);
  return listing;
}

export const LISTING_LANGS = ['zh_CN', 'en'];

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // Listings first: a text over a store's limit stops here, before minutes of building.
  const listings = Object.fromEntries(LISTING_LANGS.map((lang) => [lang, readListing(lang)]));

  // XSKR_STORE=1 leaves the unpacked-id `key` out of the Chromium manifests (wxt.config.ts); the build dirs and zips
  // go to <base>/store, so the test build in <base>/chrome-mv3 (with its key) is not touched.
  const env = { XSKR_STORE: '1', XSKR_OUT_DIR: relative(ROOT, OUT) };
  run('npx', ['wxt', 'zip'], env);
  run('npx', ['wxt', 'zip', '-b', 'edge'], env);
  run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], env); // with the sources zip (zip.zipSources: Firefox)

  for (const [lang, listing] of Object.entries(listings)) {
    writeFileSync(join(OUT, `listing.${lang}.json`), JSON.stringify(listing, null, 2) + '\n');
    writeFileSync(join(OUT, `listing.${lang}.txt`), SECTIONS.map((s) => `【${s}】\n${listing[s]}\n`).join('\n'));
  }

  if (!args.includes('--no-screenshots')) {
    // The demo drives the test build (its pinned id), built as `npm run build` does, into <base>.
    run('npx', ['wxt', 'build']);
    run('npx', ['tsx', 'test/demo/demo.ts', '--store', join(OUT, 'screenshots')]);
    // The demo's log is no store material: beside the folder, not in it.
    if (existsSync(join(OUT, 'screenshots', 'log.txt'))) renameSync(join(OUT, 'screenshots', 'log.txt'), join(OUT, 'screenshots-log.txt'));
  }
  console.log(`\n[zip] store packages, listings${args.includes('--no-screenshots') ? '' : ' and screenshots'} in ${relative(ROOT, OUT)}/`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'package.mjs')) main();
