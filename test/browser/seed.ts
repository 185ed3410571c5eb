// Seeds the extension's ledger through the options page, as a user would: choose the backup file, confirm, wait.
import { join } from 'node:path';
import type { Session } from './harness';
import { openExtensionPage } from './harness';

const SAMPLE_DIR = join(import.meta.dirname, '..', 'fixtures', 'sample');

/** Backup of the sample ledger (李明 complete 2020–2024, 王芳 short in 2022), evidence PDFs included. */
export const SAMPLE_BACKUP = join(SAMPLE_DIR, 'sample-backup.xskr.json');
/** The same activities as an import template: UTF-8 CSV with BOM, GBK CSV, XLSX (no evidence files). */
export const SAMPLE_CSV = join(SAMPLE_DIR, 'sample.csv');
export const SAMPLE_GBK_CSV = join(SAMPLE_DIR, 'sample-gbk.csv');
export const SAMPLE_XLSX = join(SAMPLE_DIR, 'sample.xlsx');
export { SAMPLE_PERSON, SECOND_PERSON, SAMPLE_ID_NUMBER, SAMPLE_EMPLOYER, SAMPLE_YEARS } from '../fixtures/sample/sample-data';

/** Imports `file` on options.html (confirming the preview) and waits for the result; the page is closed after. */
export async function seedLedger(session: Session, file = SAMPLE_BACKUP): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  try {
    const input = page.getByTestId('ledger-import');
    await input.waitFor({ state: 'attached', timeout: 15_000 });
    await input.setInputFiles(file);
    const confirm = page.getByTestId('import-confirm');
    const result = page.getByTestId('import-result');
    const error = page.getByTestId('import-error');
    await confirm.or(result).or(error).first().waitFor({ timeout: 15_000 });
    if (await error.isVisible()) throw new Error(`seedLedger: ${await error.innerText()}`);
    if (await confirm.isVisible()) await confirm.click();
    await result.or(error).first().waitFor({ timeout: 15_000 });
    if (await error.isVisible()) throw new Error(`seedLedger: ${await error.innerText()}`);
  } finally {
    await page.close();
  }
}
