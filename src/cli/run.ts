/**
 * The `longchuan-community-plan` command, callable in-process: `run(argv, io)` returns the exit code.
 *
 * @module
 */
import { version } from '../../package.json';
import { OutputError, InputError, UsageError } from './CliError';
import type { CliIO } from './CliIO';
import { formatCliIssue, type CliIssue } from './CliIssue';
import { checkCommand } from './commands/check';
import { evaluateCommand, loadEngine, NotAvailableError, type Engine } from './commands/evaluate';
import { schemaCommand } from './commands/schema';
import { templateCommand } from './commands/template';
import { createStyle, useColour } from './style';
import { BIN, helpText, isCommandName } from './usage';
import { forTerminal, shown } from './terminalText';

/**
 * Exit codes: 0 success, 1 a rule fails (`check`), 2 invalid input or usage, 3 internal error, 4 the output could not
 * be written (`--out`).
 *
 * @example
 * ```ts
 * EXIT.INVALID_INPUT
 * //=> 2
 * ```
 */
export const EXIT = Object.freeze({ OK: 0, RULE_FAILED: 1, INVALID_INPUT: 2, INTERNAL: 3, OUTPUT_FAILED: 4 } as const);

/** Whether `argv` asks for help before any `--` terminator. */
function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** Problems the library reports by throwing (SnapshotError, PlanInputError): shown like input problems. */
function libraryIssues(e: unknown): { issues: CliIssue[]; total: number } | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const err = e as { issues?: unknown; code?: unknown; path?: unknown; messageZh?: unknown; messageEn?: unknown; name?: unknown };
  const toIssue = (i: { code?: unknown; path?: unknown; messageZh?: unknown; messageEn?: unknown }): CliIssue | undefined => {
    if (typeof i.messageZh !== 'string' || typeof i.messageEn !== 'string' || !Array.isArray(i.path)) return undefined;
    const where = (i.path as (string | number)[]).reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? p : `${s}.${p}`), '');
    return { code: typeof i.code === 'string' ? i.code : 'invalid', whereZh: where, whereEn: where, messageZh: i.messageZh, messageEn: i.messageEn };
  };
  if (err.name === 'SnapshotError' && Array.isArray(err.issues)) {
    const issues = (err.issues as object[]).map((i) => toIssue(i)).filter((i): i is CliIssue => i !== undefined);
    const count = (err as { issueCount?: unknown }).issueCount;
    return issues.length > 0 ? { issues, total: typeof count === 'number' ? count : issues.length } : undefined;
  }
  if (err.name === 'PlanInputError') {
    const issue = toIssue(err);
    return issue ? { issues: [issue], total: 1 } : undefined;
  }
  return undefined;
}

/**
 * How many problems the CLI prints: the first 100, then a line saying how many more there are (the library lists the
 * first 1,000 and counts them all).
 *
 * @example
 * ```ts
 * PRINTED_ISSUES
 * //=> 100
 * ```
 */
export const PRINTED_ISSUES = 100;

function reportIssues(issues: readonly CliIssue[], total: number, io: CliIO): void {
  const style = createStyle(useColour(io.isTTY.stderr, io.env));
  // The library's own `more_issues` entry is replaced by the line below, which counts everything.
  const listed = issues.filter((i) => i.code !== 'more_issues');
  const printed = listed.slice(0, PRINTED_ISSUES);
  const lines = [
    style.red(style.bold(`输入数据有 ${total} 处问题 / the input has ${total} problem(s):`)),
    ...printed.map((i) => `${style.red('✖')} ${formatCliIssue(i).replace(/\n/g, '\n  ')}`),
  ];
  const more = total - printed.length;
  if (more > 0) {
    lines.push(style.dim(`… 另有 ${more} 处问题未列出（只列出前 ${printed.length} 处） / ${more} more problem(s) not listed (only the first ${printed.length} are shown)`));
  }
  io.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Run the command with `argv` (the arguments after the program name) and return its exit code.
 * Never throws and never prints a stack trace (unless `LONGCHUAN_CLI_DEBUG` is set, for internal errors).
 *
 * @param engine - where `evaluate`, `renderReport` and the sample come from; the library's own by default (tests pass a stand-in).
 * @example
 * ```ts
 * const out: string[] = [];
 * const io = { stdin: [], stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => 0 },
 *   env: {}, isTTY: { stdout: false, stderr: false } };
 * await run(['template', '--locale', 'en'], io)
 * //=> 0
 * ```
 */
export async function run(argv: readonly string[], io: CliIO, engine?: Engine): Promise<number> {
  let loaded: Promise<Engine> | undefined;
  const getEngine = () => (loaded ??= engine ? Promise.resolve(engine) : loadEngine());
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr.write(helpText());
      return EXIT.INVALID_INPUT;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      io.stdout.write(`${version}\n`);
      return EXIT.OK;
    }
    if (first === '--help' || first === '-h') {
      io.stdout.write(helpText());
      return EXIT.OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic !== undefined && !isCommandName(topic)) throw new UsageError(`未知的命令"${shown(topic)}"`, `unknown command "${shown(topic)}"`);
      io.stdout.write(helpText(topic));
      return EXIT.OK;
    }
    if (!isCommandName(first)) {
      throw new UsageError(`未知的命令"${shown(first)}"`, `unknown command "${shown(first)}"`);
    }
    if (wantsHelp(rest)) {
      io.stdout.write(helpText(first));
      return EXIT.OK;
    }
    switch (first) {
      case 'evaluate':
        return await evaluateCommand(rest, io, getEngine);
      case 'check':
        return await checkCommand(rest, io, getEngine);
      case 'template':
        return await templateCommand(rest, io);
      case 'schema':
        return await schemaCommand(rest, io, getEngine);
    }
  } catch (e) {
    return handleError(e, io);
  }
}

function handleError(e: unknown, io: CliIO): number {
  const style = createStyle(useColour(io.isTTY.stderr, io.env));
  if (e instanceof UsageError) {
    const help = e.command === undefined ? `${BIN} --help` : `${BIN} ${e.command} --help`;
    io.stderr.write(`${style.red('✖')} ${forTerminal(e.messageZh)}\n  ${forTerminal(e.messageEn)}\n${style.dim(`见 see: ${help}`)}\n`);
    return EXIT.INVALID_INPUT;
  }
  if (e instanceof InputError) {
    reportIssues(e.issues, e.total, io);
    return EXIT.INVALID_INPUT;
  }
  if (e instanceof OutputError) {
    io.stderr.write(`${style.red('✖')} ${forTerminal(e.messageZh)}\n  ${forTerminal(e.messageEn)}\n`);
    return EXIT.OUTPUT_FAILED;
  }
  const found = libraryIssues(e);
  if (found) {
    reportIssues(found.issues, found.total, io);
    return EXIT.INVALID_INPUT;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof NotAvailableError) {
    io.stderr.write(`${style.red('✖')} 此版本尚未提供该功能 / ${message}\n`);
    return EXIT.INTERNAL;
  }
  io.stderr.write(`${style.red('✖')} 内部错误 / internal error: ${forTerminal(message.split('\n')[0] ?? '')}\n`);
  const debug = io.env['LONGCHUAN_CLI_DEBUG'];
  if (debug !== undefined && debug !== '' && debug !== '0' && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
  else io.stderr.write(style.dim('设置 LONGCHUAN_CLI_DEBUG=1 可显示详情 / set LONGCHUAN_CLI_DEBUG=1 for details\n'));
  return EXIT.INTERNAL;
}
