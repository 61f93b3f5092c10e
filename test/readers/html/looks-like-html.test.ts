import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../src/readers/html/looks-like-html.js';

describe('looksLikeHtml', () => {
  it('takes pages and fragments for HTML, in any case', () => {
    for (const html of ['<!DOCTYPE html><html>', '<HTML>', '<p style="x">一、总体情况</p>', '<div class=TRS_Editor>', '<table border=1>', '<td>1</td>', '第一行<br/>第二行', '<BR>', '  \n<TBODY>']) {
      expect(looksLikeHtml(html), html).toBe(true);
    }
  });

  it('does not take report text for HTML, even with < in prose', () => {
    for (const text of ['一、总体情况\n规章\t1\t0', '《条例》规定 a<b 且 <5 件', '| 规章 | 1 |', '<param>', '<pre>', '<presentation>', '<tdx>', '']) {
      expect(looksLikeHtml(text), text).toBe(false);
    }
  });

  it('looks only at the first 2 KB', () => {
    expect(looksLikeHtml('字'.repeat(3000) + '<p>')).toBe(false);
    expect(looksLikeHtml('字'.repeat(2000) + '<p>')).toBe(true);
  });

  it('answers false for a non-string instead of throwing', () => {
    expect(looksLikeHtml(null as unknown as string)).toBe(false);
  });
});
