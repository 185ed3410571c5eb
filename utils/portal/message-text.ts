// The background's answers worded by the receiver, in its UI language: a refusal's code and parameters
// (utils/messages.ts Refusal), and a year's activity that still needs evidence (EvidenceNeed). The zh-CN wording is
// what the background used to send; the material names and the ledger's own words stay as they are (official words
// and the user's data).
import { t } from '../i18n';
import { uiLang, type UiLanguage } from '../i18n-shell';
import type { EvidenceNeed } from '../messages';

// A refusal's wording lives in utils/i18n-shell.ts: the panel shows it on every applicant screen, before the features
// load (and the features' files import it from here).
export { refusalText } from '../i18n-shell';

/** The parts of an evidence-need line: the texts around the ledger's name and form, and the material sets. */
export function evidenceNeedParts(need: EvidenceNeed, lang: UiLanguage = uiLang.value) {
  return {
    before: t('evidenceNeedBefore', undefined, lang),
    name: need.name,
    middle: t('evidenceNeedMiddle', undefined, lang),
    /** The ledger's 继续教育形式 (its own words), or “not filled in” in the UI language. */
    form: need.form ? { text: need.form, quoted: true } : { text: t('evidenceNeedFormUnset', undefined, lang), quoted: false },
    after: t('evidenceNeedAfter', undefined, lang),
    /** Each set the rules name, its materials joined as the official texts write them (＋); empty: any proof. */
    sets: need.sets.map((set) => set.join('＋')),
    any: t('evidenceNeedAny', undefined, lang),
    or: t('evidenceNeedOr', undefined, lang),
  };
}

/** The line as one string (a job log, a test): “名称”（形式）：需 材料＋材料，或 材料. */
export function evidenceNeedText(need: EvidenceNeed, lang: UiLanguage = uiLang.value): string {
  const p = evidenceNeedParts(need, lang);
  return `${p.before}${p.name}${p.middle}${p.form.text}${p.after}${p.sets.length ? p.sets.join(p.or) : p.any}`;
}
