/** 430***********1234: ID numbers are shown masked unless the user asks. */
export function maskId(id: string): string {
  const s = id.trim();
  if (s.length <= 7) return s.replace(/.(?=.{2})/g, '*');
  return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  return s.length >= 7 ? s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4) : s;
}
