// What the popup loads before its first frame (issue 15: popup open → checklist ≤ 100 ms): popup.html's module script
// and, recursively, every chunk it imports statically (`import … from "./x.js"`), and the first frame's module the entry
// loads with import() right after starting the ledger's read (entrypoints/popup/main.tsx) with all it imports; chunks
// loaded with import() elsewhere (the calculator tab, the rest after the first frame, …) are not counted. Read from a
// build; used by popup-size.test.ts and the popup-open benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the popup loads before its first frame may weigh, gzip: today's figure and a little room. 52.0 KB on 30 Nov
 * (22:20), since the first frame builds its checklist from the rule sets' first-frame part and check-core with the
 * popup's dictionary slice (utils/ledger/checklist-core.ts) and loads the rest with import() after it: preact and its
 * signals, zod/mini for the quick read, the three rule sets' minima/spans/windows, the shell and popup texts. Before
 * that split it was 104.9 KB (zod classic, every dictionary, every rule set's texts). 49.1 KB since the entry only starts
 * the ledger's read and import()s the first frame (52.8 KB: the split's own helper chunks) and the language's copy for
 * the portal panel (WXT storage) waits until after the first frame (-3.7 KB). 46.7 KB on 1 Dec: the 台账 link is a path,
 * so the browser API's polyfill left the first frame (-2.5 KB), and the first read's checks of the split summary
 * (utils/ledger/summary-split.ts, +0.4 KB).
 */
export const POPUP_FIRST_LOAD_BUDGET_GZIP = 48_500;

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
/** The entry's own import() of the first frame (only the entry's: its other chunks' import() come after the frame). */
const DYNAMIC_IMPORT = /\bimport\(\s*["']\.{1,2}\/([^"']+\.js)["']\s*\)/g;

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
    const code = readFileSync(join(extensionDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(dir + m[1]);
    if (file === entry) for (const m of code.matchAll(DYNAMIC_IMPORT)) queue.push(dir + m[1]);
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
