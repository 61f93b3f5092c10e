// What must hold of every report, whatever the input — shared by the
// robustness suite (test/robustness/) and the fuzzer (scripts/fuzz.mjs),
// which pass in the library's functions (src/ for the tests, dist/ for the
// fuzzer). Types are in checks.d.mts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The codes declared in a `export interface XCodes { 'code': true; … }` block of a source file. */
export function readCodes(file, interfaceName) {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(`export interface ${interfaceName}`);
  const end = source.indexOf('\n}', at);
  if (at < 0 || end < 0) throw new Error(`${interfaceName} not found in ${file}`);
  const codes = new Set();
  for (const m of source.slice(at, end).matchAll(/^\s*'([a-z0-9-]+)': true;/gm)) codes.add(m[1]);
  return codes;
}

/** The diagnostic and finding codes as declared in src/ (the documented, stable ones). */
export function readKnownCodes(root) {
  return {
    diagnostics: readCodes(join(root, 'src/model/diagnostic.ts'), 'DiagnosticCodes'),
    findings: readCodes(join(root, 'src/validate/finding.ts'), 'FindingCodes'),
  };
}

/** Offsets where each line of `text` starts (LF, CRLF and lone CR end a line, as splitLines). */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of an offset. */
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** A span must lie inside the input, and its line:column must be where its start offset is. */
function checkSpan(problems, where, span, starts, length) {
  if (!span || typeof span !== 'object') {
    problems.push(`${where}: no span`);
    return;
  }
  const { start, end, line, column } = span;
  if (![start, end, line, column].every(Number.isInteger)) problems.push(`${where}: span fields are not integers ${JSON.stringify(span)}`);
  else if (start < 0 || end < start || end > length) problems.push(`${where}: span ${start}..${end} outside the input (length ${length})`);
  else {
    const at = positionAt(starts, start);
    if (at.line !== line || at.column !== column) problems.push(`${where}: span says ${line}:${column}, its start offset ${start} is at ${at.line}:${at.column}`);
  }
}

/** Why a value would not survive JSON and structuredClone unchanged (NaN, Infinity, -0, functions, cycles, class instances), or null. */
function plainDataProblem(value, path, seen = new Set()) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? null : `${path} is ${String(value)}`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (seen.has(value)) return `${path} is a cycle`;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return `${path} is not a plain object`;
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) continue; // optional fields: JSON drops them, as intended
    const problem = plainDataProblem(value[key], `${path}.${key}`, seen);
    if (problem) return problem;
  }
  seen.delete(value);
  return null;
}

/**
 * What must hold of any report and its findings, whatever the input: plain
 * data (JSON and structuredClone), every span inside the input and at the
 * line:column it gives, every code a documented one, every non-null value a
 * finite number read from the raw text of its source, which stands in the
 * input where its span says. Takes the library's `flattenReport`,
 * `parseCellValue` and (for HTML input) `htmlToText` — tests pass src/, the
 * fuzzer dist/. Returns the problems found; none when all is well.
 */
