// Fast paths for the two bulk inputs (2,000 ledger items or year rows). Zod without JIT — as in an extension page,
// whose CSP forbids eval — takes ~10 ms for 2,000 rows; these plain checks take well under 1 ms. When every
// element passes, the input is used as it is; otherwise zod parses it, so errors are the same ZodErrors naming
// the field. test/unit/rules/fast-parse.test.ts checks that whatever passes here also passes the zod schema.
import { z } from 'zod';
import { CreditedItem, MAX_QUANTITY, YearRow } from './schema';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const categories = new Set(['public', 'professional', 'whole-year']);

export function isYearRow(v: unknown): v is YearRow {
  if (!isObject(v)) return false;
  const { year, publicHours, professionalHours, totalHours, wholeYear, evidenceCount } = v;
  return (
    // Safe integers only: zod's int() rejects ±2^53 and beyond.
    Number.isSafeInteger(year) &&
    isFiniteNumber(publicHours) &&
    isFiniteNumber(professionalHours) &&
    isFiniteNumber(totalHours) &&
    (wholeYear === undefined || typeof wholeYear === 'boolean') &&
    (evidenceCount === undefined || (Number.isSafeInteger(evidenceCount) && (evidenceCount as number) >= 0))
  );
}

function isCredit(v: unknown): boolean {
  if (!isObject(v)) return false;
  const { year, category, hours } = v;
  return (
    isFiniteNumber(year) &&
    Number.isInteger(year) &&
    year >= 1990 &&
    year <= 2100 &&
    typeof category === 'string' &&
    categories.has(category) &&
    isFiniteNumber(hours) &&
    hours >= 0 &&
    hours <= MAX_QUANTITY
  );
}

export function isCreditedItem(v: unknown): v is CreditedItem {
  return isObject(v) && typeof v.name === 'string' && typeof v.form === 'string' && Array.isArray(v.credits) && v.credits.every(isCredit);
}

const YearRows = z.array(YearRow);
const CreditedItems = z.array(CreditedItem);

export const parseYearRows = (rows: unknown): YearRow[] =>
  Array.isArray(rows) && rows.every(isYearRow) ? rows : YearRows.parse(rows);

export const parseCreditedItems = (items: unknown): CreditedItem[] =>
  Array.isArray(items) && items.every(isCreditedItem) ? items : CreditedItems.parse(items);
