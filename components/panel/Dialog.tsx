// A question over the panel (the fill's 继续教育形式 choice, the submit guard): a labelled dialog that Escape answers
// as its stop / go-back button does. The panel's FocusTrap (runtime.tsx) keeps the keyboard inside it while it is open.
import type { ComponentChildren } from 'preact';

export function Dialog(props: {
  class: string;
  role?: 'dialog' | 'alertdialog';
  label: string;
  testId: string;
  onEscape: () => void;
  children: ComponentChildren;
}) {
  return (
    <div
      class={props.class}
      role={props.role ?? 'dialog'}
      aria-label={props.label}
      data-testid={props.testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onEscape();
      }}
    >
      {props.children}
    </div>
  );
}
