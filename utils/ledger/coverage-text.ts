// The words for a year proved by an earlier 学时认定单 / 合格证明, in the UI language (options ledger, popup checklist).
// Its texts are in the popup's dictionary slice (tPopup: the first frame words covered years without the full dictionaries).
import { tPopup as t } from '../i18n-popup';
import { uiLang, type UiLanguage } from '../i18n-shell';
import type { YearCoverage } from './hours-core';

/** 「已由《学时认定单》（2019–2023 年，x.pdf）证明，不需要学时」 */
export function coverageLine(c: Pick<YearCoverage, 'title' | 'from' | 'to' | 'fileName'>, lang: UiLanguage = uiLang.value): string {
  const range = c.from === c.to ? t('yearHeading', { year: c.from }, lang) : t('coveredRange', { from: c.from, to: c.to }, lang);
  return t('coveredByForm', { title: c.title, range, file: c.fileName }, lang);
}
