import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The built CLI; `XXGK_CLI` points elsewhere (a private build) when set. */
export const cliPath = process.env.XXGK_CLI ?? `${root}dist/cli.js`;

/** A fixture path under `test/fixtures/`. */
export function fixture(path: string): string {
  return `${root}test/fixtures/${path}`;
}

/** Builds the package once if the CLI is not built yet (`npm test` builds before vitest runs). */
export function ensureBuilt(): void {
  if (!existsSync(cliPath)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
}

/** What a run of the CLI gave. */
export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

/**
 * Runs `node dist/cli.js …args` in the repository root, with `input` piped
 * on stdin — or, without one, stdin on /dev/null (as under cron: not a pipe,
 * so no input named is a usage error). Stdout and stderr are pipes, never terminals.
 * `env` adds to the environment (e.g. `XXGK_TEST_WORKER_EXIT`, the worker's crash hook).
 */
export function runCli(args: readonly string[], input?: string | Buffer, env: Readonly<Record<string, string>> = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input }),
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, XXGK_DEBUG: '', XXGK_TEST_WORKER_EXIT: '', ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
    stdoutBytes: result.stdout,
  };
}

/** Reads CSV text per RFC 4180 (quoted fields, doubled quotes, CRLF records) — the test's own reader. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
