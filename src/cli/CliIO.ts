/**
 * What the CLI reads from and writes to, passed in so that tests run commands in-process.
 *
 * @module
 */

/**
 * Somewhere to write text: `process.stdout`, `process.stderr`, or a test's collector.
 *
 * @example
 * ```ts
 * const chunks: string[] = [];
 * const out: CliWritable = { write: (s) => chunks.push(s) };
 * ```
 */
export interface CliWritable {
  /** Write a chunk of text (UTF-8). */
  write(chunk: string): unknown;
}

/**
 * The streams, environment and terminal facts a command runs with.
 *
 * @example
 * ```ts
 * const io: CliIO = {
 *   stdin: process.stdin,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   env: process.env,
 *   isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
 * };
 * ```
 */
export interface CliIO {
  /** Standard input, read in full when the file argument is `-` (bytes, so that GB18030 can be detected). */
  readonly stdin: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** Standard output: reports, templates, schemas. */
  readonly stdout: CliWritable;
  /** Standard error: problems, progress, notices. */
  readonly stderr: CliWritable;
  /** Environment variables (`NO_COLOR`, `LONGCHUAN_CLI_DEBUG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether each stream is a terminal: colour needs a terminal, and progress rewrites its line only on one. */
  readonly isTTY: { readonly stdin?: boolean; readonly stdout: boolean; readonly stderr: boolean };
  /** Directory relative file paths resolve against; `process.cwd()` when left out. */
  readonly cwd?: string;
  /**
   * When standard input is a regular file (`< file.json`), its device and inode, so that `--out` never overwrites the
   * file being read; left out otherwise.
   */
  readonly stdinFile?: { readonly dev: number; readonly ino: number };
}
