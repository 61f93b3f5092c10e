/** At most this many entry names are read from a ZIP: enough for any Office file. */
const MAX_ENTRIES = 4096;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** Entry names as bytes are Latin-1 here: only ASCII names (word/document.xml) are compared. */
function latin1(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  const end = Math.min(bytes.length, start + length);
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

/**
 * The names of the entries of a ZIP file, without decompressing anything:
 * from the central directory when the end record is there, else by walking
 * the local file headers from the start (a truncated file). Bounded: the end
 * record is looked for in the last 64 KiB + 22 bytes only, and at most
 * 4096 names are read. Also returns the stored (uncompressed) content of an
 * entry named `mimetype`, which OpenDocument and EPUB files put first.
 */
export function zipEntryNames(bytes: Uint8Array): { names: string[]; mimetype: string | null } {
  const names: string[] = [];
  let mimetype: string | null = null;
  // Local headers first: the mimetype entry is the first one, stored.
  let at = 0;
  while (names.length < MAX_ENTRIES && at + 30 <= bytes.length && u32(bytes, at) === 0x04034b50) {
    const flags = u16(bytes, at + 6);
    const method = u16(bytes, at + 8);
    const size = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    const name = latin1(bytes, at + 30, nameLength);
    names.push(name);
    const data = at + 30 + nameLength + extraLength;
    if (name === 'mimetype' && method === 0) mimetype = latin1(bytes, data, Math.min(size, 100));
    // With a data descriptor (flag bit 3) the size is not in the header: stop walking.
    if ((flags & 8) !== 0) break;
    at = data + size;
  }
  const central = centralDirectoryNames(bytes);
  return { names: central.length > names.length ? central : names, mimetype };
}

function centralDirectoryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return names;
  const count = Math.min(u16(bytes, end + 10), MAX_ENTRIES);
  let at = u32(bytes, end + 16);
  for (let k = 0; k < count && at + 46 <= bytes.length && u32(bytes, at) === 0x02014b50; k++) {
    const nameLength = u16(bytes, at + 28);
    names.push(latin1(bytes, at + 46, nameLength));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return names;
}
