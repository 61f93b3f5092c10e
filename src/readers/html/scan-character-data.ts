import { decodeEntityAt } from './decode-entities.js';

/** What {@link scanCharacterData} reports, piece by piece, in source order. */
export interface CharacterDataSink {
  /** One white-space character, or a reference to one (`&nbsp;`), at `html[start, end)`. */
  readonly space: (start: number, end: number) => void;
  /** A run of characters to copy verbatim: `html.slice(start, end)`, no white space, no reference. */
  readonly chars: (start: number, end: number) => void;
  /** A character reference at `html[start, end)` that stands for `value` (not white space). */
  readonly entity: (value: string, start: number, end: number) => void;
}

/**
 * True for the characters the reader treats as white space: collapsed to
 * one space and trimmed at the ends of lines and cells. Beyond HTML's ASCII
 * white space this takes the no-break space (`&nbsp;` is how CMS editors
 * pad cells), the ideographic space that indents Chinese paragraphs, the
 * en/em/thin spaces.
 */
export function isReaderSpace(code: number): boolean {
  switch (code) {
    case 0x20:
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0xa0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x3000:
      return true;
    default:
      return false;
  }
}

/**
 * True for invisible characters the reader drops: the zero-width space, the
 * BOM and the soft hyphen (`1\u200b320` is `1320` on screen, so in the text).
 */
export function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0xfeff || code === 0xad;
}

/**
 * Reads character data `html[start, end)`: runs of plain characters,
 * white space one character at a time, and character references decoded;
 * invisible characters (and references to them) are dropped. One pass; a
 * reference never reaches past `end`.
 */
export function scanCharacterData(html: string, start: number, end: number, sink: CharacterDataSink): void {
  let i = start;
  while (i < end) {
    const c = html.charCodeAt(i);
    if (isReaderSpace(c)) {
      sink.space(i, i + 1);
      i++;
      continue;
    }
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if (c === 0x26 /* & */) {
      const decoded = decodeEntityAt(html, i, end);
      if (decoded) {
        const single = decoded.value.length === 1 ? decoded.value.charCodeAt(0) : -1;
        if (isReaderSpace(single)) sink.space(i, decoded.end);
        else if (!isInvisible(single)) sink.entity(decoded.value, i, decoded.end);
        i = decoded.end;
        continue;
      }
    }
    let j = i + 1;
    while (j < end) {
      const d = html.charCodeAt(j);
      if (d === 0x26 || isReaderSpace(d) || isInvisible(d)) break;
      j++;
    }
    sink.chars(i, j);
    i = j;
  }
}
