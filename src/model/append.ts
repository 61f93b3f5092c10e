/**
 * Appends every item of `items` to `target`, one by one. Never
 * `target.push(...items)`: spreading passes each item as an argument, and
 * past ~120k items (a hostile input's diagnostics, cells or findings) the
 * call overflows the stack.
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
