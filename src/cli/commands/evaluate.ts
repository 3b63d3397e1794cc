/**
 * `evaluate [file]`, and the one place the CLI reaches the library's evaluation, reports and sample
 * (`evaluate`, `renderReport`, `SAMPLE_SNAPSHOT`, the evaluation's JSON Schema), through an {@link Engine}.
 *
 * @module
 */
import type { EvaluateOptions, Evaluation } from '../../evaluate/index';
import { RULE_IDS } from '../../rules/RULE_IDS';
import { formatPath } from '../../snapshot/PlanIssue';
import type { Snapshot } from '../../snapshot/snapshotSchema';
import { inputError, InputError, UsageError } from '../CliError';
import type { CliIO } from '../CliIO';
import { INPUT_OPTIONS, inputOptions, oneOf, parseCommand, parseLocale } from '../args';
import { writeOutput } from '../files';
import { jsonChunks } from '../jsonChunks';
import { loadSnapshotInput, readJsonObject, type LoadedSnapshot } from '../loadSnapshot';
import { createProgress } from '../progress';
import { useColour } from '../style';
import { shown } from '../terminalText';
import { streamCommand } from './streamCommand';

/**
 * One rule result as the CLI reads it (the fields `check` prints).
 *
 * @example
 * ```ts
 * const r: RuleResultLike = { ruleId: 'T8.area', clause: 'T8', subject: '533124101001', status: 'fail',
 *   actual: '25', expected: '30', message: { zh: '每百户面积未达到30平方米', en: 'below 30 m² per 100 households' } };
 * ```
 */
