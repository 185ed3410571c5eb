// A finding as the panel shows it: its sentence (finding-text-core.ts, re-exported here) and the lines and notes the
// reviewer section builds around it, in the UI language.
import type { Finding } from '../rules/schema';
import { t } from './i18n';
import { uiLang, type UiLanguage } from './i18n-shell';
import { findingText } from './finding-text-core';

/** One line of a finding with its kind and basis, as the reviewer section lists it. */
export function findingLineText(f: Finding, lang: UiLanguage = uiLang.value): string {
  const message = findingText(f, lang).replace(/[。；;.]+$/, '');
  return t('findingLine', {
    kind: t(f.severity === 'warning' ? 'findingWarning' : 'findingProblem', undefined, lang),
    message,
    basis: f.citation ? t('findingBasis', { citation: f.citation }, lang) : '',
  }, lang);
}

/** The note on a reviewer's row naming a whole-year activity (utils/reviewer/review-check.ts WholeYearNote), as it reads. */
interface WholeYearNoteLike {
  year: number;
  /** The words of the row naming the activity (援疆, 海外交流 …), as the portal shows them. */
  activity: string;
  citation: string;
  /** zh-CN, built by the check: the hours it counts as, and which of the row's hours were not judged short. */
  message: string;
}

const WHOLE_YEAR_SIDE: Record<string, string> = { 公需: 'public', 专业: 'professional', 合计: 'total' };

/**
 * The whole-year note in `lang`: the check's own zh-CN message, or in English a sentence built from the note's data
 * and the numbers its message states (the hours the year counts as, the row's hours not judged short). The activity
 * and the portal's 详情 stay quoted as the portal shows them; a message that does not read as expected gets the plain
 * sentence, never a wrong number.
 */
export function wholeYearNoteText(note: WholeYearNoteLike, lang: UiLanguage = uiLang.value): string {
  if (lang !== 'en') return note.message;
  const what = /海外/.test(note.activity)
    ? 'an overseas exchange of a year or more, assessed as qualified,'
    : 'a “三援” or similar special assignment of 6 months or more, assessed as qualified,';
  const check = 'Check the dispatch notice and the assessment form (dates and result) under “详情”.';
  const hours = /继续教育\s*(\d+)\s*学时/.exec(note.message)?.[1];
  const shortPart = /所以本行(.*?)不按/.exec(note.message)?.[1];
  const short = shortPart === undefined ? null : [...shortPart.matchAll(/(公需|专业|合计)\s*(-?\d+(?:\.\d+)?)\s*学时/g)].map((m) => `${WHOLE_YEAR_SIDE[m[1]]} ${m[2]} hours`);
  if (!hours || !short) return `${note.year} names “${note.activity}”, a whole-year activity: the row’s yearly minima were not judged (basis: ${note.citation}). ${check}`;
  const notShort = short.length ? `this row’s ${short.join(', ')} ${short.length > 1 ? 'are' : 'is'} not judged short` : 'this row is not judged against the yearly minima';
  return `${note.year} names “${note.activity}”: ${what} counts as the year’s ${hours} hours of continuing education (basis: ${note.citation}), so ${notShort}. ${check}`;
}
