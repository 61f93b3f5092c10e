#!/usr/bin/env node
/**
 * The `xxgk-report` command (the package's bin, built to `dist/cli.js`).
 * Everything here is Node-only; the library core never imports `src/cli/`.
 *
 * @packageDocumentation
 */
import { EXIT_USAGE, runCli } from './run.js';

// `xxgk-report parse … | head` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`xxgk-report: cannot write output: ${error.message}\n`);
  process.exit(EXIT_USAGE);
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // A bug, not bad input: one line, and the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`xxgk-report: unexpected error: ${message.split('\n')[0]}\n`);
    if (process.env.XXGK_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
