#!/usr/bin/env node
/**
 * The `xxgk-report` command (the package's bin, built to `dist/cli.js`).
 * Everything here is Node-only; the library core never imports `src/cli/`.
 *
 * @packageDocumentation
 */
import { fstatSync, writeSync } from 'node:fs';
import { EXIT_USAGE, runCli } from './run.js';
import { descriptorOutput } from './write-output.js';

/** Whether descriptor 0 is a pipe, a socket or a file: something was piped or redirected in (a terminal or /dev/null is not). */
function stdinPiped(): boolean {
  try {
    const stats = fstatSync(0);
    return stats.isFIFO() || stats.isFile() || stats.isSocket();
  } catch {
    return false;
  }
}

// Diagnostics must not be lost either, but a failing stderr has nowhere to say so.
const stderr = {
  isTTY: process.stderr.isTTY,
  get columns() {
    return process.stderr.columns;
  },
  write(chunk: string) {
    try {
      writeSync(2, chunk);
    } catch {
      // Nowhere left to report it; the exit status still tells.
    }
  },
};

// Ctrl-C or a kill: exit through process.exit, so that an --output file's temporary is removed.
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => process.exit(status));
}

runCli(process.argv.slice(2), { stdout: descriptorOutput(1, process.stdout.isTTY === true), stderr, stdin: process.stdin, stdinPiped: stdinPiped() }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // A bug, not bad input: one line, and the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`xxgk-report: unexpected error: ${message.split('\n')[0]}\n`);
    if (process.env.XXGK_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