export function checkReport(input, report, findings, { codes, flatten, readCell, htmlText }, entry = 'text') {
  const problems = [];
  const plain = plainDataProblem(report, 'report');
  if (plain) problems.push(`not plain data: ${plain}`);
  else {
    try {
      structuredClone(report);
    } catch (error) {
      problems.push(`structuredClone fails: ${error}`);
    }
  }
  const plainFindings = plainDataProblem(findings, 'findings');
  if (plainFindings) problems.push(`findings not plain data: ${plainFindings}`);
  const length = input.length;
  const starts = lineStarts(input);
  report.diagnostics.forEach((d, k) => {
    if (!codes.diagnostics.has(d.code)) problems.push(`diagnostic ${k}: unknown code ${d.code}`);
    if (!['error', 'warning', 'info'].includes(d.severity)) problems.push(`diagnostic ${k}: severity ${d.severity}`);
    if (typeof d.message !== 'string' || typeof d.messageEn !== 'string') problems.push(`diagnostic ${k}: no message`);
    checkSpan(problems, `diagnostic ${k} (${d.code})`, d.span, starts, length);
  });
  findings.forEach((f, k) => {
    if (!codes.findings.has(f.code)) problems.push(`finding ${k}: unknown code ${f.code}`);
    for (const s of f.spans ?? []) checkSpan(problems, `finding ${k} (${f.code})`, s, starts, length);
  });
  for (const [path, source] of Object.entries(report.sources)) checkSpan(problems, `source ${path}`, source.span, starts, length);
  for (const section of report.sections) {
    checkSpan(problems, `section ${section.kind}`, section.span, starts, length);
    checkSpan(problems, `section ${section.kind} body`, section.bodySpan, starts, length);
  }
  for (const table of report.tables) checkSpan(problems, `table ${table.table}`, table.span, starts, length);
  const flat = flatten(report);
  for (const [path, value] of Object.entries(flat)) {
    if (path.startsWith('meta.') || value === null) continue;
    const source = report.sources[path];
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`${path} = ${String(value)} is not a finite number`);
    else if (!source) problems.push(`${path} = ${value} has no source`);
    else {
      // The value is read from its raw text (money in 元 is shown in 万元), and the raw text is where the span says.
      const cell = readCell(source.raw);
      if (cell.kind !== 'number' || !(cell.value === value || Number((cell.value / 10000).toFixed(10)) === value)) {
        problems.push(`${path} = ${value} is not what its raw text ${JSON.stringify(source.raw)} says`);
      }
      // A number joined from runs on several lines: the raw text is its pieces' text joined, each inside the span.
      const at = Array.isArray(source.pieces)
        ? source.pieces.every((p) => p.start >= source.span.start && p.end <= source.span.end)
          ? source.pieces.map((p) => input.slice(p.start, p.end)).join('')
          : null
        : input.slice(source.span.start, source.span.end);
      // HTML input: the raw text is the cell's text with character references decoded.
      if (at !== source.raw && !(entry === 'html' && htmlText && htmlText(at).text.trim() === source.raw)) {
        problems.push(`${path}: the input at ${source.span.start}..${source.span.end} is ${JSON.stringify(input.slice(source.span.start, source.span.end).slice(0, 40))}, not its raw text ${JSON.stringify(source.raw)}`);
      }
    }
  }
  if (Object.getPrototypeOf(report.sources) !== Object.prototype && Object.getPrototypeOf(report.sources) !== null) problems.push('sources has an odd prototype');
  if (Object.keys(Object.prototype).length > 0 || Object.keys(Array.prototype).length > 0) problems.push('Object.prototype or Array.prototype was changed');
  return problems;
}

/** 1-based line numbers of `text` that the ranges touch (an empty range touches the line it sits on). */
export function touchedLines(text, ranges) {
  const lines = new Set();
  if (ranges.length === 0) return lines;
  const starts = lineStarts(text);
  const lineAt = (offset) => positionAt(starts, offset).line;
  for (const [a, b] of ranges) {
    const first = lineAt(a);
    const last = lineAt(Math.max(a, b - 1));
    for (let l = first; l <= last; l++) lines.add(l);
  }
  return lines;
}

/**
 * Values of a report after an edit inside one line, against the report
 * before it. A non-null value on a line the edit did not touch must be the
 * value it had before; a value that was null before (a row the parser could
 * not be sure of) may appear, but only as the hand-checked value of that
 * cell, when `expected` (the seed's answers) knows it. Returns the problems.
 */
export function compareValues(original, mutated, mutatedText, touched, flatten, expected = null) {
  const before = flatten(original);
  const after = flatten(mutated);
  const lines = touchedLines(mutatedText, touched);
  const problems = [];
  for (const [path, value] of Object.entries(after)) {
    if (path.startsWith('meta.') || value === null || before[path] === value) continue;
    const source = mutated.sources[path];
    if (source && lines.has(source.span.line)) continue;
    const where = `at line ${source?.span.line ?? '?'} (raw ${JSON.stringify(source?.raw)}), a line the edit did not touch`;
    if (before[path] !== null) problems.push(`${path} changed: ${String(before[path])} → ${String(value)} ${where}`);
    else if (!expected || !(path in expected)) problems.push(`${path} appeared: null → ${String(value)} ${where}, and no hand-checked value to compare with`);
    else if (expected[path] !== value) problems.push(`${path} appeared wrong: null → ${String(value)} ${where}; the hand-checked value is ${String(expected[path])}`);
  }
  return problems;
}

/**
 * Parses and validates one fuzz case and checks it: never a throw, every
 * invariant of {@link checkReport}, and — for edits inside one line — every
 * value on an untouched line as in the original report (see
 * {@link compareValues}). `originals[k]` is `{ report, expected }` of seed
 * `k`. Returns the problems and the time taken.
 */
export function checkCase(fuzzCase, lib, originals) {
  const parse = fuzzCase.entry === 'html' ? lib.parseHtml : lib.parseText;
  const t0 = performance.now();
  let report;
  let findings;
  try {
    report = parse(fuzzCase.text);
    findings = lib.validate(report);
  } catch (error) {
    return { problems: [`throws: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error)}`], ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  const problems = checkReport(fuzzCase.text, report, findings, lib, fuzzCase.entry);
  if (fuzzCase.keepsValues && fuzzCase.seedIndex >= 0) {
    problems.push(...compareValues(originals[fuzzCase.seedIndex].report, report, fuzzCase.text, fuzzCase.touched, lib.flatten, originals[fuzzCase.seedIndex].expected));
  }
  return { problems, ms };
}
