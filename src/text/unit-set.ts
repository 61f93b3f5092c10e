/**
 * A set of UTF-16 units as one bit per unit (8 KB): for the scanners that
 * ask at every character whether it starts one of a few hundred words. Most
 * characters start none, and a bit test is much cheaper than the map lookup
 * it saves.
 */
export type UnitSet = Uint8Array;

/** An empty set of UTF-16 units. */
export function createUnitSet(): UnitSet {
  return new Uint8Array(0x10000 >> 3);
}

/** Adds a unit (0–0xFFFF) to the set. */
export function addUnit(set: UnitSet, code: number): void {
  set[code >> 3] = (set[code >> 3] as number) | (1 << (code & 7));
}

/** Whether the set holds the unit; NaN (past the end of a string) reads as unit 0. */
export function hasUnit(set: UnitSet, code: number): boolean {
  return ((set[code >> 3] as number) & (1 << (code & 7))) !== 0;
}
