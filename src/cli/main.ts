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
import { isMainThread } from 'node:worker_threads';
import { run } from './run';
import { fstatSync } from 'node:fs';

// A worker thread of `evaluate --stream` (src/cli/parallelStream.ts) runs this file too: it only loads that module,
// which serves the thread.
if (isMainThread) main();
else void import('./parallelStream');

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
