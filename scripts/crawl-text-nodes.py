#!/usr/bin/env python3
"""A crawler's text extractor, as a data team writes one: one line per non-blank DOM text node.

Usage: crawl-text-nodes.py PAGE.html [--preamble] [--crlf] [--split-runs] > OUT.txt

--preamble    writes the crawler's metadata lines before the article
              (标题：<title>, 原始链接：…, 发布时间：…, 正文：).
--crlf        ends lines with CRLF instead of LF.
--split-runs  reads the page as a Word-pasting editor leaves it, where one cell's text is
              split over several <span> runs. Deterministic rule, applied to text inside <td>:
              a number of three or more digits splits after its first digit (162 -> 1 / 62);
              in a header row (a <tr> with no digit), a word of two or three CJK characters splits
              into one run per character (自然人 -> 自 / 然 / 人); a text with '/' splits around it
              (本年增/减 -> 本年增 / / / 减).

Stdlib only. The identical-line-dedup crawler is this output piped through the real `uniq`.
"""
import re
import sys
from html.parser import HTMLParser

SKIP = {'script', 'style', 'head', 'title'}
CJK_WORD = re.compile(r'^[\u4e00-\u9fff]{2,3}$')
NUMBER = re.compile(r'^[0-9]{3,}$')


def split_runs(text, header_row):
    if NUMBER.match(text):
        return [text[0], text[1:]]
    if header_row and CJK_WORD.match(text):
        return list(text)
    if '/' in text and text != '/':
        out = []
        for i, piece in enumerate(text.split('/')):
            if i > 0:
                out.append('/')
            if piece:
                out.append(piece)
        return out
    return [text]


class Crawler(HTMLParser):
    def __init__(self, split):
        super().__init__(convert_charrefs=True)
        self.split = split
        self.skip = 0
        self.td = 0
        self.title = ''
        self.in_title = False
        self.nodes = []
        # Text nodes of the open <tr>, split when the row ends (a header row is one with no digit).
        self.row = None

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag == 'title':
            self.in_title = True
        if tag in ('td', 'th'):
            self.td += 1
        if tag == 'tr' and self.split:
            self.flush_row()
            self.row = []

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip > 0:
            self.skip -= 1
        if tag == 'title':
            self.in_title = False
        if tag in ('td', 'th') and self.td > 0:
            self.td -= 1
        if tag in ('tr', 'table'):
            self.flush_row()

    def flush_row(self):
        if self.row is None:
            return
        header_row = not any(c.isdigit() for text in self.row for c in text)
        for text in self.row:
            self.nodes.extend(split_runs(text, header_row))
        self.row = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.skip:
            return
        text = data.strip()
        if not text:
            return
        if self.split and self.td and self.row is not None:
            self.row.append(text)
        else:
            self.nodes.append(text)


def main(argv):
    page = argv[1]
    flags = set(argv[2:])
    crawler = Crawler('--split-runs' in flags)
    with open(page, encoding='utf-8') as f:
        crawler.feed(f.read())
    crawler.close()
    crawler.flush_row()
    lines = []
    if '--preamble' in flags:
        lines += ['标题：' + crawler.title.strip(), '原始链接：http://www.example.gov.cn/xxgk/ndbg/index.html',
                  '发布时间：2024-01-31 10:00:00', '正文：']
    lines += crawler.nodes
    eol = '\r\n' if '--crlf' in flags else '\n'
    sys.stdout.buffer.write((eol.join(lines) + eol).encode('utf-8'))


if __name__ == '__main__':
    main(sys.argv)
