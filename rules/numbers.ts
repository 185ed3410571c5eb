/** Hours are kept to one decimal place (学时 may be fractional only for online hours); this removes float drift. */
export function round1(value: number): number {
  const rounded = Math.round((value + Math.sign(value) * Number.EPSILON) * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The sum of hours, rounded once at the end. */
export function sumHours(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return round1(total);
}

/** How a number of hours reads in a zh-CN message: 30, 12.5. */
export function fmt(value: number): string {
  return String(round1(value));
}

/** Hours as the portal's fields and the checklist write them: up to two decimals (12.25), no float drift shown. */
export function fmtHundredths(value: number): string {
  return String(Math.round(value * 100) / 100);
}
