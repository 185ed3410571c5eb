// What the portal content script weighs (issue 15). Every portal page loads what the manifest injects — the shell:
// recognition and the panel (entrypoints/portal.content/shell.ts) with its stylesheet; a recognised screen adds the
// features' bundle, which the background injects (utils/portal/feature-bundle.ts). Read from a build; used by the
// budget test (manifest.test.ts) and the benchmark (test/bench/content-size.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FEATURES_SCRIPT } from '../../utils/portal/feature-bundle';

/** Issue 15's target for what loads on every portal page, gzip (40 KB, counted as 40,000 bytes). */
export const EVERY_PAGE_BUDGET_GZIP = 40_000;

export interface BundleSize {
  files: string[];
  raw: number;
  /** Each file gzipped on its own (default level), summed. */
  gzip: number;
}

function sizeOf(dir: string, files: string[]): BundleSize {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

export function contentSizes(extensionDir: string): { everyPage: BundleSize; onRecognition: BundleSize } {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  // cssInjectionMode 'ui': the panel's stylesheet is read into its shadow root on every page (a web-accessible file).
  const styles = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((r) => r.startsWith('content-scripts/') && r.endsWith('.css'));
  return { everyPage: sizeOf(extensionDir, [...new Set([...scripts, ...styles])]), onRecognition: sizeOf(extensionDir, [FEATURES_SCRIPT.slice(1)]) };
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
