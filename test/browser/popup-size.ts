// What the popup loads before its first frame (issue 15: popup open → checklist ≤ 100 ms): popup.html's module script
// and, recursively, every chunk it imports statically (`import … from "./x.js"`); chunks it loads with import() (the
// calculator tab, …) are not counted. Read from a build; used by popup-size.test.ts and the popup-open benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the popup loads before its first frame may weigh, gzip: today's figure (102.4 KB at 19:45 on 30 Nov: the popup's
 * code with the shared chunk it imports — zod classic, the full dictionaries, every rule set's texts) and a little room.
 * TODO [2026-12-31]: lower it once the first chunk holds only what the checklist's first frame needs (zod/mini or plain
 * checks at the boundary, a popup slice of the dictionaries, the rule texts after the first paint), and check here that
 * zod classic ('"ZodObject"') and the rule texts ('每天折算8学时') are no longer in it.
 */
export const POPUP_FIRST_LOAD_BUDGET_GZIP = 106_000;

export interface FirstLoad {
  /** Paths under the build folder, in load order (the entry first). */
  files: string[];
  raw: number;
  /** Each file gzipped on its own (default level), summed. */
  gzip: number;
  /** The files' text with \uXXXX escapes read back, to look for a module's own strings. */
  text: string;
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.{1,2}\/([^"']+\.js)["']/g;

export function popupFirstLoad(extensionDir: string): FirstLoad {
  const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*\ssrc="\/([^"]+)"/)?.[1];
  if (!entry) throw new Error(`popup.html has no module script: ${html}`);
  const files: string[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of readFileSync(join(extensionDir, file), 'utf8').matchAll(STATIC_IMPORT)) queue.push(dir + m[1]);
  }
  let raw = 0;
  let gzip = 0;
  let text = '';
  for (const f of files) {
    const bytes = readFileSync(join(extensionDir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    text += bytes.toString('utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return { files, raw, gzip, text };
}
