import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';

const meta = (text: string) => parseReport(text).meta;

describe('metadata from the preamble', () => {
  it('reads organization and year from a one-line title', () => {
    expect(meta('\n\n驻马店市人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n')).toMatchObject({
      title: '驻马店市人民政府2022年政府信息公开工作年度报告',
      organization: '驻马店市人民政府',
      year: 2022,
    });
  });

  it('joins a title printed on two lines, the year first', () => {
    expect(meta('2022年永州市人民政府办公室\n\n信息公开工作年度报告\n本年度报告根据……编制。\n一、总体情况\n')).toMatchObject({
      title: '2022年永州市人民政府办公室信息公开工作年度报告',
      organization: '永州市人民政府办公室',
      year: 2022,
    });
  });

  it('takes a title stated in a sentence when no title line is printed', () => {
    const m = meta('发布时间:\n2021-02-22 14:29\n信息来源:\nXX开发区管委会\n根据规定,现公布XX开发区管委会2020年政府信息公开工作年度报告。本年度报告中使用数据统计期限为2020年1月1日至12月31日。\n一、总体情况\n');
    expect(m).toMatchObject({
      title: 'XX开发区管委会2020年政府信息公开工作年度报告',
      organization: 'XX开发区管委会',
      year: 2020,
      publishedAt: '2021-02-22 14:29',
      source: 'XX开发区管委会',
      statisticsPeriod: '2020年1月1日至12月31日',
    });
  });

  it('reads a statistics period pdftotext wrapped, after 为 or inside it, and the year from it when no title is printed', () => {
    // pdftotext -layout of a page printed by LibreOffice: the title is not on the page, and the line is full after 为.
    const after = meta('本报告所列数据统计期限为\n2025 年 1 月 1 日至 2025 年 12 月 31 日。\n\n一、总体情况\n');
    expect(after).toMatchObject({ title: null, year: 2025, statisticsPeriod: '2025 年 1 月 1 日至 2025 年 12 月 31 日' });
    expect(meta('本报告所列数据统计期限为2025年1月1日至\r\n2025年12月31日。\r\n一、总体情况\r\n').statisticsPeriod).toBe('2025年1月1日至2025年12月31日');
    // A period that ends with its line (no 。) does not take the next line's words.
    expect(meta('统计期限为2020年1月1日至12月31日\n如对本报告有疑问，请联系……\n一、总体情况\n').statisticsPeriod).toBe('2020年1月1日至12月31日');
    expect(meta('统计期限：\n\n一、总体情况\n').statisticsPeriod).toBeNull();
  });

  it('keeps the organization of a stated title a PDF spaced and wrapped (现公布某某县水利局 2020 / 年…)', () => {
    // pdftotext of 2019-cms-cols: a space before the year, the line broken after it.
    const m = meta('根据《中华人民共和国政府信息公开条例》和上级有关要求，现公布某某县水利局 2020\n年政府信息公开工作年度报告。\n本报告根据……编制。\n\n一、总体情况\n');
    expect(m).toMatchObject({ title: '某某县水利局2020年政府信息公开工作年度报告', organization: '某某县水利局', year: 2020 });
  });

  it('reads 发布时间 and 信息来源 written on the same line', () => {
    expect(meta('XX局2023年度政府信息公开工作年度报告\n发布时间：2024-01-20\n信息来源：XX局\n一、总体情况\n')).toMatchObject({
      year: 2023,
      organization: 'XX局',
      publishedAt: '2024-01-20',
      source: 'XX局',
    });
  });

  it('reports what it cannot find as metadata-missing, with nulls', () => {
    const report = parseReport('一、总体情况\n没有标题。\n');
    expect(report.meta.title).toBeNull();
    expect(report.meta.year).toBeNull();
    expect(report.diagnostics.filter((d) => d.code === 'metadata-missing').map((d) => d.path)).toEqual(['meta.title', 'meta.organization', 'meta.year']);
  });
});

describe('metadata from crawler text and page chrome', () => {
  it('takes the document heading among the chunks of a page run into one line, past breadcrumbs and chrome', () => {
    const page =
      '当前位置： 首页政务公开政府信息公开年报 某区管委会2014年度政府信息公开工作年度报告 来源：某县人民政府 时间：2015-01-02 00:00 微信 微博 某区 2014年度政府信息公开工作年度报告 根据《条例》的要求，我区编制完成了本报告。' +
      '一、总体情况 '.padEnd(400, '正');
    const m = parseReport(page).meta;
    expect(m.title).toBe('某区2014年度政府信息公开工作年度报告');
    expect(m.year).toBe(2014);
    expect(m.publishedAt).toBe('2015-01-02 00:00');
    expect(m.source).toBe('某县人民政府');
  });

  it('splits 来源 and 时间 written on one line of page chrome', () => {
    const m = parseReport('某区2024年度政府信息公开工作年度报告\n来源：某区管委会办公室 时间：2025-03-10 15:35\n一、总体情况\n正文。\n').meta;
    expect(m.source).toBe('某区管委会办公室');
    expect(m.publishedAt).toBe('2025-03-10 15:35');
  });
});

describe('metadata without markup or sentence fragments', () => {
  it('reads the title out of a pandoc -t gfm <span> begun on the line above', () => {
    expect(meta('<div class="WordSection1">\n\n<span\nstyle="font-size:22.0pt;font-family:方正小标宋简体">某某县财政局2023年政府信息公开工作年度报告</span>\n\n一、总体情况\n')).toMatchObject({
      title: '某某县财政局2023年政府信息公开工作年度报告',
      organization: '某某县财政局',
      year: 2023,
    });
  });

  it('reads the title out of a pandoc -t markdown span, a heading attribute and a fenced div', () => {
    expect(meta('::: WordSection1\n[某某县财政局2023年政府信息公开工作年度报告]{style="font-size:22.0pt"}\n\n一、总体情况\n').title).toBe('某某县财政局2023年政府信息公开工作年度报告');
    expect(meta('::: content\n# 某某局2020年政府信息公开工作年度报告 {#某某局2020年政府信息公开工作年度报告 style="text-align:center"}\n\n一、总体情况\n').title).toBe('某某局2020年政府信息公开工作年度报告');
    expect(meta('**[某某局2020年政府信息公开工作年度报告]{style="font-family:宋体"}**\n一、总体情况\n').title).toBe('某某局2020年政府信息公开工作年度报告');
  });

  it('takes no sentence fragment for a title', () => {
    const m = meta('信息公开工作年度报告。本报告由某某局编制。\n一、总体情况\n');
    expect(m.title).toBeNull();
  });

  it('reads the title of crawler metadata lines without their prefix, and never a link or a date', () => {
    expect(meta('原始链接：http://example.gov.cn/a/1.html\n发布时间：2023-01-30\n标题：平潭综合实验区2022年政府信息公开工作年度报告\n正文：\n一、总体情况\n')).toMatchObject({
      title: '平潭综合实验区2022年政府信息公开工作年度报告',
      organization: '平潭综合实验区',
      year: 2022,
    });
  });
});
