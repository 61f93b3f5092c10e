// A safety net for refactors that must not change what is read: parses every
// input file the project has (test/fixtures/**, ../shared/seeds,
// ../shared/corpus/real, examples/reports) with parseDocument from dist/ and
// writes, per file, the flattened report and every diagnostic (code, path,
// line) to one JSON file. Diff two snapshots to see what a change altered.
//
//   npm run build && node scripts/snapshot.mjs /tmp/before.json
//   … change the code …
//   npm run build && node scripts/snapshot.mjs /tmp/after.json --diff /tmp/before.json
//
// Not a test: its output is whatever the code reads today, right or wrong.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../dist/document.js';
import { flattenReport, validate } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const READ = /\.(txt|md|html?|tsv|pdf|docx)$/i;
// Expected outputs and converter sidecars are not inputs.
const SKIP = /\.(expected|answers?)\.|\.json$/i;

function walk(dir, out) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (READ.test(name) && !SKIP.test(name)) out.push(full);
  }
  return out;
}

const args = process.argv.slice(2);
const outFile = args[0] ?? '/tmp/xxgk-snapshot.json';
const diffIndex = args.indexOf('--diff');
const against = diffIndex >= 0 ? args[diffIndex + 1] : undefined;

const files = [
  ...walk(join(root, 'test/fixtures'), []),
  ...walk(join(root, '../shared/seeds'), []),
  ...walk(join(root, '../shared/corpus/real'), []),
  ...walk(join(root, 'examples/reports'), []),
];

const snapshot = {};
for (const file of files) {
  const key = relative(root, file);
  const bytes = new Uint8Array(readFileSync(file));
  try {
    const report = await parseDocument(bytes, { name: key });
    snapshot[key] = {
      values: flattenReport(report),
      diagnostics: report.diagnostics.map((d) => [d.code, d.path ?? null, d.span.line].join(' ')),
      // Positions and the validator's findings too, so that a change to how
      // spans are mapped or how rules read the model shows up.
      spans: [
        ...report.diagnostics.map((d) => `${d.code} ${d.span.start}-${d.span.end} ${d.span.line}:${d.span.column}`),
        ...Object.entries(report.sources).map(([p, s]) => `${p} ${s.span.start}-${s.span.end} ${s.span.line}:${s.span.column}${s.pieces ? ' ' + s.pieces.map((x) => `${x.start}-${x.end}`).join(',') : ''}`),
        ...report.sections.map((s) => `${s.kind} ${s.span.start}-${s.span.end} ${s.bodySpan.start}-${s.bodySpan.end}`),
        ...report.tables.map((t) => `${t.table} ${t.layout} ${t.span.start}-${t.span.end}`),
      ],
      findings: validate(report).map((f) => [f.code, f.severity, f.paths.join(","), f.expected ?? "-", f.actual ?? "-", f.spans.map((s) => `${s.start}-${s.end}`).join(","), (f.disturbances ?? []).map((d) => d.code).join(","), f.message].join(" ")),
    };
  } catch (error) {
    snapshot[key] = { error: String(error) };
  }
}
writeFileSync(outFile, JSON.stringify(snapshot, null, 1));
console.log(`${files.length} files → ${outFile}`);

if (against) {
  const old = JSON.parse(readFileSync(against, 'utf8'));
  let differences = 0;
  for (const key of new Set([...Object.keys(old), ...Object.keys(snapshot)])) {
    const a = JSON.stringify(old[key]);
    const b = JSON.stringify(snapshot[key]);
    if (a === b) continue;
    differences++;
    console.log(`\n≠ ${key}`);
    const av = old[key]?.values ?? {};
    const bv = snapshot[key]?.values ?? {};
    for (const p of new Set([...Object.keys(av), ...Object.keys(bv)])) {
      if (JSON.stringify(av[p]) !== JSON.stringify(bv[p])) console.log(`  ${p}: ${JSON.stringify(av[p])} → ${JSON.stringify(bv[p])}`);
    }
    const ad = old[key]?.diagnostics ?? [];
    const bd = snapshot[key]?.diagnostics ?? [];
    for (const d of ad) if (!bd.includes(d)) console.log(`  - ${d}`);
    for (const d of bd) if (!ad.includes(d)) console.log(`  + ${d}`);
    for (const field of ['spans', 'findings']) {
      const a2 = old[key]?.[field] ?? [];
      const b2 = snapshot[key]?.[field] ?? [];
      const shown = [...a2.filter((x) => !b2.includes(x)).map((x) => `  - ${field}: ${x}`), ...b2.filter((x) => !a2.includes(x)).map((x) => `  + ${field}: ${x}`)];
      for (const line of shown.slice(0, 10)) console.log(line);
      if (shown.length > 10) console.log(`  … ${shown.length - 10} more ${field} lines`);
    }
    if (old[key]?.error || snapshot[key]?.error) console.log(`  error: ${old[key]?.error} → ${snapshot[key]?.error}`);
  }
  console.log(differences === 0 ? '\nno difference' : `\n${differences} files differ`);
  process.exitCode = differences === 0 ? 0 : 1;
}
