// Reads a .zip into memory (name → bytes) with node:zlib only: enough for the store packages' checks (stored or
// deflated entries, no zip64, no encryption), so the tests need no unzip tool and no extra dependency.
import { inflateRawSync } from 'node:zlib';

/** @returns {Map<string, Buffer>} */
export function readZip(buf) {
  // End of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`${name}: compression method ${method} not supported`);
    if (files.get(name).length !== size) throw new Error(`${name}: ${files.get(name).length} bytes, the directory says ${size}`);
  }
  return files;
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);

/** Entries whose name is not ASCII and does not carry the UTF-8 flag (central or local header). */
export function namesWithoutUtf8Flag(buf) {
  return centralEntries(buf)
    .filter((e) => !isAscii(e.name) && (!(buf.readUInt16LE(e.at + 8) & 0x0800) || !(buf.readUInt16LE(e.local + 6) & 0x0800)))
    .map((e) => e.name);
}

function centralEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const entries = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({ at: p, local: buf.readUInt32LE(p + 42), name: buf.toString('utf8', p + 46, p + 46 + nameLen) });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}
