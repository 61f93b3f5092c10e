// 二〇二一年度报告 in GBK/GB18030, byte by byte from the GBK code table:
// 二 B6FE, 〇 A996, 二 B6FE, 一 D2BB, 年 C4EA, 度 B6C8, 报 B1A8, 告 B8E6.
export const GB18030_REPORT_LINE = {
  text: '二〇二一年度报告',
  bytes: new Uint8Array([0xb6, 0xfe, 0xa9, 0x96, 0xb6, 0xfe, 0xd2, 0xbb, 0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]),
} as const;
