// Benchmark (prints numbers, never fails on them; the budget test in test/browser/manifest.test.ts does): what the
// portal content script weighs in the build, every portal page (the shell: recognition and the panel) and on a
// recognised screen (the features' bundle the background injects), raw and gzip, against issue 15's target.
import { EXTENSION_DIR } from '../browser/harness';
import { contentSizes, EVERY_PAGE_BUDGET_GZIP, kb } from '../browser/content-size';

const { everyPage, onRecognition } = contentSizes(EXTENSION_DIR);
console.log(`every portal page (${everyPage.files.join(' + ')}): ${kb(everyPage.raw)} raw, ${kb(everyPage.gzip)} gzip  (target ≤ ${kb(EVERY_PAGE_BUDGET_GZIP)} gzip)`);
console.log(`added on a recognised screen (${onRecognition.files.join(' + ')}): ${kb(onRecognition.raw)} raw, ${kb(onRecognition.gzip)} gzip`);
console.log(`before the split (one bundle, 2026-11-30): 419.0 KB raw, 119.7 KB gzip (+ portal.css 4.9 KB, 1.6 KB gzip)`);
