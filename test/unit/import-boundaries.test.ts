// One concept, one place: the libraries (utils/, rules/) never reach up into the UI (components/) or the entry points
// (entrypoints/), and the portal's feature files are independent of one another (shared code lives in utils/ or in
// the non-feature helpers beside them: feature.ts, job.tsx, portal-store.ts …). Like the rules' purity test, it reads the
// import statements of the source files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports (static, type-only, re-exports and dynamic import()), resolved when relative. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs = [...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.map((spec) => {
    if (spec.startsWith('.')) return resolve(dirname(file), spec);
    if (spec.startsWith('@/') || spec.startsWith('~/')) return resolve(root, spec.slice(2));
    return spec;
  });
}

/** The file an import resolves to (imports name modules without their extension). */
function resolvedFile(path: string): string | undefined {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts'), join(path, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const rel = (path: string) => relative(root, path);
const inside = (path: string, dir: string) => !relative(join(root, dir), path).startsWith('..');

/** Known exceptions, each dated (none today: the popup's checklist moved to utils/ledger/checklist.ts). */
const KNOWN: Record<string, string[]> = {};

describe('import boundaries', () => {
  const libraryFiles = [...sourceFiles(join(root, 'utils')), ...sourceFiles(join(root, 'rules'))];

  it.each(libraryFiles.map((f) => [rel(f), f]))('%s imports nothing from components/ or entrypoints/', (_name, file) => {
    const upward = importsOf(file).filter((p) => p.startsWith('/') && (inside(p, 'components') || inside(p, 'entrypoints')));
    expect(upward.map(rel).filter((p) => !(KNOWN[rel(file)] ?? []).includes(p))).toEqual([]);
  });

  const contentDir = join(root, 'entrypoints', 'portal.content');
  const isFeature = (file: string) => /\bexport\s+default\s+defineFeature\s*\(/.test(readFileSync(file, 'utf8'));
  const featureFiles = sourceFiles(contentDir).filter(isFeature);

  it('finds the feature files (each exports default defineFeature(…))', () => {
    expect(featureFiles.map((f) => rel(f))).toEqual(
      expect.arrayContaining(['entrypoints/portal.content/year-checks.tsx', 'entrypoints/portal.content/submit-guard.tsx', 'entrypoints/portal.content/reviewer-marks.tsx']),
    );
  });

  it.each(featureFiles.map((f) => [rel(f), f]))('feature %s imports no other feature file', (_name, file) => {
    const others = importsOf(file)
      .map((p) => (p.startsWith('/') ? resolvedFile(p) : undefined))
      .filter((p): p is string => p !== undefined && p !== file && featureFiles.includes(p));
    expect(others.map(rel)).toEqual([]);
  });
});
