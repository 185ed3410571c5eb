// One concept, one place (issue 15): no block of six or more lines appears twice in our source folders (rules/, utils/,
// components/, entrypoints/), other than the per-document rule data (rules/policies/: each official text's own values,
// alike by nature). Lines are compared with their whitespace collapsed; lines that carry nothing of their own — blank,
// only punctuation or brackets, a JSX closing tag, an import, a comment — are left out before the blocks are cut, so
// a copy cannot hide behind a reformatted bracket or a different comment. A block found twice fails with both places.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const FOLDERS = ['rules', 'utils', 'components', 'entrypoints'];
const BLOCK = 6;

/**
 * Pairs left alone on purpose, keyed by both files (sorted, joined by ' ~ '), each with the reason it cannot be merged
 * — none today; keep it tiny (a merge is the fix, not an entry here).
 */
const KNOWN: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css|html)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A line that says nothing by itself: blank, punctuation or brackets only, a JSX closing tag, an import, a comment. */
export function isTrivial(line: string): boolean {
  return (
    line === '' ||
    /^[\s{}()[\];,.:<>/=?|&!+*-]*$/.test(line) ||
    /^<\/[\w.-]*>[)}\];,]*$/.test(line) ||
    /^(import|export)\b.*\bfrom\s*['"]/.test(line) ||
    /^import\s*['"]/.test(line) ||
    /^(\/\/|\/\*|\*)/.test(line)
  );
}

interface Place {
  file: string;
  from: number;
  to: number;
}

/** Every block of BLOCK non-trivial lines found in two places (overlapping windows of one copy merged into one row). */
export function repeatedBlocks(files: { name: string; text: string }[], block = BLOCK): { a: Place; b: Place }[] {
  const seen = new Map<string, { file: string; index: number; from: number; to: number }>();
  const rows: { a: Place; b: Place; ai: number; bi: number; last: number }[] = [];
  for (const { name, text } of files) {
    const lines = text
      .split('\n')
      .map((l, i) => ({ text: l.trim().replace(/\s+/g, ' '), n: i + 1 }))
      .filter((l) => !isTrivial(l.text));
    for (let i = 0; i + block <= lines.length; i++) {
      const key = lines
        .slice(i, i + block)
        .map((l) => l.text)
        .join('\n');
      const here = { file: name, index: i, from: lines[i].n, to: lines[i + block - 1].n };
      const first = seen.get(key);
      if (!first) {
        seen.set(key, here);
        continue;
      }
      if (first.file === name && i - first.index < block) continue; // a run repeating itself (a list of like lines)
      const row = rows.find((r) => r.a.file === first.file && r.b.file === name && first.index - r.ai === i - r.bi && first.index <= r.last + 1);
      if (row) {
        row.a.to = Math.max(row.a.to, first.to);
        row.b.to = here.to;
        row.last = first.index;
      } else {
        rows.push({ a: { file: first.file, from: first.from, to: first.to }, b: { file: name, from: here.from, to: here.to }, ai: first.index, bi: i, last: first.index });
      }
    }
  }
  return rows.map(({ a, b }) => ({ a, b }));
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' ~ ');

describe('no repeated code', () => {
  const files = FOLDERS.flatMap((d) => sourceFiles(join(root, d)))
    .map((path) => relative(root, path))
    .filter((name) => !name.startsWith('rules/policies/'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));

  it('reads the source folders', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['rules/index.ts', 'utils/i18n.ts', 'components/panel/Panel.tsx', 'entrypoints/background.ts']));
  });

  it('finds a block copied into another file, and one copied within a file, naming both places', () => {
    const body = ['const a = entry.activity;', 'if (a && a.start) {', 'const from = Number(a.start);', 'const to = Number(a.end);', 'return range(from, to);', '}', 'return [entry.year];'];
    const other = ['let x = 1;', ...body.map((l) => `  ${l}  `), 'x += 2;', ...body];
    const found = repeatedBlocks([
      { name: 'a.ts', text: ['// one', ...body].join('\n') },
      { name: 'b.ts', text: other.join('\n') },
    ]);
    expect(found).toEqual([
      { a: { file: 'a.ts', from: 2, to: 8 }, b: { file: 'b.ts', from: 2, to: 8 } },
      { a: { file: 'a.ts', from: 2, to: 8 }, b: { file: 'b.ts', from: 10, to: 16 } },
    ]);
    expect(repeatedBlocks([{ name: 'b.ts', text: other.join('\n') }])).toEqual([{ a: { file: 'b.ts', from: 2, to: 8 }, b: { file: 'b.ts', from: 10, to: 16 } }]);
    // a longer copy is one row, not one per window
    const long = [...body, 'log(from);', 'log(to);'];
    expect(repeatedBlocks([{ name: 'a.ts', text: long.join('\n') }, { name: 'b.ts', text: long.join('\n') }])).toEqual([{ a: { file: 'a.ts', from: 1, to: 9 }, b: { file: 'b.ts', from: 1, to: 9 } }]);
    // five lines alike are not a block; nor are six brackets and imports
    expect(repeatedBlocks([{ name: 'a.ts', text: body.slice(0, 6).join('\n') }, { name: 'b.ts', text: body.slice(0, 6).join('\n') }])).toEqual([]);
    expect(repeatedBlocks([{ name: 'a.ts', text: '}\n)\n];\n</div>\nimport x from "y";\n// c\n' }, { name: 'b.ts', text: '}\n)\n];\n</div>\nimport x from "y";\n// c\n' }])).toEqual([]);
  });

  it('has no block of six or more lines twice in rules/, utils/, components/, entrypoints/ (rules/policies/ aside)', () => {
    const found = repeatedBlocks(files).filter(({ a, b }) => !(pairKey(a.file, b.file) in KNOWN));
    expect(found.map(({ a, b }) => `${a.file}:${a.from}-${a.to} ~ ${b.file}:${b.from}-${b.to}`)).toEqual([]);
  });

  it('lists as known only pairs that still repeat (nothing stale)', () => {
    const pairs = new Set(repeatedBlocks(files).map(({ a, b }) => pairKey(a.file, b.file)));
    expect(Object.keys(KNOWN).filter((k) => !pairs.has(k))).toEqual([]);
  });
});
