// One activity of a year that has no file of its own, with the materials the rules ask for (utils/messages.ts
// EvidenceNeed), in the UI language. The activity's name and 继续教育形式 are the ledger's own words and the material
// names the official texts' words: they keep their Chinese, marked lang="zh-CN".
import type { EvidenceNeed } from '../../utils/messages';
import { evidenceNeedParts } from '../../utils/portal/message-text';

export function EvidenceNeedLine({ need }: { need: EvidenceNeed }) {
  const p = evidenceNeedParts(need);
  return (
    <>
      {p.before}
      <span lang="zh-CN">{p.name}</span>
      {p.middle}
      {p.form.quoted ? <span lang="zh-CN">{p.form.text}</span> : p.form.text}
      {p.after}
      {p.sets.length
        ? p.sets.map((set, i) => (
            <>
              {i > 0 ? p.or : ''}
              <span lang="zh-CN">{set}</span>
            </>
          ))
        : p.any}
    </>
  );
}
