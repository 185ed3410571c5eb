import { describe, expect, it } from 'vitest';
import { loadPdfjs, PDF_UNSUPPORTED, pdfSupported } from '../../../utils/certificate/pdf-text';
import { uiLang } from '../../../utils/i18n-shell';

describe('pdf.js only where the browser can run it', () => {
  it('refuses, in Chinese, a browser without structuredClone (older than Chrome 98)', () => {
    expect(pdfSupported({ structuredClone() {} })).toBe(true);
    expect(pdfSupported({})).toBe(false);
    expect(PDF_UNSUPPORTED).toMatch(/升级浏览器.*JPG\/PNG/);
  });

  it('does not load pdf.js in such a browser, and says why in the UI language', async () => {
    const saved = globalThis.structuredClone;
    // @ts-expect-error — a browser older than Chrome 98
    delete globalThis.structuredClone;
    try {
      await expect(loadPdfjs('worker.mjs')).rejects.toThrow(PDF_UNSUPPORTED);
      uiLang.value = 'en';
      await expect(loadPdfjs('worker.mjs')).rejects.toThrow('Reading PDF certificates needs a newer browser (Chrome/Edge 98 or later)');
    } finally {
      uiLang.value = 'zh-CN';
      globalThis.structuredClone = saved;
    }
  });
});
