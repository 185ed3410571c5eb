import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupStore } from '../../components/popup/store';
import './style.css';

render(<PopupApp store={createPopupStore()} />, document.getElementById('app')!);
