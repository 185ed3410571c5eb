// Test helpers for the extension's own pages rendered in happy-dom: wait for what a person would see, and the options
// page as its entry point mounts it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { App } from '../../components/options/App';
import { createLedgerState, LedgerContext, type LedgerState } from '../../components/options/state';
import type { Ledger } from '../../utils/ledger/db';

/** Lets timers, IndexedDB and preact's renders run until `check()` holds; throws after `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

/** The options page over `ledger`, rendered into `host`; returns its state. */
export async function renderOptions(ledger: Ledger, host: HTMLElement): Promise<LedgerState> {
  const state = createLedgerState(ledger);
  await act(() =>
    render(
      <LedgerContext.Provider value={state}>
        <App />
      </LedgerContext.Provider>,
      host,
    ),
  );
  return state;
}

/**
 * Call once at the top of a test file. The function it returns renders the options page over `ledger` into a new host
 * in the body (renderOptions) and resolves with the host and the page's state; after each test the page is unmounted,
 * the ledger closed (`owner`: the one to close when the page reads through a wrapper of it) and the body emptied.
 */
export function optionsPages(): (ledger: Ledger, owner?: Ledger) => Promise<{ host: HTMLElement; state: LedgerState }> {
  let shown: { host: HTMLElement; owner: Ledger } | undefined;
  afterEach(() => {
    if (shown) {
      render(null, shown.host);
      shown.owner.close();
    }
    shown = undefined;
    document.body.innerHTML = '';
  });
  return async (ledger, owner = ledger) => {
    const host = document.createElement('div');
    document.body.append(host);
    shown = { host, owner };
    return { host, state: await renderOptions(ledger, host) };
  };
}

/** Chooses `value` in a select (or types it into an input) as a person does: the value, then bubbling input and change. */
export async function setValue(el: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
