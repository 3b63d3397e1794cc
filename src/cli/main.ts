/**
 * The `longchuan-community-plan` executable: runs {@link run} with the process's streams and sets the exit code.
 *
 * @example
 * ```sh
 * npx longchuan-community-plan evaluate --sample
 * ```
 *
 * @module
 */
import process from 'node:process';
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './run';
import { fstatSync } from 'node:fs';
import { STREAM_WORKER } from './STREAM_WORKER';

// A worker thread of `evaluate --stream` (src/cli/parallelStream.ts) runs this file too: it only loads that module,
// which serves the thread. Any other thread runs the command line.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[STREAM_WORKER] === true) void import('./parallelStream');
else main();

/** The command line, on the main thread. */
function main(): void {
  // A closed pipe (`… | head`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.stderr.write(`✖ 无法写出 / cannot write output: ${e.code ?? e.message}\n`);
    process.exit(3);
  });

  // Standard input redirected from a file: its identity, so that `--out` refuses to overwrite it.
  let stdinFile: { dev: number; ino: number } | undefined;
  try {
    const s = fstatSync(0);
    if (s.isFile()) stdinFile = { dev: s.dev, ino: s.ino };
  } catch {
    // No standard input: nothing to protect.
  }

  void run(process.argv.slice(2), {
    ...(stdinFile === undefined ? {} : { stdinFile }),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: { stdin: Boolean(process.stdin.isTTY), stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
  }).then((code) => {
    process.exitCode = code;
  });
}
