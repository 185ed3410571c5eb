import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const rulesDir = join(root, 'rules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('rules/ is a pure library', () => {
  const files = sourceFiles(rulesDir);

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s uses no browser API and imports only zod (classic or zod/mini) and rules/', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(window|document|browser|chrome|localStorage|indexedDB|navigator|XMLHttpRequest)\b\s*[.[]/);
    expect(code).not.toMatch(/\bfetch\s*\(|\beval\s*\(|new Function\s*\(/);
    for (const [, spec] of code.matchAll(/from\s+'([^']+)'/g)) expect(spec === 'zod' || spec === 'zod/mini' || spec.startsWith('./') || spec.startsWith('../')).toBe(true);
    for (const [, spec] of code.matchAll(/from\s+'(\.\.\/[^']+)'/g)) expect(resolve(file, '..', spec).startsWith(rulesDir)).toBe(true);
  });

  it('runs under plain Node: listPolicies() through tsx', { timeout: 60_000 }, () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['-e', "import('./rules/index.ts').then(m=>console.log(JSON.stringify(m.listPolicies().map(p=>p.id))))"], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(JSON.parse(out.trim())).toEqual(['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022']);
  });
});