export interface RuleResultLike {
  /** Stable rule id. */
  readonly ruleId: string;
  /** The plan clause it encodes. */
  readonly clause: string;
  /** A unit, township or county code. */
  readonly subject: string;
  /** `pass`, `fail`, `pending`, `not_applicable` or `missing_data`. */
  readonly status: string;
  /** How binding the rule is: `binding`, `soft` or `informational` (absent: read as `binding`). */
  readonly severity?: string;
  /** The value found. */
  readonly actual?: unknown;
  /** The value required. */
  readonly expected?: unknown;
  /** What the result means, in both languages. */
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * An evaluation as the CLI reads it: JSON-serialisable data with at least its rule results.
 *
 * @example
 * ```ts
 * const e: EvaluationLike = { rules: [] };
 * ```
 */
export interface EvaluationLike {
  /** Every rule result. */
  readonly rules: readonly RuleResultLike[];
  /** What was read: the problems found, and how much of the registered county the data covers. */
  readonly input?: {
    readonly issues?: readonly unknown[];
    readonly coverage?: { readonly complete?: boolean; readonly expected?: number; readonly reported?: number; readonly absent?: readonly string[] } | null;
  };
}

/**
 * What the CLI needs from the rest of the library. Tests pass their own; the command uses {@link loadEngine}.
 *
 * @example
 * ```ts
 * const engine: Engine = {
 *   evaluate: () => ({ rules: [] }),
 *   renderReport: () => 'report\n',
 *   sampleSnapshot: () => ({ asOf: '2024-12-31', units: [] }),
 * };
 * ```
 */
export interface Engine {
  /**
   * `evaluate(input, options)` from `src/evaluate`. The CLI passes the input as read and the snapshot it has already
   * validated, so that the library's engine need not validate a large input twice (`evaluateSnapshot`).
   */
  evaluate(input: unknown, options: Record<string, unknown>, snapshot: Snapshot): EvaluationLike | Promise<EvaluationLike>;
  /**
   * `renderReport(evaluation, { format, locale, color, sample })` from `src/report`; `color` only for text on a
   * terminal; `sample` when the data is the embedded sample (the report then says so on the page).
   */
  renderReport(evaluation: EvaluationLike, options: { format: 'text' | 'markdown' | 'html'; locale: 'zh-CN' | 'en'; color: boolean; sample?: boolean }): string;
  /** The embedded sample snapshot (`SAMPLE_SNAPSHOT` from `src/sample`). */
  sampleSnapshot(): unknown;
  /** The label the sample must carry (illustrative, not official statistics); printed on standard error with `--sample`. */
  readonly sampleNotice?: { readonly zh: string; readonly en: string };
  /** The evaluation's JSON Schema, when the library publishes one. */
  evaluationJsonSchema?(): Record<string, unknown>;
  /**
   * `evaluateSeries(inputs, { ...options, sources })` from `src/series` (`evaluate --series`): the inputs as read, one
   * per file, named by `sources` in its errors. Its result is rendered by `renderReport` like an evaluation.
   */
  evaluateSeries?(inputs: readonly unknown[], options: Record<string, unknown>, sources: readonly string[]): EvaluationLike | Promise<EvaluationLike>;
  /**
   * `evaluateStream(header, units, options)` from `src/evaluate` (`evaluate --stream`): one item per unit as it is
   * judged, then the evaluation.
   */
  evaluateStream?(header: unknown, units: AsyncIterable<unknown>, options: Record<string, unknown>): AsyncIterable<unknown>;
  /** `findDuplicateUnitCodes(units)` from `src/evaluate`: the codes a streamed evaluation must leave out in every copy. */
  findDuplicateUnitCodes?(units: AsyncIterable<unknown>): Promise<string[]>;
  /**
   * Whether `evaluate --stream` may judge units on worker threads (src/cli/parallelStream.ts), which run the
   * library's own stream evaluator rather than this engine's `evaluateStream`: the library's engine only.
   */
  readonly streamInWorkers?: boolean;
}

/**
 * Thrown by an engine part the library does not provide (a stand-in engine without a sample or schema): exit code 3
 * with a short message.
 *
 * @example
 * ```ts
 * new NotAvailableError('evaluate').message
 * //=> 'evaluate is not available in this build'
 * ```
 */
export class NotAvailableError extends Error {
  constructor(what: string) {
    super(`${what} is not available in this build`);
    this.name = 'NotAvailableError';
  }
}

/**
 * The library's engine, loaded on first use so that `template`, `schema` and `--help` start fast.
 *
 * @example
 * ```ts
 * const engine = await loadEngine();
 * ```
 */
export async function loadEngine(): Promise<Engine> {
  const [evaluation, report, sample, notice] = await Promise.all([
    import('../../evaluate/index'),
    import('../../report/index'),
    import('../../sample/sampleSnapshot'),
    import('../../sample/SAMPLE_NOTICE'),
  ]);
  return {
    // The CLI has validated the input already: evaluate the parsed snapshot without validating it again.
    evaluate: (_input, options, snapshot) => evaluation.evaluateSnapshot(snapshot, options as EvaluateOptions),
    renderReport: (e, options) => report.renderReport(e as Evaluation, options),
    sampleSnapshot: () => sample.SAMPLE_SNAPSHOT,
    sampleNotice: notice.SAMPLE_NOTICE,
    evaluationJsonSchema: () => evaluation.evaluationJsonSchema(),
    evaluateStream: (header, units, options) => evaluation.evaluateStream(header, units, options as EvaluateOptions),
    findDuplicateUnitCodes: (units) => evaluation.findDuplicateUnitCodes(units),
    streamInWorkers: true,
    evaluateSeries: async (inputs, options, sources) =>
      (await import('../../series/index')).evaluateSeries(inputs, { ...(options as EvaluateOptions), sources }) as unknown as EvaluationLike,
  };
}

/** Evaluation options that have their own command-line option. */
const OPTION_FLAGS: Readonly<Record<string, string>> = Object.freeze({
  asOf: '--as-of',
  levels: '--levels',
  rules: '--rules',
  scope: '--scope',
  allowUnregisteredUnits: '--allow-unregistered-units',
});

function list(raw: string): string[] {
  return raw
    .split(/[,，\s]+/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * Options the CLI passes to `evaluate`: those of `--options-json FILE`, then `asOf` from `--as-of`, `levels` from
 * `--levels` and `rules` from `--rules` (comma-separated lists), `scope` from `--scope` and `allowUnregisteredUnits`
 * from `--allow-unregistered-units`, which win.
 *
 * @throws InputError when the options file cannot be read or is not a JSON object.
 * @example
 * ```ts
 * await evaluateOptions({ 'as-of': '2024-12-31', levels: 'county,township' }, io)
 * //=> { asOf: '2024-12-31', levels: ['county', 'township'] }
 * ```
 */
export async function evaluateOptions(values: Readonly<Record<string, string | boolean | undefined>>, io: CliIO): Promise<Record<string, unknown>> {
  const file = values['options-json'];
  const options: Record<string, unknown> = typeof file === 'string' ? await readJsonObject(file, io, 'auto', '--options-json') : {};
  const asOf = values['as-of'];
  const levels = values['levels'];
  const rules = values['rules'];
  if (typeof asOf === 'string') options['asOf'] = asOf;
  if (typeof levels === 'string') options['levels'] = list(levels);
  if (typeof rules === 'string') options['rules'] = list(rules);
  if (typeof values['scope'] === 'string') options['scope'] = values['scope'];
  if (values['allow-unregistered-units'] === true) options['allowUnregisteredUnits'] = true;
  checkListOption(options, 'levels', LEVELS, values);
  checkListOption(options, 'rules', RULE_IDS, values);
  return options;
}

const LEVELS: readonly string[] = ['county', 'township', 'unit'];

/** A value from `--options-json` as a message names it: JSON, cut and escaped (`JSON.stringify` of a function is undefined). */
function showJson(x: unknown): string {
  return shown(JSON.stringify(x) ?? typeof x);
}

/** `levels` and `rules` must name known levels and rule IDs; the library would otherwise ignore or throw. */
function checkListOption(options: Record<string, unknown>, key: 'levels' | 'rules', known: readonly string[], values: Readonly<Record<string, string | boolean | undefined>>): void {
  const v = options[key];
  if (v === undefined) return;
  const fromFlag = values[key] !== undefined;
  const file = values['options-json'];
  const [whereZh, whereEn] = fromFlag ? [`选项 --${key}`, `option --${key}`] : [`--options-json ${shown(String(file))} 的 ${key}`, `${key} in --options-json ${shown(String(file))}`];
  const bad = Array.isArray(v) ? v.filter((x) => typeof x !== 'string' || !known.includes(x)) : [v];
  if (bad.length === 0 && Array.isArray(v)) return;
  const what = key === 'levels' ? ['指标层级', 'indicator level'] : ['规则 ID', 'rule ID'];
  throw inputError(
    key === 'levels' ? 'unknown_level' : 'unknown_rule',
    whereZh,
    whereEn,
    `未知的${what[0]}：${bad.slice(0, 20).map(showJson).join('、')}${bad.length > 20 ? `等${bad.length}个` : ''}。可用：${known.join('、')}`,
    `unknown ${what[1]}(s): ${bad.slice(0, 20).map(showJson).join(', ')}${bad.length > 20 ? ` and ${bad.length - 20} more` : ''}. Known: ${known.join(', ')}`,
  );
}

/**
 * Load the input named by the command line (a file, `-`, or `--sample`) and evaluate it, with progress for large inputs.
 *
 * @throws InputError or UsageError for bad input (exit 2).
 * @example
 * ```ts
 * const { evaluation } = await runEvaluation('check', ['units.csv', '--as-of', '2024-12-31'], io, engine);
 * ```
 */
export async function runEvaluation(
  command: 'evaluate' | 'check',
  values: Readonly<Record<string, string | boolean | undefined>>,
  file: string | undefined,
  io: CliIO,
  engine: Engine,
): Promise<{ evaluation: EvaluationLike; loaded: LoadedSnapshot; locale: 'zh-CN' | 'en' }> {
  const locale = parseLocale(command, values['locale'] as string | undefined);
  const opts = inputOptions(command, values, file);
  const progress = createProgress(io.stderr, io.isTTY.stderr);
  const sample = opts.useSample ? await engine.sampleSnapshot() : undefined;
  if (opts.useSample && engine.sampleNotice) io.stderr.write(`注意 note: ${engine.sampleNotice.zh} / ${engine.sampleNotice.en}\n`);
  const loaded = await loadSnapshotInput(opts.useSample ? { ...opts, sample } : opts, io, progress);
  const asked = await evaluateOptions(values, io);
  // `check` lists every failing result and gates on them: a summary evaluation would count the unit-level rules
  // without listing them, so `check` always asks for the full detail, whatever --options-json says.
  const options = command === 'check' ? { ...asked, detail: 'full' } : asked;
  progress.start(loaded.snapshot.units.length);
  progress.stage('评估', 'evaluating');
  let evaluation: EvaluationLike;
  try {
    evaluation = await engine.evaluate(loaded.input, options, loaded.snapshot);
  } catch (e) {
    throw optionError(e, values) ?? e;
  }
  progress.done();
  return { evaluation, loaded, locale };
}

/**
 * `evaluate [file]`: print (or write to `--out`) the report of the input, as text, Markdown, HTML or JSON.
 * Returns the exit code: 0, whatever the rules' statuses (use `check` to gate on them).
 *
 * @example
 * ```ts
 * await evaluateCommand(['--sample', '--format', 'markdown'], io, engine)
 * //=> 0
 * ```
 */
export async function evaluateCommand(argv: readonly string[], io: CliIO, engine: () => Promise<Engine>): Promise<number> {
  // --series takes one file per year; without it one file, as before.
  const { values, positionals } = parseCommand('evaluate', argv, { ...INPUT_OPTIONS, format: { type: 'string' }, series: { type: 'boolean' }, stream: { type: 'boolean' }, threads: { type: 'string' } }, argv.includes('--series') ? Infinity : 1);
  const format = oneOf('evaluate', 'format', values.format, ['text', 'markdown', 'html', 'json'] as const, 'text');
  if (values.series === true && values.stream === true) {
    throw new UsageError('--series 与 --stream 不能同用：逐年评估读取各年度的完整文件', '--series and --stream cannot be used together: a series reads each year’s whole file', 'evaluate');
  }
  if (values.threads !== undefined && values.stream !== true) {
    throw new UsageError('--threads 只用于 --stream（流式评估）', '--threads goes with --stream only', 'evaluate');
  }
  if (values.series === true) return seriesCommand(values, positionals, format, io, await engine());
  if (values.stream === true) return streamCommand(values, positionals[0], io, await engine());
  if (positionals.length > 1) {
    const extra = positionals.slice(1).map((p) => shown(p)).join(' ');
    throw new UsageError(`多余的参数：${extra}`, `unexpected argument(s): ${extra}`, 'evaluate');
  }
  const { evaluation, locale } = await runEvaluation('evaluate', values, positionals[0], io, await engine());
  const toFile = values.out !== undefined && values.out !== '-';
  const color = format === 'text' && !toFile && useColour(io.isTTY.stdout, io.env);
  const out =
    format === 'json'
      ? jsonChunks(evaluation)
      : ensureNewline((await engine()).renderReport(evaluation, { format, locale, color, ...(values.sample === true ? { sample: true } : {}) }));
  await writeOutput(out, values.out, io, [positionals[0], values['county-json'], values['base-json'], values['options-json']]);
  if (toFile) io.stderr.write(`已写入 written: ${shown(String(values.out))}\n`);
  return 0;
}

/**
 * `evaluate FILE… --series`: one snapshot per year (JSON, or CSV with its date in `--as-of D1,D2,…`, one per file),
 * evaluated side by side (`evaluateSeries`) and rendered as the final-assessment report, or written as JSON.
 *
 * @throws UsageError for `--sample`, `-`, no file, or `--as-of` dates that are not one per file; InputError for bad
 *   data (naming its file) or two files of one year.
 * @example
 * ```ts
 * await evaluateCommand(['2021.json', '2022.json', '--series', '--format', 'markdown'], io, engine)
 * //=> 0
 * ```
 */
async function seriesCommand(
  values: Readonly<Record<string, string | boolean | undefined>>,
  files: readonly string[],
  format: 'text' | 'markdown' | 'html' | 'json',
  io: CliIO,
  engine: Engine,
): Promise<number> {
  const usage = (zh: string, en: string) => new UsageError(zh, en, 'evaluate');
  if (values['sample'] === true) throw usage('--series 需要各年度的填报数据文件，不能与 --sample 同用', '--series takes one file per year: not with --sample');
  if (files.length === 0) throw usage('缺少输入：--series 需要各年度的填报数据文件（每年一个）', 'no input: --series takes the files of each year (one per year)');
  if (files.includes('-')) throw usage('--series 不能从标准输入（-）读取：请给出各年度的文件', '--series cannot read standard input (-): give each year’s file');
  const asOf = values['as-of'];
  const dates = typeof asOf === 'string' ? list(asOf) : undefined;
  if (dates !== undefined && dates.length !== files.length) {
    throw usage(
      `--series 时 --as-of 应为与文件一一对应的${files.length}个日期（逗号分隔），实际为${dates.length}个`,
      `with --series, --as-of takes ${files.length} comma-separated dates, one per file; got ${dates.length}`,
    );
  }
  if (engine.evaluateSeries === undefined) throw new NotAvailableError('evaluateSeries');
  const locale = parseLocale('evaluate', values['locale'] as string | undefined);
  const inputs: unknown[] = [];
  for (const [i, file] of files.entries()) {
    const opts = inputOptions('evaluate', { ...values, 'as-of': dates?.[i] }, file);
    // A JSON snapshot's date is its own asOf; a date given for it replaces it, as it does for a CSV table.
    const loaded = await loadSnapshotInput(opts, io);
    inputs.push(dates === undefined ? loaded.input : { ...loaded.input, asOf: dates[i] });
  }
  const options = await evaluateOptions({ ...values, 'as-of': undefined }, io);
  let series: EvaluationLike;
  try {
    series = await engine.evaluateSeries(inputs, options, files.map((f) => shown(f)));
  } catch (e) {
    const err = e as { name?: unknown; path?: unknown; code?: unknown; messageZh?: unknown; messageEn?: unknown };
    const at = Array.isArray(err?.path) ? err.path[0] : undefined;
    if (err?.name === 'PlanInputError' && typeof at === 'number' && typeof err.messageZh === 'string' && typeof err.messageEn === 'string') {
      const file = shown(files[at] ?? '');
      throw inputError(typeof err.code === 'string' ? err.code : 'invalid_series', file, file, err.messageZh, err.messageEn);
    }
    throw optionError(e, values) ?? e;
  }
  const toFile = values['out'] !== undefined && values['out'] !== '-';
  const color = format === 'text' && !toFile && useColour(io.isTTY.stdout, io.env);
  const out = format === 'json' ? jsonChunks(series) : ensureNewline(engine.renderReport(series, { format, locale, color }));
  const named = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  await writeOutput(out, named('out'), io, [...files, named('county-json'), named('base-json'), named('options-json')]);
  if (toFile) io.stderr.write(`已写入 written: ${shown(String(values['out']))}\n`);
  return 0;
}

/** A `PlanInputError` about an option, pointed at `--as-of` or at the `--options-json` file. */
function optionError(e: unknown, values: Readonly<Record<string, string | boolean | undefined>>): InputError | undefined {
  const err = e as { name?: unknown; path?: unknown; code?: unknown; messageZh?: unknown; messageEn?: unknown };
  if (err?.name !== 'PlanInputError' || !Array.isArray(err.path) || typeof err.messageZh !== 'string' || typeof err.messageEn !== 'string') {
    return undefined;
  }
  const head = err.path[0];
  // Own keys only: a caller's option named `constructor` has no flag.
  const flag = typeof head === 'string' && Object.hasOwn(OPTION_FLAGS, head) ? OPTION_FLAGS[head] : undefined;
  const optionsFile = values['options-json'];
  const path = formatPath(err.path as (string | number)[]);
  const [whereZh, whereEn] =
    flag !== undefined && values[flag.slice(2)] !== undefined
      ? [`选项 ${flag}`, `option ${flag}`]
      : typeof optionsFile === 'string'
        ? [`--options-json ${shown(optionsFile)} 的 ${shown(path)}`, `${shown(path)} in --options-json ${shown(optionsFile)}`]
        : [`评估选项 ${path}`, `evaluation option ${path}`];
  return inputError(typeof err.code === 'string' ? err.code : 'invalid_option', whereZh, whereEn, err.messageZh, err.messageEn);
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
