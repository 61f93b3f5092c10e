/**
 * Encodes text as GB18030 for a test input. Node (like the browser) decodes
 * GB18030 but has no encoder, so the two-byte table is read back from the
 * decoder once. Covers ASCII and the two-byte range (GBK: all of common
 * Chinese and full-width punctuation); throws on a character outside it.
 */
let table: Map<string, readonly [number, number]> | undefined;

function twoByteTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = twoByteTable().get(ch);
    if (!pair) throw new Error(`encodeGb18030: no two-byte code for U+${code.toString(16)}`);
    bytes.push(pair[0], pair[1]);
  }
  return new Uint8Array(bytes);
}
