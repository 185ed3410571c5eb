import { render } from 'preact';
import { effect } from '@preact/signals';
import { tPopup as t } from '../../utils/i18n-popup';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupStore } from '../../components/popup/store';
import { readPopupFirst } from '../../utils/ledger/popup-read';
import './style.css';

// The first frame (header, tabs, checklist) loads only what it needs; the rest of the popup's code (the ledger, the full
// rules and dictionaries, the calculator) follows with import() once it is on screen (components/popup/store.ts).
effect(() => void (document.title = t('pageTitlePopup'))); // the <title> follows the UI language too
const store = createPopupStore({ readFirst: () => readPopupFirst() }); // one read-only transaction first, else the full path
void store.start(); // the ledger is opened and read while the first frame renders, not after it
render(<PopupApp store={store} />, document.getElementById('app')!);
