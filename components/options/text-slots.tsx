import type { ComponentChild } from 'preact';

/** A dictionary text with its `{slot}`s replaced by elements (a name marked lang="zh-CN"), the rest as plain text. */
export function Slots({ text, slots }: { text: string; slots: Record<string, ComponentChild> }) {
  const parts = text.split(/\{(\w+)\}/);
  return <>{parts.map((p, i) => (i % 2 ? (slots[p] ?? `{${p}}`) : p))}</>;
}
