import { render } from 'preact';
import { effect } from '@preact/signals';
import { SummaryPage } from '../../components/summary/SummaryPage';
import { openLedger } from '../../utils/ledger/db';
import { loadUiLanguage, t } from '../../utils/i18n';
import { offlineSummary, spanOverview, type OfflineSummary } from '../../utils/ledger/offline-summary';
import './style.css';

/**
 * `summary.html#profile=<id>`: that person only; otherwise every person whose check is offline.
 * `#profile=<id>&overview=1`: that person's span overview, whatever their route (the options year view's print link).
 */
async function main() {
  effect(() => void (document.title = t('pageTitleSummary'))); // the <title> follows the UI language too
  const root = document.getElementById('app')!;
  try {
    const ledger = await openLedger();
    await loadUiLanguage(ledger).catch(() => undefined);
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const only = params.get('profile');
    const overview = only !== null && params.get('overview') === '1';
    const sheets: OfflineSummary[] = [];
    for (const p of await ledger.listProfiles()) {
      if (only && p.id !== only) continue;
      const [entries, evidence] = await Promise.all([ledger.listEntries(p.id), ledger.listEvidence(p.id)]);
      const s = overview ? spanOverview(p, entries, evidence) : offlineSummary(p, entries, evidence);
      if (s) sheets.push(s);
    }
    render(<SummaryPage sheets={sheets} overview={overview} />, root);
  } catch (e) {
    root.textContent = t('cannotOpenLedger', { message: e instanceof Error ? e.message : String(e) });
  }
}

void main();
