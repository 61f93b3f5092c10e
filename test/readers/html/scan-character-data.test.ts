import { describe, expect, it } from 'vitest';
import { isReaderSpace, scanCharacterData } from '../../../src/readers/html/scan-character-data.js';

/** The pieces the scanner reports, as `chars:…`, `space@k`, `entity:…`. */
function pieces(html: string): string[] {
  const out: string[] = [];
  scanCharacterData(html, 0, html.length, {
    space: (start, end) => out.push(`space:${html.slice(start, end)}`),
    chars: (start, end) => out.push(`chars:${html.slice(start, end)}`),
    entity: (value, start, end) => out.push(`entity:${value}=${html.slice(start, end)}`),
  });
  return out;
}

describe('scanCharacterData', () => {
  it('reports runs of characters, each white-space character, and decoded references', () => {
    expect(pieces('ab c&amp;d&nbsp;&x')).toEqual(['chars:ab', 'space: ', 'chars:c', 'entity:&=&amp;', 'chars:d', 'space:&nbsp;', 'chars:&x']);
  });

  it('treats the ideographic, no-break, en, em and thin spaces as white space', () => {
    for (const code of [0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0, 0x3000, 0x2002, 0x2003, 0x2009]) expect(isReaderSpace(code)).toBe(true);
    for (const code of [0x41, 0x4e00, 0xff10, 0x200d, 0x200b]) expect(isReaderSpace(code)).toBe(false);
    expect(pieces('\u3000\u3000年')).toEqual(['space:\u3000', 'space:\u3000', 'chars:年']);
  });

  it('drops the zero-width space, the BOM and soft hyphens, written or as references', () => {
    expect(pieces('\ufeff1\u200b320&shy;5')).toEqual(['chars:1', 'chars:320', 'chars:5']);
  });
});
