// Keeps the keyboard inside a question while it is open, and gives the focus back to where it was when it closes.
import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function FocusTrap({ children, returnTo, class: cls }: { children: ComponentChild; returnTo: () => Element | null; class?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = returnTo();
    const el = box.current;
    // The question's own choice of focus (autoFocus) wins; otherwise its first control.
    const inside = () => el?.contains((el.getRootNode() as Document | ShadowRoot).activeElement ?? null);
    if (el && !inside()) el.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !box.current) return;
    const items = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (!items.length) return;
    const active = (box.current.getRootNode() as ShadowRoot).activeElement;
    const i = items.indexOf(active as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === -1 || i === items.length - 1 ? 0 : i + 1;
    e.preventDefault();
    items[next].focus();
  };
  return (
    <div ref={box} class={cls} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
