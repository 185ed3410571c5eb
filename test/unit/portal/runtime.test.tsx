import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { effect, signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineFeature, type FeatureContext } from '../../../entrypoints/portal.content/feature';
import { startPortal } from '../../../entrypoints/portal.content/runtime';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'screens');
function show(name: string) {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1];
}
const host = () => document.querySelector<HTMLElement>('xskr-panel');
const until = async (f: () => boolean) => {
  for (let i = 0; i < 100 && !f(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(f()).toBe(true);
};

describe('content-script framework', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => {
    ctx?.abort();
    document.body.innerHTML = '';
  });

  it('runs the features of the recognised screen, isolates a failing one, and aborts them when the screen changes', async () => {
    show('year-detail');
    const seen: { id: string; ctx: FeatureContext }[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const features = [
      defineFeature({ id: 'broken', include: ['year-detail'], description: 'x', init: () => { throw new Error('boom'); } }),
      defineFeature({
        id: 'probe',
        include: ['year-detail'],
        description: 'x',
        init(c) {
          seen.push({ id: 'probe', ctx: c });
          c.render(() => <p data-testid="probe">探针 {c.screen}</p>);
        },
      }),
      defineFeature({ id: 'elsewhere', include: ['hr-list'], description: 'x', init: (c) => void seen.push({ id: 'elsewhere', ctx: c }) }),
    ];
    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, features);
    await until(() => host()?.getAttribute('data-page') === 'year-detail');
    expect(host()!.getAttribute('data-testid')).toBe('xskr-panel');
    const shadow = host()!.shadowRoot!; // open: tests (and Playwright) can reach inside
    await until(() => shadow.querySelector('[data-testid="probe"]')?.textContent === '探针 year-detail');
    expect(seen.map((s) => s.id)).toEqual(['probe']);
    expect(error.mock.calls.some((c) => String(c[0]).includes('broken'))).toBe(true);

    // The dialog closes: the form underneath is the screen now; the year dialog's features are aborted.
    (document.querySelector('[aria-label="申报年度明细信息"]')!.parentElement as HTMLElement).style.display = 'none';
    await until(() => host()?.getAttribute('data-page') === 'applicant-form');
    expect(seen[0].ctx.signal.aborted).toBe(true);
    expect(shadow.querySelector('[data-testid="probe"]')).toBeNull();
  });

  it('while a job defers recognition, its page changes restart nothing; the screen is recognised once when it ends', async () => {
    show('year-detail');
    const inits: FeatureContext[] = [];
    let pageChanges = 0;
    const feature = defineFeature({
      id: 'filler',
      include: ['year-detail', 'applicant-form'],
      description: 'x',
      init(c) {
        inits.push(c);
        c.onPageChange(() => pageChanges++);
      },
    });
    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, [feature]);
    await until(() => host()?.getAttribute('data-page') === 'year-detail' && inits.length === 1);
    const runs = () => Number(host()!.getAttribute('data-xskr-observer-runs'));
    const runsBefore = runs();
    const changesBefore = pageChanges;
    const resume = inits[0].ui.deferRecognition!();
    // The job changes the page (here: the dialog it worked in closes) and keeps changing it.
    (document.querySelector('[aria-label="申报年度明细信息"]')!.parentElement as HTMLElement).style.display = 'none';
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('div'));
      await new Promise((r) => setTimeout(r, 80)); // longer than the observer's throttle
    }
    expect(host()!.getAttribute('data-page')).toBe('year-detail');
    expect(inits).toHaveLength(1);
    expect(inits[0].signal.aborted).toBe(false);
    expect(runs()).toBe(runsBefore);
    expect(pageChanges).toBe(changesBefore);
    resume();
    // Recognised at once: the form underneath is the screen now, its features started, the dialog's aborted.
    expect(host()!.getAttribute('data-page')).toBe('applicant-form');
    expect(runs()).toBe(runsBefore + 1);
    expect(inits[0].signal.aborted).toBe(true);
    expect(inits.map((c) => c.screen)).toEqual(['year-detail', 'applicant-form']);
    resume(); // a second call changes nothing
    expect(runs()).toBe(runsBefore + 1);
  });

  it('lets a feature render from inside a signal effect without subscribing it to the panel sections', async () => {
    show('year-detail');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const tick = signal(0);
    let runs = 0;
    const feature = defineFeature({
      id: 'effectful',
      include: ['year-detail'],
      description: 'x',
      init(c) {
        const dispose = effect(() => {
          runs++;
          const n = tick.value;
          c.render(() => <p data-testid="effectful">第 {n} 次</p>); // render reads and writes the sections
        });
        c.signal.addEventListener('abort', dispose);
      },
    });
    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, [feature]);
    const shadow = () => host()?.shadowRoot;
    await until(() => shadow()?.querySelector('[data-testid="effectful"]')?.textContent === '第 0 次');
    expect(runs).toBe(1); // once, not re-run by its own render until @preact/signals gives up ("Cycle detected")
    tick.value = 1; // only its own signals re-run it
    await until(() => shadow()?.querySelector('[data-testid="effectful"]')?.textContent === '第 1 次');
    expect(runs).toBe(2);
    expect(error).not.toHaveBeenCalled();
  });

  it('shows 未识别 without running anything on an unknown screen, and unloads cleanly', async () => {
    show('unknown-home');
    const init = vi.fn();
    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, [defineFeature({ id: 'any', include: ['applicant-list'], description: 'x', init })]);
    await until(() => !!host()?.shadowRoot?.textContent?.includes('未识别'));
    expect(host()!.hasAttribute('data-page')).toBe(false);
    expect(init).not.toHaveBeenCalled();
    ctx.abort();
    await until(() => host() === null);
  });
});
