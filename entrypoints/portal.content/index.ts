import '../../components/panel/panel.css';
import { features } from './features';
import { startPortal } from './runtime';
import { PORTAL_MATCHES } from '../../utils/portal/portal-url';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    document.documentElement.setAttribute('data-xskr-injected', '1');
    startPortal(ctx, features).catch((e: unknown) => console.error('[学时助手]', e));
  },
});
