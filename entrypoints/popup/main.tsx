import { readPopupRaw } from '../../utils/ledger/popup-raw-read';
import './style.css';

// popup.html's entry is tiny on purpose (issue 15): it starts the ledger's read-only first read (open + one transaction,
// no zod, nothing else imported) at once, so the database works while the popup's code loads and evaluates; that code
// (components/popup/mount.tsx and what it imports) then checks the records with zod/mini and renders the first frame.
const rawRead = readPopupRaw();
void import('../../components/popup/mount').then(({ mountPopup }) => mountPopup(rawRead, document.getElementById('app')!));
