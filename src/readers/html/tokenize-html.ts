import { decodeEntities } from './decode-entities.js';
import { RCDATA_ELEMENTS, SKIPPED_RAW_TEXT_ELEMENTS } from './html-elements.js';

/*
 * A small hand-written HTML tokenizer, after the HTML standard's tokenizer
 * states but only as far as report pages need. Why not a DOM or
 * hast-util-from-html (parse5)? The library's core runs in browsers and in
 * Node with no built-ins; parse5 would add ~100 KB and a tree we do not
 * need, and the tree builder's adoption agency is quadratic on hostile
 * nesting. Our reader needs tags, attributes, text and where each starts —
 * a linear scan gives exactly that.
 *
 * Guarantees: never throws; every character is looked at a bounded number
 * of times (searches for `-->`, `]]>` and `--!>` remember where the next one
 * is, so many unterminated openers stay linear); no regular expressions.
 */

/** One attribute of a start tag: lower-case name, value with references decoded. */
export interface HtmlAttribute {
  /** The attribute's name, lower-cased (ASCII). */
  readonly name: string;
  /** The value with character references decoded; `''` for a bare attribute. */
  readonly value: string;
}

/** A run of character data (references not yet decoded): `html.slice(start, end)`. */
export interface HtmlTextToken {
  /** Kind of token. */
  readonly kind: 'text';
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** A start tag, `<td colspan="2">`. */
export interface HtmlStartTagToken {
  /** Kind of token. */
  readonly kind: 'startTag';
  /** The tag name, lower-cased (ASCII); prefixes are kept (`o:p`). */
  readonly name: string;
  /** Attributes in source order (a repeated name: the first counts, as in HTML). */
  readonly attributes: readonly HtmlAttribute[];
  /** True for `<br/>`; HTML ignores it on elements that are not void. */
  readonly selfClosing: boolean;
  /** Offset of the `<`. */
  readonly start: number;
  /** Offset just past the `>`. */
  readonly end: number;
}

/** An end tag, `</td>`. */
export interface HtmlEndTagToken {
  /** Kind of token. */
  readonly kind: 'endTag';
  /** The tag name, lower-cased (ASCII). */
  readonly name: string;
  /** Offset of the `<`. */
  readonly start: number;
  /** Offset just past the `>`. */
  readonly end: number;
}

/**
 * Markup that shows nothing: a comment (Word's conditional comments
 * included), a doctype, `<![CDATA[…]]>`, `<?xml …?>`, a bogus comment such
 * as `<![endif]>`, or the content of `<script>`, `<style>` and the like.
 */
export interface HtmlHiddenToken {
  /** Kind of token: `comment` for markup, `rawText` for the content of a skipped element. */
  readonly kind: 'comment' | 'rawText';
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** A token of {@link tokenizeHtml}. */
export type HtmlToken = HtmlTextToken | HtmlStartTagToken | HtmlEndTagToken | HtmlHiddenToken;

/**
 * Splits HTML (a whole page or a fragment) into tokens, lazily, in source
 * order; the tokens cover the input without gaps, except that a tag cut off
 * by the end of the input is dropped, as browsers drop it. Tolerant of what
 * real pages hold: upper-case and unclosed tags, `>` inside quoted
 * attribute values, unquoted values, a lone `<` (text), unterminated
 * comments (they run to the end). Never throws; linear in the input.
 *
 * @example
 * ```ts
 * [...tokenizeHtml('<TD colspan=2>a &amp; b')].map((t) => t.kind);
 * // ['startTag', 'text']
 * ```
 */
export function* tokenizeHtml(html: string): Generator<HtmlToken, void, undefined> {
  const n = html.length;
  const findCommentEnd = createFinder(html, '-->');
  const findBangCommentEnd = createFinder(html, '--!>');
  const findCdataEnd = createFinder(html, ']]>');
  let textFrom = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const markup = readMarkup(lt);
    if (markup === null) {
      i = lt + 1; // a literal `<`: part of the text
      continue;
    }
    if (lt > textFrom) yield { kind: 'text', start: textFrom, end: lt };
    if (markup.token) yield markup.token;
    i = markup.end;
    textFrom = i;
    const token = markup.token;
    if (token && token.kind === 'startTag' && !token.selfClosing) {
      if (SKIPPED_RAW_TEXT_ELEMENTS.has(token.name) || RCDATA_ELEMENTS.has(token.name)) {
        const close = findEndTag(html, token.name, i);
        if (close > i) yield { kind: RCDATA_ELEMENTS.has(token.name) ? 'text' : 'rawText', start: i, end: close };
        i = close;
        textFrom = i;
      }
    }
  }
  if (n > textFrom) yield { kind: 'text', start: textFrom, end: n };

