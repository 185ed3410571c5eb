// Background side of the messages the content script sends (it cannot reach the extension's IndexedDB itself).
import { browser } from 'wxt/browser';

export function installMessageHandlers(): void {
  browser.runtime.onMessage.addListener((_message: unknown) => {
    // Filled in by the portal feature: see utils/messages.ts.
    return undefined;
  });
}
