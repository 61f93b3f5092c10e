// Compares a parsed report with a hand-checked answer file. Shared by
// `npm run corpus` (scripts/corpus.mjs) and the CI test (test/corpus/).
//
// A value is
//   right  — equal to the answer;
//   null   — null where the answer has a number, and named by a diagnostic
//            (its path, its row or table, or a table-level code) — allowed;
//   silent — null where the answer has a number, with no diagnostic — a bug;
//   wrong  — a number that differs from the answer — the bug we never ship.

const TABLE_CODES = new Set(['table-missing', 'table-unrecognized']);

/** The model path prefixes a diagnostic speaks for. */
function coveredPrefixes(report) {
  const prefixes = [];
  for (const d of report.diagnostics) {
    if (d.path) prefixes.push(d.path);
    if (TABLE_CODES.has(d.code) && d.path) prefixes.push(d.path);
  }
  return prefixes;
}

/**
 * @param {Record<string, unknown>} flat flattenReport(report)
 * @param {Record<string, unknown>} answer the hand-checked answer
 * @param {{ diagnostics: { path?: string, code: string }[] }} report
 */
export function compareWithAnswer(flat, answer, report) {
  const prefixes = coveredPrefixes(report);
  const anyTableProblem = report.diagnostics.some((d) => ['unplaced-number', 'row-value-count', 'table-unrecognized'].includes(d.code));
  const result = { right: 0, nulls: 0, silent: 0, wrong: 0, expected: 0, wrongPaths: [], silentPaths: [] };
  for (const [path, want] of Object.entries(answer)) {
    if (path.startsWith('meta.')) continue;
    result.expected++;
    const got = path in flat ? flat[path] : null;
    if (got === want) {
      result.right++;
    } else if (got === null) {
      const named = prefixes.some((p) => path === p || path.startsWith(`${p}.`)) || anyTableProblem;
      if (named) result.nulls++;
      else {
        result.silent++;
        result.silentPaths.push(path);
      }
    } else {
      result.wrong++;
      result.wrongPaths.push(`${path}: got ${JSON.stringify(got)}, answer ${JSON.stringify(want)}`);
    }
  }
  const metaWrong = [];
  for (const key of ['meta.title', 'meta.organization', 'meta.year', 'meta.template', 'meta.publishedAt', 'meta.source']) {
    if (key in answer && flat[key] !== answer[key]) metaWrong.push(`${key}: got ${JSON.stringify(flat[key])}, answer ${JSON.stringify(answer[key])}`);
  }
  result.metaWrong = metaWrong;
  return result;
}
