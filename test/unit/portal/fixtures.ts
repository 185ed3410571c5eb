import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SCREEN_FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'screens');
export const screenFixtures = readdirSync(SCREEN_FIXTURES_DIR).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));

/** A saved screen (test/fixtures/screens/NAME.html) as a document. */
export function load(name: string): Document {
  const doc = document.implementation.createHTMLDocument('fixture');
  doc.documentElement.innerHTML = readFileSync(join(SCREEN_FIXTURES_DIR, `${name}.html`), 'utf8').replace(/^<!doctype html>\s*/i, '');
  return doc;
}
