import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from '../../../entrypoints/portal.content/features';
import { SCREEN_IDS } from '../../../utils/portal/screens';

const DIR = join(import.meta.dirname, '..', '..', '..', 'entrypoints', 'portal.content');
const FRAMEWORK = new Set(['index.ts', 'runtime.tsx', 'shell.ts', 'feature.ts', 'features.ts', 'portal-store.ts', 'job.tsx', 'trusted.ts']);

describe('portal features (Refined GitHub conventions)', () => {
  const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
  const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f) && !FRAMEWORK.has(f));

  it('every feature file is registered, and its id is its file name', () => {
    const ids = features.map((f) => f.id).sort();
    expect(files.map((f) => f.replace(/\.tsx?$/, '')).sort()).toEqual(ids);
    for (const f of features) expect(f.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('every feature is documented in README.md with its screens', () => {
    for (const f of features) {
      const line = readme.split('\n').find((l) => l.startsWith(`| \`${f.id}\``));
      expect(line, `${f.id} missing from README.md`).toBeDefined();
      for (const s of f.include) expect(line).toContain(s);
      expect(line).toContain(f.description);
    }
  });

  it('features only name screens that exist', () => {
    for (const f of features) for (const s of f.include) expect(SCREEN_IDS).toContain(s);
  });
});
