import { describe, expect, it } from 'vitest';
import { loadPdfjs, PDF_UNSUPPORTED, pdfSupported } from '../../../utils/certificate/pdf-text';

describe('pdf.js only where the browser can run it', () => {
  it('refuses, in Chinese, a browser without structuredClone (older than Chrome 98)', () => {
    expect(pdfSupported({ structuredClone() {} })).toBe(true);
    expect(pdfSupported({})).toBe(false);
    expect(PDF_UNSUPPORTED).toMatch(/升级浏览器.*JPG\/PNG/);
  });

  it('does not load pdf.js in such a browser, and says why', async () => {
    const saved = globalThis.structuredClone;
    // @ts-expect-error — a browser older than Chrome 98
    delete globalThis.structuredClone;
    try {
      await expect(loadPdfjs('worker.mjs')).rejects.toThrow(PDF_UNSUPPORTED);
    } finally {
      globalThis.structuredClone = saved;
    }
  });
});
