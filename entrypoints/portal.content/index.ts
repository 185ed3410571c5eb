import '../../components/panel/panel.css';
import { features } from './features';
import { startPortal } from './runtime';

export default defineContentScript({
  matches: ['https://ggfw.rst.hunan.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    document.documentElement.setAttribute('data-xskr-injected', '1');
    startPortal(ctx, features).catch((e: unknown) => console.error('[学时助手]', e));
  },
});
