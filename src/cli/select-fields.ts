import type { FlatValue } from '../templates/flatten-report.js';
import { allReportPaths } from './labels.js';

let known: ReadonlySet<string> | undefined;
/** Every path of either template, built once: the set `--fields` is checked against. */
function knownPaths(): ReadonlySet<string> {
  return (known ??= new Set(allReportPaths()));
}

/**
 * Reads `--fields meta.year,applications.newReceived.total`: paths as
 * `flattenReport` writes them, separated by commas (spaces around them
 * allowed), each once. Returns the paths in the order given, or a one-line
 * reason naming the first path that is not a report path — so a typo is an
 * error, never a column of blanks.
 */
export function parseFieldList(text: string): readonly string[] | string {
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const path = part.trim();
    if (path === '') return `'${text}' has an empty path (paths separated by commas, e.g. meta.year,applications.newReceived.total)`;
    if (!knownPaths().has(path)) {
      return `'${path}' is not a report path (flattenReport's paths, e.g. meta.year, applications.newReceived.total; all are the columns of parse --format csv)`;
    }
    if (seen.has(path)) return `'${path}' is given twice`;
    seen.add(path);
    paths.push(path);
  }
  return paths;
}

/**
 * The chosen paths of a flattened report, in the order chosen; a path the
 * report does not have (the other template's) is null, as a blank cell is.
 * Keyed by trusted paths only, but built on a null prototype all the same.
 */
export function selectFields(flat: Readonly<Record<string, FlatValue>>, fields: readonly string[]): Record<string, FlatValue> {
  const out = Object.create(null) as Record<string, FlatValue>;
  for (const path of fields) out[path] = Object.prototype.hasOwnProperty.call(flat, path) ? (flat[path] ?? null) : null;
  return out;
}
