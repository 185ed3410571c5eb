// The content script comes in two parts (issue 15: what loads on every portal page stays small).
//
// - The shell (index.ts → runtime.tsx): injected by the manifest into every frame of the portal. It recognises the
//   screen, shows the panel and says 未识别 — nothing else, so the portal's pages that are not 学时核认 screens (login,
//   home, menus) pay for no more than that.
// - The features (entrypoints/portal-features.ts → features.ts: fill, checks, reviewer marks, evidence, rules): a WXT
//   unlisted script, built as its own bundle. The shell asks for it once a screen is recognised; the background injects
//   it into the asking frame with browser.scripting.executeScript (utils/portal/feature-bundle.ts, background.ts), and it hands its
//   features to the shell through SHELL_GLOBAL.
//
// Why not import() of a web-accessible file: web_accessible_resources are readable by the page (it could tell the
// extension is there), executeScript files are not. Both scripts run in the same isolated world of the frame (Chrome's
// ISOLATED world, Firefox's content-script sandbox), so SHELL_GLOBAL lives on that world's globalThis, which the
// portal's own scripts never see (their window is another object). Pure: wxt.config.ts reads it under Node.
import type { Signal } from '@preact/signals';
import type { UiLanguage } from '../../utils/i18n-shell';
import type { ContextState } from '../../utils/portal/messaging';
import type { Feature } from './feature';

/** Name of the shell's hook on the isolated world's globalThis (not the page's window). */
export const SHELL_GLOBAL = '__xskrPortalShell';

/**
 * Libraries the features take from the shell rather than bundling their own: preact's hooks and @preact/signals keep
 * module state (the component being rendered, the effect being run), so a second copy would neither render nor track.
 * wxt.config.ts marks these external in the features' build and reads each from SHELL_GLOBAL.lib[name].
 */
export const SHARED_LIBS = {
  preact: 'preact',
  'preact/hooks': 'hooks',
  'preact/jsx-runtime': 'jsxRuntime',
  '@preact/signals': 'signals',
  '@preact/signals-core': 'signals',
} as const;

/** What the features' bundle hands the shell. */
export interface FeatureBundle {
  features: readonly Feature[];
  /** Asks the background for the active profile's context (zod-parsed: kept out of the shell). */
  requestContext(): Promise<ContextState>;
  /** The bundle's own UI-language signal (its copy of utils/i18n-shell.ts): the shell keeps it equal to its own. */
  uiLang: Signal<UiLanguage>;
}

/** The shell's hook, as the features' bundle finds it on globalThis[SHELL_GLOBAL]. */
export interface ShellHook {
  lib: Record<(typeof SHARED_LIBS)[keyof typeof SHARED_LIBS], unknown>;
  register(bundle: FeatureBundle): void;
}
