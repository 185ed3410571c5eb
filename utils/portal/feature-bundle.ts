// The features' bundle (entrypoints/portal-features.ts), injected by the background into a frame whose content script
// recognised a screen (entrypoints/portal.content/shell.ts says why it is a second bundle). Pure: the background, the
// content script and wxt.config.ts (under Node) read it.
import { isPortalUrl } from './portal-url';

/** The content script's request: "a screen is recognised here, inject the features". No other field. */
export const LOAD_FEATURES = 'xskr:load-features';

/** The features' WXT unlisted script and the file it builds to (not web-accessible: only executeScript reads it). */
export const FEATURES_ENTRYPOINT = 'portal-features';
export const FEATURES_SCRIPT = `/${FEATURES_ENTRYPOINT}.js`;

/** What a message's sender says about itself (runtime.MessageSender, the fields read here). */
export interface InjectionSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * The frame to inject the features into, or why not: only our own content script (our extension id, in a tab's
 * frame, not an extension page), on a portal page (PORTAL_MATCHES, the same list as the manifest's matches), and
 * only into the frame that asked.
 */
export function injectionTarget(sender: InjectionSender | undefined, ownId: string): { tabId: number; frameId: number } | { refused: string } {
  if (!sender || sender.id !== ownId) return { refused: '不是学时助手自己的消息' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || typeof sender.frameId !== 'number') return { refused: '不是网页里的学时助手' };
  if (!isPortalUrl(sender.url)) return { refused: '只在人社网厅页面上载入学时助手' };
  return { tabId, frameId: sender.frameId };
}

/** The background's answer: injected (the bundle has run and registered), or refused / failed with the reason. */
export type LoadFeaturesAnswer = { ok: true } | { ok: false; reason: string };
