/**
 * `evaluate FILE --stream`: the units read line by line (NDJSON) and evaluated one by one, each unit's results written
 * as one JSON line as soon as it is judged, then one line with the county and township evaluation: national data in
 * bounded memory. See docs/guides/data-formats (NDJSON input and output).
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { formatPath, type PlanIssue } from '../../snapshot/PlanIssue';
import { inputOptions } from '../args';
import { InputError, inputError, UsageError } from '../CliError';
import type { CliIO } from '../CliIO';
import type { CliIssue } from '../CliIssue';
import { writeOutput } from '../files';
import { applyCounty, readJsonObject, type CountySources, type InputOptions } from '../loadSnapshot';
import type { ParallelItem } from '../parallelStream';
import { createProgress } from '../progress';
import { openChunks, textLines, type TextLine } from '../readTextLines';
import { shown } from '../terminalText';
import { MAX_ISSUES } from '../../snapshot/IssueList';
import { csvUnits } from '../csvUnitStream';
import { evaluateOptions, NotAvailableError, type Engine } from './evaluate';

/** The snapshot's own top-level fields: a first line holding one of them (and no unit code) is the header. */
const HEADER_KEYS: readonly string[] = ['asOf', 'regionCode', 'county', 'townships', 'records', 'actions', 'units'];

/** How many problems the CLI keeps to list: as many as the library lists of an input. */
const LISTED = MAX_ISSUES;

/** Output lines are gathered into pieces of about this many characters before they are written. */
const PIECE_CHARS = 1 << 20;

/**
 * Whether the first line of an NDJSON input is its header (the snapshot without units) rather than a unit: a JSON
 * object with no `code` or `townshipCode` and at least one of the snapshot's own fields.
 *
 * @example
 * ```ts
 * [isHeaderLine({ asOf: '2024-12-31', regionCode: '53' }), isHeaderLine({ code: '533124101201', townshipCode: '533124101' })]
 * //=> [true, false]
 * ```
 */
export function isHeaderLine(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.hasOwn(value, 'code') || Object.hasOwn(value, 'townshipCode')) return false;
  return HEADER_KEYS.some((k) => Object.hasOwn(value, k));
}

function usage(zh: string, en: string): UsageError {
  return new UsageError(zh, en, 'evaluate');
}

/**
 * Most worker threads used without `--threads`: each holds a heap of its own and its share of the county and township
 * figures, so memory grows with every worker (see docs/guides/data-formats, Threads).
 */
const DEFAULT_MAX_THREADS = 4;

/** Most worker threads `--threads` takes. */
const MAX_THREADS = 64;

/**
 * The header: the first line's, or `--base-json`'s, completed by `--as-of`, `--region` and the county options as the
 * one-pass command completes a snapshot (`applyCounty`: `--county-json`, then each county option). Problems of the
 * options themselves (a county figure written with thousands separators) go to `early`.
 */
async function buildHeader(first: Record<string, unknown> | undefined, options: InputOptions, io: CliIO, early: CliIssue[]): Promise<{ header: Record<string, unknown>; sources: CountySources }> {
  const base = options.baseJson;
  if (first !== undefined && base !== undefined) {
    throw usage('填报数据的其他部分只能给一处：NDJSON 的第1行，或 --base-json', 'give the rest of the snapshot once: as the first NDJSON line or with --base-json, not both');
  }
  const header: Record<string, unknown> = base !== undefined ? await readJsonObject(base, io, options.encoding, '--base-json') : { ...(first ?? {}) };
  if (options.asOf !== undefined) header['asOf'] = options.asOf;
  if (options.region !== undefined) header['regionCode'] = options.region;
  const sources = await applyCounty(header, options, io, early);
  if (header['asOf'] === undefined) {
    throw inputError(
      'missing_as_of',
      '选项 --as-of',
      'option --as-of',
      '没有日期：请在 NDJSON 第1行（表头）给出 asOf，或用 --as-of YYYY-MM-DD',
      'no date: give asOf in the first NDJSON line (the header), or --as-of YYYY-MM-DD',
    );
  }
  return { header, sources };
}

/**
 * A problem of the header where the user put it: a county figure in its `--county-json` file or its option, the date
 * or the region in `--as-of` or `--region`, anything else by its path in the snapshot.
 */
