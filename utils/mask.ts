// Masking of personal numbers for display, and the GB 11643-1999 check of a 公民身份号码.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** The check character GB 11643 gives for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** Normalises what people type: full-width digits, spaces, lower-case x. */
export function normaliseIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[xｘＸ]/g, 'X')
    .replace(/\s+/g, '');
}

/** A reason in Chinese when the number is not a valid 18-digit 身份证号码, else undefined. */
export function idNumberProblem(raw: string): string | undefined {
  const id = normaliseIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return '证件号码应为18位（最后一位可为X）';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return '证件号码中的出生日期无效';
  if (idCheckChar(id) !== id[17]) return '证件号码校验位不对（GB 11643），请核对是否输错';
  return undefined;
}

export function isValidIdNumber(raw: string): boolean {
  return idNumberProblem(raw) === undefined;
}

/** 430104********123X style: region prefix and last four stay, the birth date is hidden. */
export function maskIdNumber(raw: string | undefined): string {
  if (!raw) return '';
  const id = normaliseIdNumber(raw);
  if (id.length <= 8) return id.replace(/./g, '*');
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** 138****5678 */
export function maskPhone(raw: string | undefined): string {
  if (!raw) return '';
  const p = raw.replace(/\s+/g, '');
  if (p.length < 7) return p.replace(/./g, '*');
  return p.slice(0, 3) + '*'.repeat(p.length - 7) + p.slice(-4);
}
