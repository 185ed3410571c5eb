import { render } from 'preact';
import { effect } from '@preact/signals';
import { App } from '../../components/options/App';
import { createLedgerState, LedgerContext } from '../../components/options/state';
import { openLedger } from '../../utils/ledger/db';
import { loadUiLanguage, t } from '../../utils/i18n';
import './style.css';

/** `options.html#profile=<id>` opens that person (the popup links here). */
function profileFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('profile') ?? undefined;
}

async function main() {
  effect(() => void (document.title = t('pageTitleOptions'))); // the <title> follows the UI language too
  const root = document.getElementById('app')!;
  try {
    // Ask the browser not to evict the ledger under storage pressure (best effort; no prompt in extensions).
    void navigator.storage?.persist?.().catch(() => false);
    const ledger = await openLedger();
    await loadUiLanguage(ledger).catch(() => undefined); // unreadable settings: stay in Chinese
    const state = createLedgerState(ledger, profileFromHash(location.hash));
    window.addEventListener('hashchange', () => {
      const id = profileFromHash(location.hash);
      if (id) void state.selectProfile(id);
    });
    render(
      <LedgerContext.Provider value={state}>
        <App />
      </LedgerContext.Provider>,
      root,
    );
  } catch (e) {
    root.textContent = t('cannotOpenLedger', { message: e instanceof Error ? e.message : String(e) });
  }
}

void main();
