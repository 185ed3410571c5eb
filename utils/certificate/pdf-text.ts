// A PDF's text layer through pdfjs-dist (loaded only when a PDF is read; its worker comes from the extension's files).
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { tc } from '../i18n-certificate';

type Pdfjs = typeof import('pdfjs-dist');
let pdfjs: Promise<Pdfjs> | undefined;
// One worker for every PDF of the session: starting pdf.js's worker (a 1 MB module) is most of the time of a small PDF.
let worker: InstanceType<Pdfjs['PDFWorker']> | undefined;

/**
 * pdf.js 5 (its legacy build, which brings its own polyfills for Promise.withResolvers and AbortSignal.any) needs
 * Chrome 98: a class static block (94) and structuredClone (98). The extension's floor is now above it (Chrome 103,
 * wxt.config.ts); the feature test stays for a browser that lies about its version or lacks structuredClone, where
 * the reader says so instead of loading pdf.js.
 */
export const PDF_MIN_CHROME = 98;
export function pdfSupported(g: { structuredClone?: unknown } = globalThis): boolean {
  return typeof g.structuredClone === 'function';
}
/** The message, in Chinese; the reader shows it in the UI language. */
export const PDF_UNSUPPORTED = tc('certPdfUnsupported', { version: PDF_MIN_CHROME }, 'zh-CN');

/** pdfjs-dist's legacy build, imported on first use. */
export function loadPdfjs(workerSrc: string): Promise<Pdfjs> {
  if (!pdfSupported()) return Promise.reject(new Error(tc('certPdfUnsupported', { version: PDF_MIN_CHROME })));
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    const lib = m as unknown as Pdfjs;
    lib.GlobalWorkerOptions.workerSrc = workerSrc;
    return lib;
  });
  return pdfjs;
}

export interface PdfSource {
  workerSrc: string;
  cMapUrl?: string;
}

export async function openPdf(bytes: ArrayBuffer, src: PdfSource): Promise<PDFDocumentProxy> {
  const lib = await loadPdfjs(src.workerSrc);
  if (!worker || worker.destroyed) worker = new lib.PDFWorker();
  const task = lib.getDocument({
    worker,
    data: new Uint8Array(bytes.slice(0)), // pdfjs takes the buffer over; the caller keeps its bytes for the evidence
    cMapUrl: src.cMapUrl,
    cMapPacked: true,
    isEvalSupported: false, // extension pages allow no eval
    disableFontFace: true, // text only: no fonts are installed in the page
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new Error('这个 PDF 有密码保护，无法读取');
    if (name === 'InvalidPDFException') throw new Error('这个文件不是有效的 PDF，或已损坏');
    throw e;
  }
}

interface Placed {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text items into lines: top to bottom, left to right; a space where a gap shows one (table cells, columns). */
export function itemsToLines(items: Placed[]): string {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const it of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - it.y) <= Math.max(2, 0.5 * Math.max(line[0].h, it.h))) line.push(it);
    else lines.push([it]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let out = '';
      let end = -Infinity;
      for (const it of line) {
        const gap = it.x - end;
        if (out && gap > 0.3 * Math.max(it.h, 1)) out += gap > 2 * Math.max(it.h, 1) ? '  ' : ' ';
        out += it.str;
        end = it.x + it.w;
      }
      return out.trim();
    })
    .join('\n');
}

/** The text of the first `maxPages` pages. */
export async function pdfText(doc: PDFDocumentProxy, maxPages = 5): Promise<string> {
  const pages: string[] = [];
  for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is TextItem => 'str' in i)
      .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], w: i.width, h: i.height || Math.abs(i.transform[3]) }));
    pages.push(itemsToLines(items));
    page.cleanup();
  }
  return pages.join('\n');
}
