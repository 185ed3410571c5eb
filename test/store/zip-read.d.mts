/** Reads a .zip into memory: entry name → bytes. */
export function readZip(buf: Buffer): Map<string, Buffer>;
/** Non-ASCII entry names without the UTF-8 flag. */
export function namesWithoutUtf8Flag(buf: Buffer): string[];