function locateHeader(i: PlanIssue, options: InputOptions, sources: CountySources): CliIssue {
  const [top, field] = i.path;
  const rest = i.path.length > 2 ? formatPath(i.path.slice(2)) : '';
  const source = top === 'county' && typeof field === 'string' ? sources.get(field) : undefined;
  const option = top === 'asOf' && options.asOf !== undefined ? '--as-of' : top === 'regionCode' && options.region !== undefined ? '--region' : undefined;
  const tail = rest === '' ? '' : ` ${rest}`;
  if (source !== undefined) return { code: i.code, whereZh: `${source.zh}${tail}`, whereEn: `${source.en}${tail}`, messageZh: i.messageZh, messageEn: i.messageEn };
  if (option !== undefined) return { code: i.code, whereZh: `选项 ${option}`, whereEn: `option ${option}`, messageZh: i.messageZh, messageEn: i.messageEn };
  const p = formatPath(i.path);
  return { code: i.code, whereZh: p, whereEn: p, messageZh: i.messageZh, messageEn: i.messageEn };
}

/**
 * Below this many bytes of input, `--stream` stays on one thread unless `--threads` is given: a worker loads the whole
 * command, and handing units to it and back costs CPU time. On 2 cores, with dist/cli.js, 2 workers took as long as one
 * thread over a province's 14,888 units (15.1 MB of NDJSON, as bench/results/bench-2026-12-07.txt prints the file) and
 * less over 60,000 units: bench/streamThreads.sh, kept in bench/results/stream-threads-2026-12-07.txt.
 */
const THREADS_MIN_BYTES = 32 * 1024 * 1024;

/** `--threads`: worker threads for a file streamed into a file; by default one per core (`undefined`: not given). */
function threadCount(raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  const n = /^\d{1,3}$/.test(s) ? Number(s) : Number.NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) {
    throw usage(`--threads 应为 1 到 ${MAX_THREADS} 的整数，实际为"${shown(s)}"`, `--threads must be a whole number from 1 to ${MAX_THREADS}, got "${shown(s)}"`);
  }
  return n;
}

/**
 * `JSON.stringify(value)` in pieces: containers down to `depth` levels are written member by member, so that no piece
 * holds more than one member below that depth. The pieces joined are exactly `JSON.stringify(value)` (plain JSON data).
 *
 * @example
 * ```ts
 * [...compactJson({ a: [1, { b: 2 }], c: undefined }, 2)].join('')
 * //=> '{"a":[1,{"b":2}]}'
 * ```
 */
