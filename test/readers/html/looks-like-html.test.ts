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

  it('takes pandoc Markdown with a raw <table> for Markdown: simple-table rules, grid borders, fenced divs', () => {
    const table = '<table class="MsoNormalTable"><tr><td><p>一、本年新收</p></td><td>12</td></tr></table>';
    for (const mark of ['  ---------- ----------', '  ------ ----- ------\r', '+------+----+', '+======+====+', '+:-----+----+', '::: WordSection1', ':::']) {
      expect(looksLikeHtml(`说明\n${mark}\n${table}`), mark).toBe(false);
    }
    // Still a page when it says so.
    expect(looksLikeHtml(`<!DOCTYPE html>\n  ------ ------\n${table}`)).toBe(true);
  });

  it('still takes a page for HTML beside lines that are no Markdown rule', () => {
    const table = '<table><tr><td>12</td></tr></table>';
    for (const line of ['----------', '+5 件', '++', '- 2 -', '2020-12-31 -- 发布', '+----+ 说明', '说明 :::']) {
      expect(looksLikeHtml(`${line}\n${table}`), line).toBe(true);
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
