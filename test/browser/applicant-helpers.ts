// Helpers of the applicant browser tests: the replica's test API and the steps a user takes on it.
import type { Locator, Page } from 'playwright-core';
import { profileYearRows } from '../../utils/ledger/hours';
import { sampleBatch } from '../fixtures/sample/sample-data';

export interface ReplicaRow {
  id: string;
  year: number;
  publicName: string;
  publicHours: number;
  publicForm: string;
  professionalName: string;
  professionalHours: number;
  professionalForm: string;
  totalHours: number;
  attachments: { name: string; type: string; size: number; sha256?: string }[];
}
export interface ReplicaApp {
  id: string;
  variant: 'A' | 'B';
  status: string;
  form: Record<string, string>;
  rows: ReplicaRow[];
  slots: Record<string, { name: string; size: number }[]>;
}
export interface ReplicaEvent {
  type: string;
  [k: string]: unknown;
}

export const saved = (page: Page) => page.evaluate(() => (window as any).__replica.saved() as { applications: ReplicaApp[] });
export const events = (page: Page) => page.evaluate(() => (window as any).__replica.events as ReplicaEvent[]);
export const seedReplica = (page: Page, applications: unknown[]) =>
  page.evaluate((apps) => (window as any).__replica.seed({ applications: apps }), applications);

/** The rows the sample ledger's active person (李明) should file: the ledger's own aggregation. */
export function expectedRows() {
  const batch = sampleBatch();
  const profile = batch.profiles.find((p) => p.id === batch.settings.activeProfileId)!;
  return profileYearRows(
    profile,
    batch.entries.filter((e) => e.profileId === profile.id),
    batch.evidence.filter((e) => e.profileId === profile.id),
  );
}

export function dialog(page: Page, title: string): Locator {
  return page.locator('.el-dialog__wrapper:visible').filter({ has: page.locator('.el-dialog__title', { hasText: new RegExp(`^\\s*${title}\\s*$`) }) });
}

/** The panel host in the page (its shadow content is reachable with getByTestId). */
export const panel = (page: Page) => page.getByTestId('xskr-panel');