export function* compactJson(value: unknown, depth: number): Generator<string> {
  if (depth <= 0 || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const v: unknown = value[i];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* compactJson(v, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    yield* compactJson(v, depth - 1);
  }
  yield '}';
}

/** Where a unit of the stream sits: its line, for messages a person can follow in the file. */
class LineIndex {
  private lines = new Int32Array(1 << 16);
  count = 0;

  add(line: number): void {
    if (this.count === this.lines.length) {
      const grown = new Int32Array(this.lines.length * 2);
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[this.count++] = line;
  }

  line(index: number): number {
    return this.lines[index] ?? 0;
  }
}

/**
 * `evaluate FILE --stream`: returns the exit code (0; 2 when units were rejected or the header has problems, after the
 * output is written whole with the rejected units in it). An NDJSON file streamed into a file (`--out FILE`) is
 * evaluated on `--threads` worker threads (src/cli/parallelStream.ts), byte for byte as on this thread alone.
 *
 * @throws UsageError for options that do not go with `--stream`; InputError for unreadable input or malformed options.
 * @example
 * ```ts
 * await streamCommand(values, 'units.ndjson', io, engine)
 * //=> 0
 * ```
 */
export async function streamCommand(values: Readonly<Record<string, string | boolean | undefined>>, file: string | undefined, io: CliIO, engine: Engine): Promise<number> {
  if (values['sample'] === true) throw usage('--stream 读取文件或标准输入（-），不能与 --sample 同用', '--stream reads a file or standard input (-): not with --sample');
  if (file === undefined) throw usage('缺少输入：--stream 需要一个 NDJSON 文件，或用 - 读取标准输入', 'no input: --stream takes an NDJSON file, or - for standard input');
  if (values['format'] !== undefined && values['format'] !== 'json') {
    throw usage(`--stream 输出 NDJSON（每行一个 JSON 对象），不能用 --format ${shown(String(values['format']))}`, `--stream writes NDJSON (one JSON object a line): not --format ${shown(String(values['format']))}`);
  }
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && inputFormat !== 'json' && inputFormat !== 'csv') {
    throw usage(`--stream 读取 NDJSON 或 CSV：--input-format 应为 json 或 csv，实际为"${shown(String(inputFormat))}"`, `--stream reads NDJSON or CSV: --input-format must be json or csv, got "${shown(String(inputFormat))}"`);
  }
  // The input options as every command reads them (the date, the encoding, the region, the county figures).
  const input = inputOptions('evaluate', values, file);
  const threads = threadCount(values['threads']);
  const csv = inputFormat === 'csv' || (inputFormat === undefined && /\.(csv|txt)$/i.test(file));
  const encoding = input.encoding;
  const evaluateStream = engine.evaluateStream;
  const findDuplicates = engine.findDuplicateUnitCodes;
  if (evaluateStream === undefined || findDuplicates === undefined) throw new NotAvailableError('evaluate --stream');
  const options = await evaluateOptions(values, io);
  const where = file === '-' ? '<stdin>' : shown(file);
  const inputs = [file, values['county-json'], values['base-json'], values['options-json']] as (string | undefined)[];
  const toFile = values['out'] !== undefined && values['out'] !== '-';
  // Worker threads for a file into a file: standard input cannot be read again, and standard output cannot take back
  // a line, which the rare duplicate the workers cannot follow needs (see parallelStream).
  const parallel = (threads === undefined || threads > 1) && !csv && file !== '-' && toFile && engine.streamInWorkers === true;
  let sources: CountySources = new Map();

  /** The reader's issue for a line that is not JSON. */
  function jsonIssue(line: number, message: string): CliIssue {
    return { code: 'invalid_json', whereZh: `${where} 第${line}行`, whereEn: `${where} line ${line}`, messageZh: '不是有效的 JSON', messageEn: `not valid JSON: ${shown(message, 200)}` };
  }

  /**
   * One reading of the input: the header and the unit lines, each unit's line recorded. CSV rows that are not units go
   * to `onRowIssue` (the reading that only looks for duplicate codes passes a sink that keeps nothing, so that a row's
   * problem is listed once).
   */
  async function readInput(onRowIssue: (issue: CliIssue) => void) {
    const source = await openChunks(file as string, io);
    try {
      return await readFrom(source, onRowIssue);
    } catch (e) {
      // The header refused (or unreadable): the file is closed before the error goes on.
      await source.close();
      throw e;
    }
  }

  async function readFrom(source: Awaited<ReturnType<typeof openChunks>>, onRowIssue: (issue: CliIssue) => void) {
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await source.close();
    };
    const lines = textLines(source.chunks, source.size, encoding, where)[Symbol.asyncIterator]();
    const index = new LineIndex();
    const jsonErrors = new Map<number, readonly CliIssue[]>();
    const early: CliIssue[] = [];
    let fraction: number | undefined;
    const ready = (header: Record<string, unknown>, s: CountySources) => {
      // A malformed option is the command line's problem: refused before anything is written.
      if (early.length > 0) throw new InputError(early);
      sources = s;
      return header;
    };
    if (csv) {
      const { header, sources: s } = await buildHeader(undefined, input, io, early);
      const table = csvUnits({ [Symbol.asyncIterator]: () => lines }, onRowIssue);
      async function* csvRows(): AsyncGenerator<unknown> {
        try {
          for await (const u of table) {
            fraction = u.fraction;
            const i = index.count;
            index.add(u.row);
            if (u.issues.length === 0) yield u.unit;
            else {
              jsonErrors.set(i, u.issues);
              // A unit all the same: rejected, never evaluated without the cell. The library words it "not an object"
              // in the evaluation's issues, so the text it shows says what happened, in both languages.
              yield `第${u.row}行有单元格无法读取 / row ${u.row}: a cell could not be read`;
            }
          }
        } finally {
          await close();
        }
      }
      return { header: ready(header, s), units: csvRows(), lines: undefined, index, jsonErrors, fraction: () => fraction, close, size: source.size };
    }
    let head = await lines.next();
    let firstValue: unknown;
    let first: Record<string, unknown> | undefined;
    if (!head.done) {
      try {
        firstValue = JSON.parse(head.value.text);
      } catch {
        firstValue = undefined;
      }
      if (isHeaderLine(firstValue)) {
        first = firstValue;
        head = await lines.next();
      }
    }
    const { header, sources: s } = await buildHeader(first, input, io, early);
    /** The unit lines, each recorded as it is handed on. */
    async function* unitLines(): AsyncGenerator<TextLine> {
      try {
        for (let l = head; !l.done; l = await lines.next()) {
          fraction = l.value.fraction;
          index.add(l.value.line);
          yield l.value;
        }
      } finally {
        await close();
      }
    }
    async function* units(): AsyncGenerator<unknown> {
      for await (const { line, text } of unitLines()) {
        try {
          yield JSON.parse(text);
        } catch (e) {
          jsonErrors.set(index.count - 1, [jsonIssue(line, String((e as Error).message))]);
          yield text; // a unit all the same: rejected (not an object), never dropped
        }
      }
    }
    return { header: ready(header, s), units: units(), lines: unitLines(), index, jsonErrors, fraction: () => fraction, close, size: source.size };
  }

  const progress = createProgress(io.stderr, io.isTTY.stderr);
  /** CSV rows that are not units (too few or too many cells): reported, counted. */
  const rowIssues: CliIssue[] = [];
  const unitIssues: CliIssue[] = [];
  let unitIssueCount = 0;
  let finalIssues: readonly PlanIssue[] = [];
  let evaluated = 0;
  let rejectedCount = 0;
  let lineIndex: LineIndex | undefined;
  /** Worker threads of the last reading (0: this thread alone). */
  let usedWorkers = 0;
  /** The line of the first rejected copy of each code (every first copy of a code listed twice is rejected). */
  const firstRejectedLine = new Map<string, number>();

  /**
   * Output lines gathered into pieces of about {@link PIECE_CHARS}. Into a file, each line is encoded straight into
   * one reused buffer (writeOutput writes a piece before asking for the next): no string is concatenated, and a flat
   * string encodes several times faster than a concatenated one. Standard output takes the text.
   */
  class Pieces {
    private text = '';
    private bytes = Buffer.allocUnsafe(toFile ? 4 * PIECE_CHARS : 0);
    private used = 0;

    add(s: string): void {
      if (!toFile) {
        this.text += s;
        return;
      }
      if (this.used + s.length * 3 > this.bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + s.length * 3));
        this.bytes.copy(grown, 0, 0, this.used);
        this.bytes = grown;
      }
      this.used += this.bytes.write(s, this.used, 'utf8');
    }

    /** `s` and a newline (into a file: the newline as one byte, not a second encoding call). */
    line(s: string): void {
      if (!toFile) {
        this.text += `${s}\n`;
        return;
      }
      this.add(s);
      if (this.used === this.bytes.length) this.add('\n');
      else this.bytes[this.used++] = 10;
    }

    get full(): boolean {
      return (toFile ? this.used : this.text.length) >= PIECE_CHARS;
    }

    get empty(): boolean {
      return toFile ? this.used === 0 : this.text === '';
    }

    /** The piece gathered (for a file: a view of the buffer, valid until the next `add`). */
    take(): string | Uint8Array {
      if (!toFile) {
        const t = this.text;
        this.text = '';
        return t;
      }
      const out = this.bytes.subarray(0, this.used);
      this.used = 0;
      return out;
    }
  }

  /** The items of the evaluation: on worker threads, or through the engine on this thread. */
  async function items(read: Awaited<ReturnType<typeof readInput>>, duplicateCodes: readonly string[] | undefined): Promise<AsyncIterable<unknown>> {
    const o = duplicateCodes === undefined ? options : { ...options, duplicateCodes };
    // Without --threads: one worker per core (at most DEFAULT_MAX_THREADS) for a file of 32 MB or more, else this thread.
    const workers = threads ?? (read.size !== undefined && read.size >= THREADS_MIN_BYTES ? Math.min(availableParallelism(), DEFAULT_MAX_THREADS) : 1);
    if (parallel && workers > 1 && read.lines !== undefined) {
      usedWorkers = workers;
      const { parallelStream } = await import('../parallelStream');
      return parallelStream(read.header, read.lines, o, workers);
    }
    return (evaluateStream as NonNullable<Engine['evaluateStream']>)(read.header, read.units, o);
  }

  /** The output: one JSON line per item, gathered into pieces. */
  async function* output(duplicateCodes: readonly string[] | undefined): AsyncGenerator<string | Uint8Array> {
    const read = await readInput((issue) => rowIssues.push(issue));
    lineIndex = read.index;
    progress.start(Number.POSITIVE_INFINITY);
    progress.stage('评估', 'evaluating');
    const piece = new Pieces();
    let n = 0;
    let ticked = 0;
    try {
      for await (const item of await items(read, duplicateCodes)) {
        const it = item as ParallelItem | { type?: unknown; index?: unknown; issues?: unknown; code?: unknown; evaluation?: { input?: { issues?: readonly PlanIssue[]; evaluated?: number } } };
        if (it.type === 'lines') {
          // Units judged on worker threads, their lines already encoded: written as they are, after what is gathered.
          const lines = it as Extract<ParallelItem, { type: 'lines' }>;
          if (!piece.empty) yield piece.take();
          yield lines.bytes;
          n += lines.units;
        } else if (it.type === 'rejected' && typeof it.index === 'number') {
          const r = it as ParallelItem & { type: 'rejected' };
          const line = read.index.line(r.index);
          rejectedCount++;
          if (r.jsonError !== undefined) read.jsonErrors.set(r.index, [jsonIssue(line, r.jsonError)]);
          const readerIssues = read.jsonErrors.get(r.index);
          noteRejected(line, r.code, r.issues, readerIssues);
          if (r.code !== undefined && !firstRejectedLine.has(r.code)) firstRejectedLine.set(r.code, line);
          // A line the reader could not read (bad JSON, a CSV cell) reached the library as its text, so the library's
          // issue only says "not an object": the line carries the reader's own issues instead, in both languages.
          const issues = readerIssues === undefined ? r.issues : readerIssues.map((x) => readerIssue(x, r.index));
          const { jsonError: _, ...rest } = r as typeof r & { jsonError?: string };
          piece.line(JSON.stringify({ ...rest, issues, line }));
          n++;
        } else if (it.type === 'evaluation') {
          const e = it as { evaluation?: { input?: { issues?: readonly PlanIssue[]; evaluated?: number } } };
          finalIssues = e.evaluation?.input?.issues ?? [];
          evaluated = e.evaluation?.input?.evaluated ?? 0;
          // National township figures are about 100 MB of JSON: written in pieces, never as one string.
          for (const p of compactJson(item, 3)) {
            piece.add(p);
            if (piece.full) yield piece.take();
          }
          piece.add('\n');
        } else {
          // JSON.stringify is native and flat: a serializer written for these shapes (keys written once, strings escaped
          // only when a test says so) was no faster, measured (bench/results/stream-2026-12-07.txt).
          piece.line(JSON.stringify(item));
          n++;
        }
        if (n - ticked >= 1000) {
          ticked = n;
          progress.tick(n, read.fraction());
        }
        if (piece.full) yield piece.take();
      }
    } finally {
      await read.close();
    }
    if (!piece.empty) yield piece.take();
    progress.done();
  }

  function noteRejected(line: number, code: string | undefined, issues: readonly PlanIssue[], readerIssues: readonly CliIssue[] | undefined): void {
    const own = readerIssues !== undefined ? readerIssues : issues.filter((i) => i.code !== 'listed_again_later').map((i) => located(i, line, code));
    unitIssueCount += own.length;
    for (const i of own) if (unitIssues.length < LISTED) unitIssues.push(i);
  }

  /** A reader's issue as the library words a unit's issue: its path the unit, its messages saying where. */
  function readerIssue(r: CliIssue, index: number): PlanIssue {
    return { code: r.code, path: ['units', index], messageZh: `${r.whereZh}：${r.messageZh}`, messageEn: `${r.whereEn}: ${r.messageEn}` };
  }

  /**
   * A unit's issue at its line. A duplicate code (the rejected unit's own `code`) names its first copy by line (row of a
   * CSV file), not by position: every first copy of a code listed twice is itself rejected, so its line is known.
   */
  function located(i: PlanIssue, line: number, code: string | undefined): CliIssue {
    const rest = i.path.slice(2);
    const tail = rest.length === 0 ? '' : ` ${formatPath(rest)}`;
    const whereZh = `${where} 第${line}行${tail}`;
    const whereEn = `${where} ${csv ? 'row' : 'line'} ${line}${tail}`;
    const first = i.code === 'duplicate_unit' && code !== undefined ? firstRejectedLine.get(code) : undefined;
    if (code !== undefined && first !== undefined) {
      return {
        code: i.code,
        whereZh,
        whereEn,
        messageZh: `村级代码 ${shown(code)} 重复（第${first}行已出现），两条均不采用`,
        messageEn: `unit code ${shown(code)} is listed twice (first at ${csv ? 'row' : 'line'} ${first}); neither copy is used`,
      };
    }
    return { code: i.code, whereZh, whereEn, messageZh: i.messageZh, messageEn: i.messageEn };
  }

  try {
    await writeOutput(output(undefined), values['out'] as string | undefined, io, inputs);
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; path?: unknown; issues?: unknown; issueCount?: unknown };
    if (err?.name === 'SnapshotError' && Array.isArray(err.issues) && (err.issues as PlanIssue[]).every((i) => i.path[0] !== 'units')) {
      // The header's problems (nothing was written): where the user put each value.
      const listed = (err.issues as PlanIssue[]).filter((i) => i.code !== 'more_issues');
      throw new InputError(listed.map((i) => locateHeader(i, input, sources)), typeof err.issueCount === 'number' ? err.issueCount : listed.length);
    }
    if (err?.name !== 'PlanInputError' || err.code !== 'duplicate_unit') throw e;
    const at = Array.isArray(err.path) && typeof err.path[1] === 'number' ? (lineIndex?.line(err.path[1]) ?? 0) : 0;
    if (!toFile) {
      throw inputError(
        'duplicate_unit',
        `${where} 第${at}行`,
        `${where} line ${at}`,
        '村级代码重复，而前一条的结果已经写到标准输出，无法收回；请用 --out FILE 写入文件（文件整体写出：会先找出重复的代码，两条均不采用）',
        'a unit code is listed twice and the first copy’s results were already written to standard output, which cannot be taken back; write to a file with --out FILE (written whole: duplicates are found first and every copy left out)',
      );
    }
    if (file === '-') {
      throw inputError(
        'duplicate_unit',
        `${where} 第${at}行`,
        `${where} line ${at}`,
        '村级代码重复，而前一条的结果已经输出；从标准输入流式评估时无法重读输入：请存为文件后再评估（会先找出重复的代码，两条均不采用）',
        'a unit code is listed twice and the first copy’s results were already written; standard input cannot be read again: save it to a file and evaluate that (duplicates are found first and every copy left out)',
      );
    }
    // A file can be read again: find every duplicated code, then evaluate once more, leaving out every copy.
    unitIssues.length = 0;
    rowIssues.length = 0;
    unitIssueCount = 0;
    rejectedCount = 0;
    firstRejectedLine.clear();
    progress.stage('查找重复代码', 'finding duplicate codes');
    const again = await readInput(() => undefined);
    const codes = await findDuplicates(again.units);
    await writeOutput(output(codes), values['out'] as string | undefined, io, inputs);
  }
  if (toFile) {
    const zh = usedWorkers > 1 ? `，工作线程 ${usedWorkers} 个` : '';
    const en = usedWorkers > 1 ? `, on ${usedWorkers} worker threads` : '';
    io.stderr.write(`已写入 written: ${shown(String(values['out']))}（评估 ${evaluated} 个单位，未采用 ${rejectedCount} 个${zh} / ${evaluated} unit(s) evaluated, ${rejectedCount} left out${en})\n`);
  }
  // Problems outside the units (the header, the actions), where the user put them; then the units', by line.
  const other = finalIssues.filter((i) => i.path[0] !== 'units' && i.code !== 'more_issues').map((i) => locateHeader(i, input, sources));
  const total = other.length + rowIssues.length + unitIssueCount;
  if (total > 0) throw new InputError([...other, ...rowIssues, ...unitIssues].slice(0, LISTED), total);
  return 0;
}
