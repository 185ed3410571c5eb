// A finding as the panel shows it. Finding messages from rules/ are zh-CN by contract (they quote the official texts);
// where the UI is English, the panel shows an English rendering keyed by the finding's code, with the numbers the
// rules put in the message (in the order each message states them). A message whose numbers are not where the code's
// message has them gets the code's plain sentence with the year: never a wrong number.
import type { Finding, FindingCode } from '../rules/schema';
import { t } from './i18n';
import { uiLang, type UiLanguage } from './i18n-shell';

type FindingRender = (year: string, n: string[]) => string | null;

const nums = (message: string) => message.match(/-?\d+(?:\.\d+)?/g) ?? [];

/** English per code: `n` holds the message's numbers after the year. */
const EN: Record<FindingCode, { plain: (year: string) => string; full?: FindingRender }> = {
  'public-below-min': {
    plain: (y) => `${y}: public hours below the yearly minimum.`,
    full: (y, [have, min]) => (min !== undefined ? `${y}: ${have} public hours, below the yearly minimum of ${min}.` : null),
  },
  'professional-below-min': {
    plain: (y) => `${y}: professional hours below the yearly minimum.`,
    full: (y, [have, min]) => (min !== undefined ? `${y}: ${have} professional hours, below the yearly minimum of ${min}.` : null),
  },
  'total-below-min': {
    plain: (y) => `${y}: total hours below the yearly minimum.`,
    full: (y, [have, min]) => (min !== undefined ? `${y}: ${have} hours in total, below the yearly minimum of ${min}.` : null),
  },
  'total-mismatch': {
    plain: (y) => `${y}: the total is not public + professional.`,
    full: (y, [total, pub, prof, sum]) =>
      sum !== undefined ? `${y}: the total is ${total}, but public ${pub} + professional ${prof} = ${sum}; they must be equal.` : null,
  },
  'professional-share-low': {
    plain: (y) => `${y}: professional hours are a small share of the total; the rules ask for “usually” at least a set share — please confirm.`,
    full: (y, [prof, total, num, den, needed]) =>
      needed !== undefined
        ? `${y}: ${prof} professional hours, less than ${num}/${den} of the ${total} total (about ${needed}); the rules ask for “usually” at least ${num}/${den} — please confirm.`
        : null,
  },
  'year-missing': {
    plain: (y) => `${y} is missing: every year of the span needs its hours recognised.`,
    full: (y, [reviewYear, from, to]) =>
      to !== undefined ? `${y} is missing: the ${reviewYear} review needs hours for every year ${from}–${to}.` : null,
  },
  'year-duplicate': {
    plain: (y) => `${y} is filed in more than one row; each year takes one row — merge them.`,
    full: (y, [count]) => (count !== undefined ? `${y} is filed in ${count} rows; each year takes one row — merge them.` : null),
  },
  'year-outside-span': {
    plain: (y) => `${y} is outside the years to prove; this row is not needed.`,
    full: (y, [from, to]) => (to !== undefined ? `${y} is outside the years to prove (${from}–${to}); this row is not needed.` : null),
  },
  'evidence-missing': {
    plain: (y) => `${y}: no evidence yet; upload the year’s training notices, completion certificates or an earlier recognition form.`,
  },
  'hours-invalid': {
    plain: (y) => `${y}: an hours value is not valid (negative or not a number).`,
  },
};

/** The finding's sentence in `lang`: the rules' own message in zh-CN, an English rendering by code in en. */
export function findingText(f: Pick<Finding, 'code' | 'year' | 'message'>, lang: UiLanguage = uiLang.value): string {
  if (lang !== 'en') return f.message;
  const en = EN[f.code];
  const found = nums(f.message);
  const year = f.year !== undefined ? String(f.year) : 'A row';
  // The message starts with the year when it has one (缺少 2021 年… / 2021 年…): the numbers after it follow.
  const rest = f.year !== undefined && found[0] === String(f.year) ? found.slice(1) : f.year === undefined ? found : null;
  return (rest && en.full?.(year, rest)) || en.plain(year);
}

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
