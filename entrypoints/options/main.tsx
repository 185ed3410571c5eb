import { render } from 'preact';
import { App } from '../../components/options/App';
import { createLedgerState, LedgerContext } from '../../components/options/state';
import { openLedger } from '../../utils/ledger/db';
import './style.css';

/** `options.html#profile=<id>` opens that person (the popup links here). */
function profileFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('profile') ?? undefined;
}

async function main() {
  const root = document.getElementById('app')!;
  try {
    // Ask the browser not to evict the ledger under storage pressure (best effort; no prompt in extensions).
    void navigator.storage?.persist?.().catch(() => false);
    const ledger = await openLedger();
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
    root.textContent = `无法打开台账：${e instanceof Error ? e.message : String(e)}`;
  }
}

void main();
