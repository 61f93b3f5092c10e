import { describe, expect, it } from 'vitest';
import { defaultRecognizers, type GridRecognizer } from '../../src/index.js';
import { createGluedRecognizer, isGluedRecognizer } from '../../src/grids/recognize-glued-grid.js';
import { gluedHeaderWords } from '../../src/placement/table-kinds.js';
import { regionOf, texts } from '../helpers/region.js';

const recognize = createGluedRecognizer(gluedHeaderWords());

describe('createGluedRecognizer', () => {
  it('cuts run-together text into labels and digit runs, marking the runs as possibly joined', () => {
    const grid = recognize(regionOf('信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件6233440信息内容本年处理决定数量行政许可4529'));
    expect(texts(grid)).toEqual([['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '000', '行政规范性文件', '6233440', '信息内容', '本年处理决定数量', '行政许可', '4529']]);
    expect(grid?.rows[0]?.filter((c) => c.mayJoinValues).map((c) => c.text)).toEqual(['000', '6233440', '4529']);
  });

  it('gives a label its enumerator back from the digits before it', () => {
    const grid = recognize(regionOf('1.本机关不掌握相关政府信息7500000752.没有现成信息需要另行制作00000003.补正后申请内容仍不明确1000001'));
    expect(texts(grid)).toEqual([['1.本机关不掌握相关政府信息', '750000075', '2.没有现成信息需要另行制作', '0000000', '3.补正后申请内容仍不明确', '1000001']]);
  });

  it('keeps a unit with its number, digits in brackets with the text, and a sign with the value after it', () => {
    const grid = recognize(regionOf('本年收费金额（单位：万元，保留4位小数）行政事业性收费73802895.90元上一年项目数量本年增/减行政许可35-15第二十条'));
    expect(texts(grid)?.[0]).toEqual(['本年收费金额', '（单位：万元，保留4位小数）行政事业性收费', '73802895.90元', '上一年项目数量', '本年增/减', '行政许可', '35', '-15', '第二十条']);
  });

  it('does not take 〇 for a digit (二〇三五年), and always moves on', () => {
    const grid = recognize(regionOf('规划二〇三五年远景目标123行政许可45行政处罚67'));
    expect(texts(grid)?.[0]).toContain('123');
    expect(texts(grid)?.[0]?.join('')).toContain('二〇三五年');
  });

  it('refuses prose with few numbers after words', () => {
    expect(recognize(regionOf('全年主动公开政府信息10407条，其中政策解读96篇。'))).toBeNull();
  });

  it('is the last default recognizer', () => {
    expect(defaultRecognizers[defaultRecognizers.length - 1]?.name).toBe('recognizeGluedGrid');
  });
});

describe('isGluedRecognizer', () => {
  it('knows the recognizers createGluedRecognizer made, and no other', () => {
    const made = createGluedRecognizer(['总计']);
    expect(isGluedRecognizer(made)).toBe(true);
    expect(isGluedRecognizer(defaultRecognizers[defaultRecognizers.length - 1] as GridRecognizer)).toBe(true);
    expect(defaultRecognizers.slice(0, -1).some(isGluedRecognizer)).toBe(false);
    // A wrapper is a recognizer of its own: it runs everywhere.
    expect(isGluedRecognizer((region) => made(region))).toBe(false);
  });
});
