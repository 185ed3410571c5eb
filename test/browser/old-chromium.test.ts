// The Chrome build against the oldest Chrome it declares (minimum_chrome_version, wxt.config.ts MIN_CHROME_VERSION):
// every bundle parsed, no syntax and no built-in or web API newer than that version (versions from MDN's
// browser-compat-data), unless used behind a feature test. Reads the build only; no browser is started.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type Node } from 'acorn';
import { describe, expect, it } from 'vitest';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { MANIFEST_CHROME_NEEDS, MIN_CHROME_VERSION } from '../../wxt.config';
import { EXTENSION_DIR } from './harness';

interface Compat {
  __compat?: { support: Record<string, { version_added: string | boolean | null } | { version_added: string | boolean | null }[]> };
  [k: string]: unknown;
}
/** Chrome's version_added for a compat-data path like `javascript.classes.public_class_fields`. */
function chromeVersion(path: string): number {
  let node = bcd as unknown as Compat | undefined;
  for (const key of path.split('.')) node = node?.[key] as Compat | undefined;
  const s = node?.__compat?.support.chrome;
  const v = (Array.isArray(s) ? s[0] : s)?.version_added;
  if (typeof v !== 'string') throw new Error(`no Chrome version for ${path} in browser-compat-data`);
  return Number(v.replace(/^≤/, ''));
}

type AnyNode = Node & Record<string, any>;
/** Syntax newer than ES2019 that esbuild may leave in place, by compat-data path; ES2023+ syntax fails the parse. */
const SYNTAX: { feature: string; path: string; is: (n: AnyNode) => boolean }[] = [
  { feature: 'class static block', path: 'javascript.classes.static.initialization_blocks', is: (n) => n.type === 'StaticBlock' },
  { feature: 'public class field', path: 'javascript.classes.public_class_fields', is: (n) => n.type === 'PropertyDefinition' },
  { feature: 'private class field', path: 'javascript.classes.private_class_fields', is: (n) => n.type === 'PropertyDefinition' && n.key.type === 'PrivateIdentifier' },
  { feature: 'private method', path: 'javascript.classes.private_class_methods', is: (n) => n.type === 'MethodDefinition' && n.key.type === 'PrivateIdentifier' },
  { feature: '#field in object', path: 'javascript.classes.private_class_fields_in', is: (n) => n.type === 'BinaryExpression' && n.left.type === 'PrivateIdentifier' },
  { feature: 'optional chaining', path: 'javascript.operators.optional_chaining', is: (n) => n.type === 'ChainExpression' },
  { feature: '??', path: 'javascript.operators.nullish_coalescing', is: (n) => n.type === 'LogicalExpression' && n.operator === '??' },
  { feature: '||= &&= ??=', path: 'javascript.operators.logical_or_assignment', is: (n) => n.type === 'AssignmentExpression' && ['||=', '&&=', '??='].includes(n.operator) },
  { feature: 'RegExp d flag', path: 'javascript.builtins.RegExp.hasIndices', is: (n) => n.type === 'Literal' && !!n.regex?.flags.includes('d') },
  { feature: 'numeric separator', path: 'javascript.grammar.numeric_separators', is: (n) => n.type === 'Literal' && typeof n.value === 'number' && String(n.raw).includes('_') },
  { feature: 'BigInt literal', path: 'javascript.builtins.BigInt', is: (n) => n.type === 'Literal' && n.bigint !== undefined },
  { feature: 'optional catch binding', path: 'javascript.statements.try_catch.optional_catch_binding', is: (n) => n.type === 'CatchClause' && !n.param },
  { feature: 'dynamic import()', path: 'javascript.operators.import', is: (n) => n.type === 'ImportExpression' },
  { feature: 'import.meta', path: 'javascript.operators.import_meta', is: (n) => n.type === 'MetaProperty' && n.meta.name === 'import' },
];

/**
 * Built-in and web APIs of recent Chrome versions, found by their names in the code. `guarded` APIs may appear behind a
 * feature test: every occurrence must have `typeof` shortly before it.
 */
