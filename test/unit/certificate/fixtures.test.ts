// @vitest-environment node
// Field accuracy on the made-up certificates' text PDFs, read with pdf.js under Node (the same extraction code as the
// options page; the browser test measures the PNG scans with OCR, and the PDFs again, in the built extension).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftFromReading } from '../../../components/options/certificate-draft';
import { readCertificate } from '../../../utils/certificate/extract';
import { openPdf, pdfText } from '../../../utils/certificate/pdf-text';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'certificates');
type Expected = { person: string; kind: string; name: string; year: number; hours: number; issuer: string; category?: string };
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const src = { workerSrc: pathToFileURL(join(DIR, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.worker.min.mjs')).href };

describe('certificate fixtures: text PDFs', () => {
  it('reads at least 95 % of the fields right (kind, name, year, hours, issuer, subject when stated)', async () => {
    let right = 0;
    let total = 0;
    const report: string[] = [];
    for (const [id, e] of Object.entries(EXPECTED)) {
      const bytes = readFileSync(join(DIR, `${id}.pdf`));
      const doc = await openPdf(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, src);
      const text = await pdfText(doc);
      await doc.destroy();
      const d = draftFromReading(`${id}.pdf`, readCertificate(text, { personName: e.person }), 'hunan-2025');
      const checks: [string, boolean][] = [
        ['kind', d.kind === e.kind],
        ['name', d.name === e.name],
        ['year', d.year === String(e.year)],
        ['hours', Number(d.hours) === e.hours],
        ['issuer', d.provider === e.issuer],
      ];
      if (e.category) checks.push(['category', d.category === e.category]);
      const wrong = checks.filter(([, ok]) => !ok).map(([k]) => k);
      right += checks.length - wrong.length;
      total += checks.length;
      report.push(`${id}: ${checks.length - wrong.length}/${checks.length}${wrong.length ? ` wrong: ${wrong.join(', ')}` : ''}`);
    }
    console.log(`text PDFs (Node): ${right}/${total} fields right = ${((right / total) * 100).toFixed(1)} %\n  ${report.join('\n  ')}`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
