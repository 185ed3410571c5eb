// The popup's first frame, mounted by popup.html's entry (entrypoints/popup/main.tsx) once this module and its imports
// have loaded: the entry has already started the ledger's raw read (utils/ledger/popup-raw-read.ts), which is checked
// here with zod/mini (popup-read.ts checkPopupFirst) before anything of it is shown.
import { render } from 'preact';
import { effect } from '@preact/signals';
import { tPopup as t } from '../../utils/i18n-popup';
import { PopupApp } from './PopupApp';
import { createPopupStore } from './store';
import { checkPopupFirst } from '../../utils/ledger/popup-read';
import type { PopupRawRead } from '../../utils/ledger/popup-raw-read';

// The first frame (header, tabs, checklist) loads only what it needs; the rest of the popup's code (the ledger, the full
// rules and dictionaries, the calculator) follows with import() once it is on screen (components/popup/store.ts).
export function mountPopup(rawRead: Promise<PopupRawRead | undefined>, root: HTMLElement): void {
  effect(() => void (document.title = t('pageTitlePopup'))); // the <title> follows the UI language too
  // The code of the check after the first paint (the years' whole lists, popup-lists.ts: 1 KB) is fetched now, beside
  // the first frame: fetched after the paint, under load it took longer than the check itself (50-100 ms in the bench).
  const lists = import('../../utils/ledger/popup-lists');
  const store = createPopupStore({
    readFirst: async () => checkPopupFirst(await rawRead), // one read-only transaction first, else the full path
    // after the first paint: the lists the first read asked for, deserialised and checked now; else read again
    readLists: async (summary) => {
      const [{ checkPopupLists, readPopupLists }, listsRequest] = await Promise.all([lists, rawRead.then((raw) => raw?.lists)]);
      return listsRequest ? checkPopupLists(summary, listsRequest.result) : readPopupLists(summary);
    },
  });
  void store.start(); // the ledger's read is checked while the first frame renders, not after it
  render(<PopupApp store={store} />, root);
}
