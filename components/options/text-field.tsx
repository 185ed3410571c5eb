import type { JSX, Ref } from 'preact';
import { useEffect, useReducer, useRef } from 'preact/hooks';

/**
 * What a field does with its text (trimmed) on change. `false`: keep the text in the field (it is refused with an error
 * shown beside it, or its save failed); anything else: it is stored, or there is nothing to store, and the field shows
 * the stored value again.
 */
export type Commit = (text: string) => boolean | void | Promise<boolean | void>;

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'ref' | 'onInput' | 'onChange' | 'onFocus' | 'onBlur'>;

/**
 * A text input over a stored value that is saved on change, and never puts the stored value back over what the person
 * is typing. The page re-renders the whole form whenever the ledger is read again (another page's change notice: the
 * popup switching the language, another options tab saving, a summary written); a plain controlled input would then
 * show the stored (old) text again, and leaving it would fire no change: the typed text lost.
 *
 * The rule. Typing (input events) starts a draft, and the input shows the draft instead of the stored value:
 * - while it is being typed (input since its last change) and while its change is being stored, whatever the stored
 *   value is or becomes: the person's coming change is the newer intent, and they keep seeing what they typed;
 * - once its change is committed (`commit` does not answer `false`) with nothing typed since, the draft ends and the
 *   input shows the stored value again, as stored (trimmed, normalised);
 * - a text refused (`false`: an invalid ID number) or whose save failed stays, to be corrected beside its error,
 *   until the stored value becomes another than the one the draft began from while the input does not have focus
 *   (a newer value from another page; the other year of a span stored);
 * - the input losing focus with the text it had when it got it (no change comes then) ends the draft.
 * Without a draft the input shows the stored value, so a field not being edited follows what was read. While
 * `readOnly` (a masked number) it shows `stored` only. `onDraftEnd` is told when a draft ends (committed, given up for
 * a newer stored value, or gone with the field): an error shown beside a refused text goes with that text.
 */
export function TextField({
  stored,
  commit,
  inputRef,
  onDraftEnd,
  ...props
}: InputProps & { stored: string; commit: Commit; inputRef?: Ref<HTMLInputElement>; onDraftEnd?: () => void }) {
  const draft = useRef({ text: undefined as string | undefined, from: '', typing: false, saving: 0, focus: undefined as string | undefined, edits: 0 }).current;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  if (draft.text !== undefined && !draft.typing && !draft.saving && draft.focus === undefined && stored !== draft.from) draft.text = undefined;
  const ended = useRef(onDraftEnd);
  ended.current = onDraftEnd;
  // A draft rendered: its end (the next render without it, or the field unmounted) is told once.
  const drafting = draft.text !== undefined;
  useEffect(() => (drafting ? () => ended.current?.() : undefined), [drafting]);
  const typed = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <input
      {...props}
      ref={inputRef}
      value={props.readOnly ? stored : (draft.text ?? stored)}
      onFocus={(e) => (draft.focus = typed(e))}
      onInput={(e) => {
        if (!draft.typing) draft.from = stored;
        draft.text = typed(e);
        draft.typing = true;
        draft.edits++;
      }}
      onChange={(e) => {
        const edits = draft.edits;
        draft.typing = false;
        draft.saving++;
        if (draft.focus !== undefined) draft.focus = typed(e); // the browser's next change compares with this text
        void Promise.resolve(commit(typed(e).trim())).then((ok) => {
          draft.saving--;
          if (ok !== false && edits === draft.edits) draft.text = undefined; // not if typed again since
          redraw(0);
        });
      }}
      onBlur={() => {
        if (draft.typing && draft.text === draft.focus) {
          draft.text = undefined;
          draft.typing = false;
          redraw(0);
        }
        draft.focus = undefined;
      }}
    />
  );
}
