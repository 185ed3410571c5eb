// @vitest-environment node
// The OCR engine only where the browser can run it (WebAssembly compiled in the options page), and a reading that
// stops with words a user can act on where it cannot; PDFs are read from their first page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CERTIFICATE_ASSETS } from '../../../utils/certificate/assets';
import { ocrSupport } from '../../../utils/certificate/ocr-support';
import { OcrUnavailable, readCertificateFile, type ReadContext, type ReadProgress } from '../../../utils/certificate/read';
import { uiLang } from '../../../utils/i18n-shell';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'certificates');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { name: string; year: number; issuer: string }>;
const ROOT = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string, type: string) => new File([readFileSync(join(DIR, name))], name, { type });

/** The reader's context with pdf.js's worker from node_modules; the stages it reports are kept. */
function context(): { ctx: ReadContext; stages: ReadProgress['stage'][] } {
  const stages: ReadProgress['stage'][] = [];
  const url = (path: string) => (path === CERTIFICATE_ASSETS.pdfWorker ? pathToFileURL(join(ROOT, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs')).href : `test://${path}`);
  return { ctx: { url, ocr: {}, onProgress: (p) => stages.push(p.stage) }, stages };
}

/** WebAssembly as an extension page of Chrome 92–102 has it: present, but compiling is refused by the page's CSP. */
const blockedWasm = {
  Module: class {
    constructor() {
      throw new WebAssembly.CompileError('WebAssembly.Module(): Wasm code generation disallowed by embedder');
    }
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  uiLang.value = 'zh-CN';
});

describe('OCR only where WebAssembly runs', () => {
  it('runs OCR where a module compiles, and not where WebAssembly is missing or refused (Chrome < 103 extension pages)', () => {
    expect(ocrSupport()).toEqual({ ok: true });
    expect(ocrSupport({})).toEqual({ ok: false, reason: 'no-wasm' });
    expect(ocrSupport({ WebAssembly: {} })).toEqual({ ok: false, reason: 'no-wasm' });
    expect(ocrSupport({ WebAssembly: blockedWasm })).toEqual({ ok: false, reason: 'blocked' });
  });

  it('stops reading a photo at once, before loading the engine, with a Chinese message saying what to do instead', async () => {
    vi.stubGlobal('WebAssembly', blockedWasm);
    const { ctx, stages } = context();
    const read = readCertificateFile(fixture('award-framed.png', 'image/png'), ctx);
    await expect(read).rejects.toBeInstanceOf(OcrUnavailable);
    const message = await read.catch((e: Error) => e.message);
    expect(message).toContain('不能运行文字识别');
    expect(message).toContain('新增活动'); // type it by hand…
    expect(message).toContain('Chrome/Edge 103'); // …or use a newer browser
    expect(message).not.toMatch(/at |Error|disallowed/); // words, not a stack trace
    expect(ctx.ocr.engine).toBeUndefined(); // tesseract.js was never imported
    expect(stages).not.toContain('ocr-load');
  });

  it('says the same in English when the page is in English', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    uiLang.value = 'en';
    const { ctx } = context();
    const message = await readCertificateFile(fixture('award-framed.png', 'image/png'), ctx).catch((e: Error) => e.message);
    expect(message).toMatch(/^This browser cannot run text recognition/);
    expect(message).toContain('Add activity');
  });

  it('reads a scan saved as PDF only as far as its empty text layer, then says OCR is unavailable, without hanging', async () => {
    vi.stubGlobal('WebAssembly', blockedWasm);
    const { ctx, stages } = context();
    const read = readCertificateFile(fixture('training-class-hours-plain.scanned-2p.pdf', 'application/pdf'), ctx);
    await expect(read).rejects.toBeInstanceOf(OcrUnavailable);
    expect(stages).toEqual(['pdf', 'pdf']);
  }, 30_000);
});

describe('PDFs are read from page 1', () => {
  it('takes a text PDF’s fields from its first page, not from the appendix on page 2', async () => {
    const { ctx } = context();
    const r = await readCertificateFile(fixture('training-days-framed.appendix-2p.pdf', 'application/pdf'), ctx);
    const e = EXPECTED['training-days-framed'];
    expect(r.via).toBe('pdf-text');
    expect(r.text).not.toContain('附件'); // page 2's text was not read
    expect([r.reading.name.value, r.reading.year.value, r.reading.issuer.value, r.reading.days.value, r.reading.hours.value]).toEqual([e.name, e.year, e.issuer, 3, undefined]);
  }, 30_000);
});
