import { render } from 'preact';
import { effect } from '@preact/signals';
import { t } from '../../utils/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupStore } from '../../components/popup/store';
import './style.css';

effect(() => void (document.title = t('pageTitlePopup'))); // the <title> follows the UI language too
const store = createPopupStore();
void store.start(); // the ledger is opened and read while the first frame renders, not after it
render(<PopupApp store={store} />, document.getElementById('app')!);
