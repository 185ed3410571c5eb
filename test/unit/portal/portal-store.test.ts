import { describe, expect, it, vi } from 'vitest';
import { createPortalStore } from '../../../entrypoints/portal.content/portal-store';
import type { ContextState } from '../../../utils/portal/messaging';

const READY = { status: 'ready', context: { profile: { name: '李明' } } } as unknown as ContextState;

describe('the ledger context of a portal frame', () => {
  it('is loaded on an applicant screen', async () => {
    const load = vi.fn(() => Promise.resolve(READY));
    const store = createPortalStore(load);
    store.enterScreen('applicant-list');
    await vi.waitFor(() => expect(store.context.value).toBe(READY));
    store.enterScreen('year-detail');
    expect(load).toHaveBeenCalledTimes(1); // once is enough while the frame stays on applicant screens
  });

  it('is never loaded on reviewer screens, where someone else’s application is checked', async () => {
    const load = vi.fn(() => Promise.resolve(READY));
    const store = createPortalStore(load);
    store.enterScreen('hr-list');
    store.enterScreen('hr-detail');
    await store.refreshContext();
    expect(load).not.toHaveBeenCalled();
    expect(store.context.value).toMatchObject({ status: 'none', refusal: { code: 'reviewer-screen' } });
  });

  it('is dropped when a reviewer screen opens, also when its answer comes late, and loaded again on an applicant screen', async () => {
    let answer: (s: ContextState) => void = () => undefined;
    const load = vi.fn(() => new Promise<ContextState>((r) => (answer = r)));
    const store = createPortalStore(load);
    store.enterScreen('applicant-form');
    store.enterScreen('hr-detail');
    answer(READY);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.context.value.status).toBe('none');
    store.enterScreen('year-detail');
    expect(store.context.value.status).toBe('loading');
    answer(READY);
    await vi.waitFor(() => expect(store.context.value).toBe(READY));
    store.enterScreen('hr-list');
    expect(store.context.value.status).toBe('none');
  });
});
