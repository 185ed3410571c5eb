// A finding's sentence in the UI language (the rest of utils/finding-text.ts, which re-exports it, needs the full
// dictionaries; this part needs none, so the popup's first frame words its findings without them). Finding messages
// from rules/ are zh-CN by contract (they quote the official texts); where the UI is English, the panel shows an
// English rendering keyed by the finding's code, with the numbers the rules put in the message (in the order each
// message states them). A message whose numbers are not where the code's message has them gets the code's plain
// sentence with the year: never a wrong number.
import type { Finding, FindingCode } from '../rules/schema';
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
