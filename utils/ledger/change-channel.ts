// The ledger's change notice between the extension's pages (popup, options, background): db.ts announces each write
// here, and a page re-reads when another page announces one. Apart from db.ts so the popup's first frame can listen
// from its first moment without loading db.ts (issue 15).
export const changeChannelName = 'xskr-ledger-change';
// One channel per page, used both to post and to listen: a BroadcastChannel never hears its own messages,
// so a page is not told about its own writes.
let channel: BroadcastChannel | undefined;
function pageChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(changeChannelName);
    (channel as { unref?: () => void }).unref?.(); // Node (tests, scripts): do not keep the process alive
  }
  return channel;
}

/** Calls `cb` when another page (popup, options, background) changed the ledger. Returns the unsubscribe. */
export function onLedgerChange(cb: () => void): () => void {
  const ch = pageChannel();
  if (!ch) return () => {};
  const listener = () => cb();
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}

/** Tells the other pages this one changed the ledger (db.ts, after each write). */
export function announceChange(): void {
  pageChannel()?.postMessage('changed');
}
