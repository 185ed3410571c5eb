import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { kb } from './content-size';
import { POPUP_FIRST_LOAD_BUDGET_GZIP, popupFirstLoad } from './popup-size';

// Issue 15: the popup's first frame (the year checklist) waits for everything popup.html loads before it; the calculator
// tab, the ledger page and the certificate reader load later or elsewhere, and what loads first stays within its budget.
describe('the popup’s first load', () => {
  const first = popupFirstLoad(EXTENSION_DIR);

  it(`loads at most ${kb(POPUP_FIRST_LOAD_BUDGET_GZIP)} gzip before its first frame`, () => {
    expect(first.gzip, `${first.files.join(' + ')}: ${kb(first.gzip)} gzip (${kb(first.raw)} raw)`).toBeLessThanOrEqual(POPUP_FIRST_LOAD_BUDGET_GZIP);
  });

  // wxt.config.ts firstFramePreload: the first frame's chunks load beside the entry, not one level at a time after it runs.
  it('names every chunk of its first frame in popup.html for preloading', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    const named = new Set([...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/([^"]+)"/g)].map((m) => m[1]));
    expect(first.files.length).toBeGreaterThan(3); // the entry, the first frame's module and what they import
    expect(first.files.filter((f) => !named.has(f))).toEqual([]);
  });

  // Each marker is a string only that code holds (a test id it renders, a name of its library).
  it.each([
    ['the calculator tab (loaded when it is first shown)', '"calc-results"'],
    ['the ledger page', '"ledger-import"'],
    ['the certificate reader', '"certificate-input"'],
    ['pdf.js', 'GlobalWorkerOptions'],
    ['the OCR engine', 'tesseract'],
    ['classic zod (the first frame checks its records with zod/mini)', '"ZodObject"'],
    ['the rule texts (conversions and evidence: rules/policies/text-2025.ts)', '每天折算8学时'],
    ['the dictionaries beyond the shell and popup slices (the options page’s, the panel’s)', '导入与导出'],
    ['WXT storage (the language’s copy for the portal panel is made after the first frame: store.ts loadMore)', 'Invalid area'],
    ['the browser API’s polyfill (webextension-polyfill: the first frame calls no extension API)', 'This script should only be loaded in a browser extension'],
  ])('holds no code of %s', (_what, marker) => {
    expect(first.text.includes(marker), `${marker} found in ${first.files.join(' + ')}`).toBe(false);
  });
});
