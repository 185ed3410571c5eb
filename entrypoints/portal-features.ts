// The portal's features (fill, checks, reviewer marks, evidence, rules): the second bundle of the content script,
// injected by the background into a frame once its shell recognised a screen (portal.content/shell.ts). It hands the
// features to the shell through the hook the shell left on this isolated world's globalThis; preact and the signals
// are the shell's own (wxt.config.ts: SHARED_LIBS are external here).
import { features } from './portal.content/features';
import { SHELL_GLOBAL, type ShellHook } from './portal.content/shell';
import { requestContext } from '../utils/portal/messaging';
import { uiLang } from '../utils/i18n-shell';

export default defineUnlistedScript(() => {
  const shell = (globalThis as Record<string, unknown>)[SHELL_GLOBAL] as ShellHook | undefined;
  shell?.register({ features, requestContext, uiLang });
});