const APIS: { api: string; path: string; re: RegExp; guarded?: string }[] = [
  { api: 'Array/String.prototype.at', path: 'javascript.builtins.Array.at', re: /\.at\(/g },
  { api: 'crypto.randomUUID', path: 'api.Crypto.randomUUID', re: /\.randomUUID\(/g },
  { api: 'Object.hasOwn', path: 'javascript.builtins.Object.hasOwn', re: /\bObject\.hasOwn\(/g },
  { api: 'Error cause', path: 'javascript.builtins.Error.cause', re: /new Error\([^()]*,\s*\{\s*cause\s*:/g },
  { api: 'structuredClone', path: 'api.structuredClone', re: /\bstructuredClone\(/g },
  { api: 'Array.prototype.findLast', path: 'javascript.builtins.Array.findLast', re: /\.findLast(Index)?\(/g },
  { api: 'AbortSignal.timeout', path: 'api.AbortSignal.timeout_static', re: /\bAbortSignal\.timeout\(/g },
  { api: 'Element.checkVisibility', path: 'api.Element.checkVisibility', re: /\.checkVisibility\(/g },
  { api: 'Array.prototype.toSorted/toReversed/toSpliced/with', path: 'javascript.builtins.Array.toSorted', re: /\.(toSorted|toReversed|toSpliced)\(/g },
  { api: 'String.prototype.isWellFormed', path: 'javascript.builtins.String.isWellFormed', re: /\.(isWellFormed|toWellFormed)\(/g },
  { api: 'AbortSignal.any', path: 'api.AbortSignal.any_static', re: /\bAbortSignal\.any\(/g },
  { api: 'Object.groupBy / Map.groupBy', path: 'javascript.builtins.Object.groupBy', re: /\b(Object|Map)\.groupBy\(/g },
  { api: 'Promise.withResolvers', path: 'javascript.builtins.Promise.withResolvers', re: /\bPromise\.withResolvers\b/g },
  { api: 'Array.fromAsync', path: 'javascript.builtins.Array.fromAsync', re: /\bArray\.fromAsync\b/g },
  { api: 'URL.canParse', path: 'api.URL.canParse_static', re: /\bURL\.canParse\b/g, guarded: 'zod tests typeof URL.canParse and falls back to new URL' },
  { api: 'Uint8Array.fromBase64', path: 'javascript.builtins.Uint8Array.fromBase64', re: /\bUint8Array\.fromBase64\b/g, guarded: 'utils/portal/messaging.ts tests typeof and falls back to atob' },
];
/** Names that are no API use at all. */
const NOT_CALLS: { api: string; path: string; re: RegExp; why: string }[] = [
  { api: 'Symbol.dispose', path: 'javascript.builtins.Symbol.dispose', re: /\bSymbol\.dispose\b/g, why: '@preact/signals sets fn[Symbol.dispose] = fn: a property key, harmless when undefined' },
];

/**
 * Lazily loaded code that needs a newer browser than the extension's floor, each behind a runtime feature test that
 * keeps it from loading in older browsers (which are told why instead). Held to its own floor here.
 */
const LAZY_NEWER: { file: RegExp; minChrome: number; polyfilled: string[]; why: string }[] = [
  {
    file: /^chunks\/pdf-[\w-]+\.js$/,
    minChrome: 98,
    polyfilled: ['Promise.withResolvers', 'AbortSignal.any', 'Uint8Array.fromBase64'], // core-js and its own shim inside pdfjs-dist's legacy build
    why: 'pdf.js (pdfjs-dist 5, legacy build) of the certificate reader: imported only after pdfSupported() in utils/certificate/pdf-text.ts (PDF_MIN_CHROME)',
  },
];
const floorOf = (file: string) => Math.max(LAZY_NEWER.find((l) => l.file.test(file))?.minChrome ?? 0, MIN_CHROME_VERSION);
const polyfilledIn = (file: string, api: string) => !!LAZY_NEWER.find((l) => l.file.test(file))?.polyfilled.includes(api);

function bundles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bundles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

function walk(node: unknown, visit: (n: AnyNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const n = node as AnyNode;
  if (typeof n.type === 'string') visit(n);
  for (const key of Object.keys(n)) if (key !== 'loc' && key !== 'range') walk(n[key], visit);
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const files = bundles(EXTENSION_DIR);

describe(`the Chrome build runs in Chrome ${MIN_CHROME_VERSION}, its declared minimum`, () => {
  it('declares minimum_chrome_version from wxt.config.ts, at least 88 (the first with MV3)', () => {
    expect(manifest.minimum_chrome_version).toBe(String(MIN_CHROME_VERSION));
    expect(MIN_CHROME_VERSION).toBeGreaterThanOrEqual(88);
  });

  it.each(files.map((f) => relative(EXTENSION_DIR, f)))('%s has no syntax newer than the minimum', (file) => {
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // ES2022 at most: ES2023+ syntax fails the parse. Chunks are ES modules, entry bundles classic scripts: try both.
    let ast: Node;
    try {
      ast = parse(code, { ecmaVersion: 2022, sourceType: 'module' });
    } catch {
      ast = parse(code, { ecmaVersion: 2022, sourceType: 'script' });
    }
    const found = new Map<string, number>();
    walk(ast, (n) => {
      for (const s of SYNTAX) if (!found.has(s.feature) && s.is(n)) found.set(s.feature, chromeVersion(s.path));
    });
    const tooNew = [...found].filter(([, v]) => v > floorOf(file)).map(([f, v]) => `${f} (Chrome ${v})`);
    expect(tooNew).toEqual([]);
  });

  it('uses no built-in or web API newer than the minimum, except behind a feature test', () => {
    const problems: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const { api, path, re, guarded } of APIS) {
        const version = chromeVersion(path);
        if (version <= floorOf(relative(EXTENSION_DIR, file)) || polyfilledIn(relative(EXTENSION_DIR, file), api)) continue;
        for (const m of code.matchAll(re)) {
          const before = code.slice(Math.max(0, m.index - 80), m.index);
          if (guarded && /typeof/.test(before + code.slice(m.index, m.index + 40))) continue;
          problems.push(`${api} (Chrome ${version}) in ${relative(EXTENSION_DIR, file)}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
        }
      }
      for (const { api, re, path } of NOT_CALLS) {
        if (chromeVersion(path) <= MIN_CHROME_VERSION) continue;
        for (const m of code.matchAll(re)) {
          // Only as a computed property key: [Symbol.dispose]
          if (code[m.index - 1] === '[' && code[m.index + m[0].length] === ']') continue;
          problems.push(`${api} used other than as a property key in ${relative(EXTENSION_DIR, file)}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the floor is what the extension needs: an API the bundles use or something the manifest holds arrived in exactly that version', () => {
    const used = APIS.filter(({ re }) => files.some((f) => new RegExp(re.source).test(readFileSync(f, 'utf8'))))
      .map(({ path }) => chromeVersion(path))
      .filter((v) => v <= MIN_CHROME_VERSION);
    const csp = String(manifest.content_security_policy?.extension_pages ?? '');
    const manifestNeeds = MANIFEST_CHROME_NEEDS.filter((n) => csp.includes(n.csp)).map((n) => n.minChrome);
    expect(Math.max(88, ...used, ...manifestNeeds)).toBe(MIN_CHROME_VERSION);
  });
});
