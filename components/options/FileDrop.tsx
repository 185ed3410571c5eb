// A box files can be dropped on, around its own choose-files button (the bulk evidence, the certificate reader): while
// files are dragged over it, it carries `overClass` as well.
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';

export function FileDrop({ class: cls, overClass, onFiles, children }: { class: string; overClass: string; onFiles: (files: File[]) => void; children: ComponentChildren }) {
  const over = useSignal(false);
  return (
    <div
      class={over.value ? `${cls} ${overClass}` : cls}
      onDragOver={(e) => {
        e.preventDefault();
        over.value = true;
      }}
      onDragLeave={() => (over.value = false)}
      onDrop={(e) => {
        e.preventDefault();
        over.value = false;
        onFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      {children}
    </div>
  );
}
