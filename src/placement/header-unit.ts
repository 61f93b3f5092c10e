/** The unit a table-2 money header states: 元 or 万元, or both when its parts disagree. */
export type HeaderUnit = '元' | '万元' | 'conflict';

/**
 * A unit statement in brackets: it states the column's unit wherever it
 * stands in the header cell, even with other header text run on after it (a
 * converter that merged the next page's header line into the cell:
 * `本年收费金额(单位:元)申请人情况`).
 */
const BRACKETED_UNITS: readonly (readonly [string, '元' | '万元'])[] = [
  ['(单位:万元)', '万元'],
  ['(单位:元)', '元'],
  ['(万元)', '万元'],
  ['(元)', '元'],
];

/**
 * The money unit a header states, from its {@link labelKey} form:
 * `本年收费金额(单位:元)` → 元, `采购总金额(万元)` → 万元, `本年收费金额` → null,
 * and `conflict` when it states both. A header with no unit is read as the
 * template's 万元. A unit in brackets counts wherever it stands; without
 * brackets only at the end, after 单位 (`单位:元`) or as 万元: 元 inside a
 * word is not a unit.
 *
 * @example
 * ```ts
 * headerUnit('本年收费金额(单位:元)'); // '元'
 * headerUnit('采购总金额(万元)');     // '万元'
 * headerUnit('本年收费金额');         // null
 * ```
 */
export function headerUnit(key: string): HeaderUnit | null {
  let unit: HeaderUnit | null = null;
  for (const [form, stated] of BRACKETED_UNITS) if (key.includes(form)) unit = combineUnits(unit, stated);
  return combineUnits(unit, unitAtEnd(key));
}

/** A unit at the very end of a header: in brackets, after 单位, or 万元. */
function unitAtEnd(key: string): '元' | '万元' | null {
  const end = key.endsWith(')') ? key.length - 1 : key.length;
  if (key.endsWith('万元', end)) return '万元';
  if (!key.endsWith('元', end)) return null;
  // 元 alone: in brackets `(元)`, or after 单位 `单位:元` / `单位元`.
  const before = key.slice(Math.max(0, end - 4), end - 1);
  return before.endsWith('(') || before.endsWith('单位:') || before.endsWith('单位') ? '元' : null;
}

/** Two units stated for one column (its header, a separate unit cell): one, or 'conflict'. */
export function combineUnits(a: HeaderUnit | null, b: HeaderUnit | null): HeaderUnit | null {
  if (a === null) return b;
  if (b === null || a === b) return a;
  return 'conflict';
}
