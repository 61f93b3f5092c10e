/**
 * Whether a UTF-16 unit is one of the numerals 一二三四五六七八九十 that
 * enumerate sections and rows (一、, （三）). A switch on codes: the label and
 * glued-row scanners ask it at every character, and a one-character string
 * per Chinese character read was most of their time. NaN (a position past
 * either end of a string) is none.
 */
export function isChineseNumeral(code: number): boolean {
  switch (code) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
      return true;
    default:
      return false;
  }
}
