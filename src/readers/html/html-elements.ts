/**
 * The few facts about HTML elements the reader needs, by lower-case tag
 * name. Constant sets: the lookups are by tag name, never by other input.
 */

/**
 * Elements whose start and end tags break a line of running text. Inside a
 * table cell they become a single space instead (see `htmlToText`).
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'summary',
  'title', 'ul',
]);

/** Elements that may stand in `<head>`; any other start tag ends the head. */
export const HEAD_ELEMENTS: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title',
]);

/**
 * Elements whose content is raw text up to their end tag and is never shown:
 * the tokenizer skips it as one `rawText` token.
 */
export const SKIPPED_RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'iframe', 'noembed', 'noframes',
]);

/**
 * Elements whose content is text up to their end tag, with character
 * references but no tags (RCDATA): `<title>a<b>c</title>` is the text `a<b>c`.
 */
export const RCDATA_ELEMENTS: ReadonlySet<string> = new Set(['title', 'textarea']);
