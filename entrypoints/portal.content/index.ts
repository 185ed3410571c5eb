import '../../components/panel/panel.css';
import { requestFeatureBundle, startPortal } from './runtime';
import { PORTAL_MATCHES } from '../../utils/portal/portal-url';

// The shell only (shell.ts): recognition and the panel. The features come with the first recognised screen.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    document.documentElement.setAttribute('data-xskr-injected', '1');
    startPortal(ctx, requestFeatureBundle).catch((e: unknown) => console.error('[学时助手]', e));
  },
});
