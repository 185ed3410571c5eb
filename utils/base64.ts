// Base64 of file bytes: backups hold evidence files as base64, and files cross from the background to the portal
// page as base64 (runtime messages carry JSON). Native where the browser has it (Chrome 140+, Firefox 133+): a 20 MB
// scan in 0.2 s instead of several seconds.

export function bytesToBase64(bytes: ArrayBuffer): string {
  const u8 = new Uint8Array(bytes);
  const native = (u8 as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(u8);
  let bin = '';
  for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (typeof native === 'function') return native(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
