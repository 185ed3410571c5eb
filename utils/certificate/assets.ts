// Files the certificate reader needs at run time, copied from node_modules into the extension at build
// (wxt.config.ts, build:publicAssets) and loaded from the extension's own URLs: nothing is fetched from the network.
// Plain data: imported by wxt.config.ts in Node and by the options page.

/** Where each file lives in the built extension (`browser.runtime.getURL(path)`). */
export const CERTIFICATE_ASSETS = {
  pdfWorker: '/pdfjs/pdf.worker.min.mjs',
  pdfCMaps: '/pdfjs/cmaps/', // Chinese (Adobe-GB1) character maps for PDFs whose fonts are not embedded
  ocrWorker: '/ocr/worker.js', // OCR_WORKER_SHIM below, which loads tesseract.js's worker.min.js
  // The SIMD core: every browser we support (Chrome 103+, Firefox 140+) has WebAssembly SIMD. Not the LSTM-only core,
  // though we recognise with the LSTM engine only: the trained data's config names legacy-engine parameters, and the
  // LSTM-only core prints an error for each one it lacks. The .wasm sits beside it and is found by the core's loader.
  ocrCore: '/ocr/tesseract-core-simd.js',
  ocrLang: '/ocr/lang', // chi_sim.traineddata.gz, eng.traineddata.gz (tessdata_best, integer: small and accurate)
} as const;

export const OCR_LANGS = ['chi_sim', 'eng'] as const;

/** node_modules source (relative to the project root) → destination in the build. */
export const CERTIFICATE_ASSET_FILES: { from: string; to: string }[] = [
  { from: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', to: 'pdfjs/pdf.worker.min.mjs' },
  { from: 'node_modules/tesseract.js/dist/worker.min.js', to: 'ocr/worker.min.js' },
  { from: 'node_modules/tesseract.js-core/tesseract-core-simd.js', to: 'ocr/tesseract-core-simd.js' },
  { from: 'node_modules/tesseract.js-core/tesseract-core-simd.wasm', to: 'ocr/tesseract-core-simd.wasm' },
  { from: 'node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz', to: 'ocr/lang/chi_sim.traineddata.gz' },
  { from: 'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: 'ocr/lang/eng.traineddata.gz' },
];

/** The Chinese CMaps of pdfjs-dist (file names start with these). */
export const PDF_CMAP_PREFIXES = ['Adobe-GB1', 'GB', 'UniGB'];

/**
 * The OCR worker's entry (generated into the build as ocr/worker.js): tesseract.js's own worker, except that the three
 * lines tesseract-core prints when the worker is shut down (api.End() tries to load a language with a garbled name: a
 * harmless quirk of the core) go to console.debug instead of the error console. Every other message is untouched.
 */
export const OCR_WORKER_SHIM = `// 学时助手: tesseract.js's worker (worker.min.js), with the core's shutdown noise kept out of the error console.
const quiet = /^(Error opening data file|Please make sure the TESSDATA_PREFIX|Failed loading language)/;
const error = console.error.bind(console);
console.error = function (first) {
  if (typeof first === 'string' && quiet.test(first)) return console.debug.apply(console, arguments);
  return error.apply(console, arguments);
};
importScripts('worker.min.js');
`;