  /** The markup at `lt`, or null when this `<` is text. A null token: markup that yields nothing. */
  function readMarkup(lt: number): { token: HtmlToken | null; end: number } | null {
    const c1 = html.charCodeAt(lt + 1);
    if (isAsciiAlpha(c1)) return readTag(lt, lt + 1, false);
    if (c1 === 0x2f /* / */) {
      const c2 = html.charCodeAt(lt + 2);
      if (isAsciiAlpha(c2)) return readTag(lt, lt + 2, true);
      if (c2 === 0x3e /* > */) return { token: null, end: lt + 3 }; // `</>`: ignored
      if (lt + 2 >= n) return null; // `</` at the very end: text
      return bogusComment(lt, lt + 2);
    }
    if (c1 === 0x21 /* ! */) {
      if (html.startsWith('<!--', lt)) return comment(lt);
      if (startsWithIgnoringCase(html, lt + 2, '[cdata[')) {
        const close = findCdataEnd(lt + 9);
        const end = close < 0 ? n : close + 3;
        return { token: { kind: 'comment', start: lt, end }, end };
      }
      return bogusComment(lt, lt + 2);
    }
    if (c1 === 0x3f /* ? */) return bogusComment(lt, lt + 2);
    return null;
  }

  function comment(lt: number): { token: HtmlToken; end: number } {
    let end: number;
    if (html.charCodeAt(lt + 4) === 0x3e) end = lt + 5; // `<!-->`
    else if (html.startsWith('->', lt + 4)) end = lt + 6; // `<!--->`
    else {
      const a = findCommentEnd(lt + 4);
      const b = findBangCommentEnd(lt + 4);
      if (a < 0 && b < 0) end = n;
      else if (b < 0 || (a >= 0 && a < b)) end = a + 3;
      else end = b + 4;
    }
    return { token: { kind: 'comment', start: lt, end }, end };
  }

  function bogusComment(lt: number, from: number): { token: HtmlToken; end: number } {
    const gt = html.indexOf('>', from);
    const end = gt < 0 ? n : gt + 1;
    return { token: { kind: 'comment', start: lt, end }, end };
  }

  /** Reads a tag from its name on; a tag cut off by the end of input yields nothing. */
  function readTag(lt: number, nameFrom: number, isEnd: boolean): { token: HtmlToken | null; end: number } {
    let j = nameFrom;
    while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x2f && html.charCodeAt(j) !== 0x3e) j++;
    const name = html.slice(nameFrom, j).toLowerCase();
    const attributes: HtmlAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      // Before an attribute name: skip white space and stray slashes.
      while (j < n) {
        const c = html.charCodeAt(j);
        if (isSpace(c)) j++;
        else if (c === 0x2f) {
          selfClosing = html.charCodeAt(j + 1) === 0x3e;
          j++;
        } else break;
      }
      if (j >= n) return { token: null, end: n };
      if (html.charCodeAt(j) === 0x3e) break;
      selfClosing = false;
      // Attribute name: up to white space, `/`, `>` or `=` (a leading `=` is part of it).
      const attrFrom = j;
      j++;
      while (j < n) {
        const c = html.charCodeAt(j);
        if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
        j++;
      }
      const attrName = html.slice(attrFrom, j).toLowerCase();
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      let value = '';
      if (j < n && html.charCodeAt(j) === 0x3d /* = */) {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        const q = html.charCodeAt(j);
        if (q === 0x22 || q === 0x27) {
          const close = html.indexOf(q === 0x22 ? '"' : "'", j + 1);
          if (close < 0) return { token: null, end: n };
          value = html.slice(j + 1, close);
          j = close + 1;
        } else {
          const valueFrom = j;
          while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x3e) j++;
          value = html.slice(valueFrom, j);
        }
      }
      if (!isEnd) attributes.push({ name: attrName, value: decodeEntities(value) });
    }
    const end = j + 1;
    const token: HtmlToken = isEnd
      ? { kind: 'endTag', name, start: lt, end }
      : { kind: 'startTag', name, attributes, selfClosing, start: lt, end };
    return { token, end };
  }
}

/**
 * Where the content of a raw-text element ends: at its end tag
 * (`</script`, any case, then white space, `/` or `>`), or at the end of
 * the input.
 */
function findEndTag(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k >= 0) {
    const after = k + 2 + name.length;
    if (startsWithIgnoringCase(html, k + 2, name)) {
      const c = html.charCodeAt(after);
      if (after >= html.length || isSpace(c) || c === 0x2f || c === 0x3e) return k;
    }
    k = html.indexOf('</', k + 2);
  }
  return html.length;
}

/**
 * A search for `needle` that remembers its last answer: asked again from an
 * offset not past that answer, it answers at once; once the needle is known
 * absent after some offset, it is absent after every later one. Many
 * searches from increasing offsets cost one pass in all.
 */
function createFinder(html: string, needle: string): (from: number) => number {
  let found = -2; // -2: not searched yet; -1: absent from `searchedFrom` on
  let searchedFrom = 0;
  return (from: number): number => {
    if (found === -1 && from >= searchedFrom) return -1;
    if (found >= from && from >= searchedFrom) return found;
    searchedFrom = from;
    found = html.indexOf(needle, from);
    return found;
  };
}

/** True when `html` holds `lower` (lower-case ASCII) at `at`, in any case. */
function startsWithIgnoringCase(html: string, at: number, lower: string): boolean {
  if (at + lower.length > html.length) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = html.charCodeAt(at + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** HTML's white space inside tags: space, tab, LF, FF, CR. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}
