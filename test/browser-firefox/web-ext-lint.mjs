// `web-ext lint --self-hosted` on the Firefox build: fails on any error, and on any warning or notice that is not
// explained below. Run after `npm run build` (reads XSKR_OUT_DIR like the tests), or on another unpacked Firefox build
// given as the argument (the store test lints the unzipped AMO package).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIR = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, process.env.XSKR_OUT_DIR || '.output', 'firefox-mv3');
if (!existsSync(join(DIR, 'manifest.json'))) {
  console.error(`[web-ext lint] no Firefox build in ${DIR}: run npm run build first`);
  process.exit(1);
}

/**
 * Warnings we keep, each with the reason. A message is explained only when its check says so for the exact place.
 *
 * UNSAFE_VAR_ASSIGNMENT (innerHTML) in the bundles: preact's renderer (node_modules/preact, bundled into every page
 * and the content script) implements the `dangerouslySetInnerHTML` prop as `dom.innerHTML = props.dangerouslySetInnerHTML.__html`
 * (and clears it with `innerHTML = ""`). Our code never passes that prop nor assigns innerHTML (the unit test
 * test/unit/browser-support.test.ts scans the source for both), so the assignment never runs with any value.
 */
const around = (m, span = 200) => {
  if (!m.file || !m.line || !m.column) return '';
  const line = readFileSync(join(DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return line.slice(Math.max(0, m.column - span), m.column + span);
};
/**
 * The certificate reader's third-party code (utils/certificate/assets.ts), loaded only on the options page when a file
 * is read: pdf.js (chunks/pdf-*.js, pdfjs/pdf.worker.min.mjs), tesseract.js's worker (ocr/) and its bundled
 * regenerator-runtime. Their `Function(...)` uses are fallbacks that cannot run here: the extension pages' CSP
 * (wxt.config.ts: script-src 'self' 'wasm-unsafe-eval', no 'unsafe-eval') makes them throw, and pdf.js is opened with
 * isEvalSupported: false. pdf.js's dynamic import() loads its own worker from the URL we give it (the extension's file).
 */
const READER_FILES = /^(pdfjs\/|ocr\/|chunks\/pdf-[\w-]+\.js$)/;
const EXPLAINED = [
  {
    code: 'DANGEROUS_EVAL',
    why: "certificate reader's pdf.js / tesseract.js: Function() fallbacks blocked by our CSP",
    matches: (m) => (!!m.file && READER_FILES.test(m.file)) || /regeneratorRuntime = r/.test(around(m, 120)),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "pdf.js's import() of its own worker (the extension's file)",
    matches: (m) => !!m.file && READER_FILES.test(m.file) && /Unsafe call to import/.test(m.message),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "preact's dangerouslySetInnerHTML support (never used by our code)",
    matches: (m) => {
      if (!/innerHTML/.test(m.message) || !m.file || !m.line || !m.column) return false;
      const line = readFileSync(join(DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
      const around = line.slice(Math.max(0, m.column - 200), m.column + 200);
      return around.includes('.__html') && /dangerouslySetInnerHTML|__html/.test(around);
    },
  },
];

const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
const started = Date.now();
const run = spawnSync(bin, ['lint', '--source-dir', DIR, '--self-hosted', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const out = run.stdout ?? '';
let report;
try {
  report = JSON.parse(out.slice(out.indexOf('{')));
} catch {
  console.error(`[web-ext lint] could not read the report (exit ${run.status}):\n${out}\n${run.stderr}`);
  process.exit(1);
}

const where = (m) => `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? ''}` : ''}`;
const problems = [];
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) {
    const explained = kind !== 'errors' && EXPLAINED.find((e) => e.code === m.code && e.matches(m));
    if (explained) console.log(`[web-ext lint] ${kind.slice(0, -1)} ${m.code} ${where(m)} — explained: ${explained.why}`);
    else problems.push(`${kind.slice(0, -1)} ${m.code} ${where(m)}: ${m.message}${m.description ? `\n    ${String(m.description).replace(/\s+/g, ' ')}` : ''}`);
  }
}
const { errors, warnings, notices } = report.summary;
console.log(`[web-ext lint] ${DIR}: ${errors} errors, ${warnings} warnings, ${notices} notices (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (problems.length) {
  console.error(`[web-ext lint] not explained:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
