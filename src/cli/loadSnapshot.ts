/**
 * From the command line's input options to a validated snapshot input: JSON as it is; a CSV units table; an xlsx
 * workbook; or a folder of CSV files (one per kind of table, as `template --format csv --out-dir` writes them), plus
 * the county figures and date given as options. Every problem is reported where the user can find it.
 *
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hasZipSignature } from '../io/hasZipSignature';
import { readCsvFiles, readWorkbook, snapshotTablesOf, type PathIssue, type SnapshotTables } from '../io/readSnapshotTables';
import { formatPath, type PlanIssue } from '../snapshot/PlanIssue';
import { safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import type { Snapshot } from '../snapshot/snapshotSchema';
import { InputError, inputError, UsageError } from './CliError';
import type { CliIO } from './CliIO';
import type { CliIssue } from './CliIssue';
import { decodeText, type InputEncoding } from './decodeText';
import { readInputBytes } from './files';
import { asInputError, parseUnitsCsv } from './parseUnitsCsv';
import type { Progress } from './progress';
import { shown } from './terminalText';

/**
 * Where the input comes from and the options that complete it.
 *
 * @example
 * ```ts
 * const o: InputOptions = { file: 'units.csv', encoding: 'auto', asOf: '2024-12-31', county: { urbanResidentPopulation: '70000' } };
 * ```
 */
export interface InputOptions {
  /** A path, or `-` for standard input; ignored when `sample` is given. */
  readonly file: string;
  /** The embedded sample snapshot (`--sample`), used instead of reading `file`. */
  readonly sample?: unknown;
  /** `json`, `csv` or `xlsx`; when left out: a folder is CSV files, else by the file's extension, else by its first bytes. */
  readonly inputFormat?: 'json' | 'csv' | 'xlsx';
  /** How to decode the bytes. */
  readonly encoding: InputEncoding;
  /** `--as-of`: the snapshot's date for CSV (required there). */
  readonly asOf?: string;
  /** `--region`: the snapshot's region code. */
  readonly region?: string;
  /** `--base-json FILE` (tables only): a snapshot JSON without units whose other parts (asOf, county, townships, records, actions) the tables complete. */
  readonly baseJson?: string;
  /** `--county-json FILE`: a JSON object of county figures. */
  readonly countyJson?: string;
  /** County figures given as options, as typed (`--resident-population` …), keyed by field. */
  readonly county?: Readonly<Partial<Record<CountyField, string>>>;
}

/**
 * A county figure that has its own option.
 *
 * @example
 * ```ts
 * const f: CountyField = 'urbanResidentPopulation';
 * ```
 */
export type CountyField = 'residentPopulation' | 'urbanResidentPopulation' | 'households';

/**
 * The option that sets each county figure.
 *
 * @example
 * ```ts
 * COUNTY_OPTIONS.households
 * //=> 'county-households'
 * ```
 */
export const COUNTY_OPTIONS: Readonly<Record<CountyField, string>> = Object.freeze({
  residentPopulation: 'resident-population',
  urbanResidentPopulation: 'urban-resident-population',
  households: 'county-households',
});

/**
 * A snapshot that passed validation, with the input object to hand to `evaluate`.
 *
 * @example
 * ```ts
 * const loaded: LoadedSnapshot = await loadSnapshotInput(options, io);
 * loaded.snapshot.units.length;
 * ```
 */
export interface LoadedSnapshot {
  /** The snapshot input as read (JSON object, or the object built from the tables and options). */
  readonly input: Record<string, unknown>;
  /** The validated snapshot. */
  readonly snapshot: Snapshot;
  /** What was read: `json`, `csv` (a file or a folder of files), `xlsx` or `sample`. */
  readonly kind: 'json' | 'csv' | 'xlsx' | 'sample';
}

function jsonSyntaxIssue(e: unknown, text: string, source: string): InputError {
  const msg = String((e as Error).message ?? e);
  const m = /position (\d+)/.exec(msg);
  let whereZh = source;
  let whereEn = source;
  if (m) {
    const pos = Number(m[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - before.lastIndexOf('\n');
    whereZh = `${source} 第${line}行第${col}个字符`;
    whereEn = `${source} line ${line}, column ${col}`;
  }
  // JSON.parse quotes the text around the error: cut and escaped like any value from the data.
  return inputError('invalid_json', whereZh, whereEn, 'JSON 语法错误', `invalid JSON: ${shown(msg, 200)}`);
}

/**
 * Read a file (or `-`) holding one JSON object.
 *
 * @throws InputError when the file cannot be read, is not JSON, or is not an object.
 * @example
 * ```ts
 * const county = await readJsonObject('county.json', io, 'auto', '--county-json');
 * ```
 */
export async function readJsonObject(file: string, io: CliIO, encoding: InputEncoding, label: string): Promise<Record<string, unknown>> {
  const where = `${label} ${sourceName(file)}`;
  const { text } = decodeText(await readInputBytes(file, io), encoding, where);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw jsonSyntaxIssue(e, text, where);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const got = Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed;
    throw inputError('invalid_type', where, where, `应为 JSON 对象 {…}，实际为${got}`, `expected a JSON object {…}, got ${got}`);
  }
  return { ...(parsed as Record<string, unknown>) };
}

function sourceName(file: string): string {
  return file === '-' ? '<stdin>' : shown(file);
}

function detectFormat(file: string, bytes: Uint8Array): 'json' | 'csv' | 'xlsx' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
  if (hasZipSignature(bytes)) return 'xlsx'; // a zip: a workbook or nothing
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b ? 'json' : 'csv'; // { or [
}

/** Whether `file` names a folder (standard input never does). */
async function isFolder(file: string, io: CliIO): Promise<boolean> {
  if (file === '-') return false;
  const s = await stat(resolve(io.cwd ?? process.cwd(), file)).catch(() => undefined);
  return s?.isDirectory() === true;
}

/** The CSV files of a folder, decoded: every `.csv` file, sorted by name (other files are not read). */
async function readCsvFolder(dir: string, io: CliIO, encoding: InputEncoding): Promise<SnapshotTables> {
  const full = resolve(io.cwd ?? process.cwd(), dir);
  const names = (await readdir(full)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  if (names.length === 0) {
    throw inputError('empty_folder', `文件夹 ${shown(dir)}`, `folder ${shown(dir)}`, '文件夹中没有 .csv 文件', 'the folder holds no .csv file');
  }
  const files: { name: string; text: string }[] = [];
  for (const name of names) {
    const bytes = await readInputBytes(join(full, name), io);
    files.push({ name, text: decodeText(bytes, encoding, `文件 ${shown(name)}`).text });
  }
  return asInputError(() => readCsvFiles(files));
}

/** A whole number typed as an option: plain digits become a number, anything else stays text for the schema to reject. */
function optionCount(raw: string, where: { zh: string; en: string }, issues: CliIssue[]): unknown {
  const s = raw.trim();
  if (/^\d{1,3}(?:[,，]\d{3})+$/.test(s)) {
    issues.push({
      code: 'thousands_separator',
      whereZh: where.zh,
      whereEn: where.en,
      messageZh: `不接受千位分隔符，实际为"${s}"；请写成 ${s.replace(/[,，]/g, '')}`, // digits and separators only
      messageEn: `thousands separators are not accepted, got "${s}"; write ${s.replace(/[,，]/g, '')}`,
    });
    return undefined;
  }
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : s;
}

/**
 * Read, decode and parse the input, complete it with the options, and validate it with `safeParseSnapshot`.
 * For CSV, `--as-of` is required (the table carries no date); county options override the snapshot's own figures.
 *
 * @throws InputError listing every problem: by CSV row and column, by JSON path, or by option.
 * @example
 * ```ts
 * const { snapshot } = await loadSnapshotInput({ file: 'units.csv', encoding: 'auto', asOf: '2024-12-31' }, io);
 * ```
 */
export async function loadSnapshotInput(options: InputOptions, io: CliIO, progress?: Progress): Promise<LoadedSnapshot> {
  const early: CliIssue[] = [];
  let tables: SnapshotTables | undefined;
  let input: Record<string, unknown>;
  let format: 'json' | 'csv' | 'xlsx' = 'json';
  let text = '';
  const source = options.sample !== undefined ? '--sample' : sourceName(options.file);
  if (options.sample === undefined) {
    if (await isFolder(options.file, io)) {
      format = 'csv';
      tables = await readCsvFolder(options.file, io, options.encoding);
    } else {
      const bytes = await readInputBytes(options.file, io);
      format = options.inputFormat ?? detectFormat(options.file, bytes);
      if (format === 'xlsx') {
        progress?.stage('读取工作簿', 'reading the workbook');
        tables = asInputError(() => readWorkbook(bytes));
      } else text = decodeText(bytes, options.encoding, source).text;
    }
  }

  if (format === 'json') {
    let parsed: unknown = options.sample;
    if (options.sample === undefined) {
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw jsonSyntaxIssue(e, text, source);
      }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw inputError(
        'invalid_type',
        source,
        source,
        `JSON 应为填报数据对象 {"asOf": …, "units": […]}，实际为${Array.isArray(parsed) ? '数组' : typeof parsed}`,
        `the JSON must be a snapshot object {"asOf": …, "units": […]}, got ${Array.isArray(parsed) ? 'an array' : typeof parsed}`,
      );
    }
    input = { ...(parsed as Record<string, unknown>) };
    const n = Array.isArray(input['units']) ? (input['units'] as unknown[]).length : 0;
    progress?.start(n);
  } else {
    const loneTable = tables === undefined; // a CSV units table given on its own, not a workbook or a folder
    tables ??= snapshotTablesOf([parseUnitsCsv(text, progress).table]);
    let base: Record<string, unknown> = {};
    if (options.baseJson !== undefined) {
      base = await readJsonObject(options.baseJson, io, options.encoding, '--base-json');
      const units = base['units'];
      if (units !== undefined && !(Array.isArray(units) && units.length === 0)) {
        early.push({
          code: 'base_has_units',
          whereZh: `--base-json ${shown(options.baseJson)} 的 units`,
          whereEn: `units in --base-json ${shown(options.baseJson)}`,
          messageZh: '单位数据来自表格，--base-json 中的 units 应省略或为空数组',
          messageEn: 'the units come from the tables: leave units out of --base-json or make it []',
        });
      }
    }
    input = mergeTables(base, tables.input, options.baseJson, early);
    if (options.asOf !== undefined) input['asOf'] = options.asOf;
    if (input['asOf'] === undefined) {
      early.push({
        code: 'missing_as_of',
        whereZh: '选项 --as-of',
        whereEn: 'option --as-of',
        ...(loneTable
          ? {
              messageZh: 'CSV 单位表不含日期，请用 --as-of YYYY-MM-DD 给出数据所对应的日期',
              messageEn: 'a CSV units table carries no date: give the date the figures describe with --as-of YYYY-MM-DD',
            }
          : {
              messageZh: '表格中没有日期：请用 --as-of YYYY-MM-DD 给出数据所对应的日期，或在“全县”表的“数据截止日期”一行填写',
              messageEn: 'the tables carry no date: give the date the figures describe with --as-of YYYY-MM-DD, or fill 数据截止日期 (asOf) in the 全县 (county) table',
            }),
      });
    }
  }
  if (format === 'json' && options.baseJson !== undefined) {
    throw new UsageError('--base-json 只用于表格输入（CSV 或 xlsx；JSON 填报数据本身已完整）', '--base-json only completes a CSV input or an xlsx workbook (a JSON snapshot is complete)');
  }
  if (options.region !== undefined) input['regionCode'] = options.region;
  const countySources = await applyCounty(input, options, io, early);
  const context: LocateContext = {
    format,
    tables,
    countySources,
    asOfFromOption: options.asOf !== undefined,
    ...(options.baseJson === undefined ? {} : { baseJson: options.baseJson }),
  };
  const loaded = validate(input, context, early, progress);
  return options.sample !== undefined ? { ...loaded, kind: 'sample' } : loaded;
}

/**
 * Where each county figure came from (its `--county-json` file or its option), for locating its problems.
 *
 * @example
 * ```ts
 * const sources: CountySources = new Map([['households', { zh: '选项 --county-households', en: 'option --county-households' }]]);
 * ```
 */
export type CountySources = Map<string, { zh: string; en: string }>;

/**
 * Complete `input.county` (in place) as the options say: `--county-json`'s figures over the snapshot's own, then each
 * county option over both. Returns where each figure came from; a malformed option value goes to `issues`.
 *
 * @throws InputError when `--county-json` cannot be read or is not a JSON object.
 * @example
 * ```ts
 * const sources = await applyCounty(header, { file: 'units.ndjson', encoding: 'auto', county: { households: '47484' } }, io, []);
 * ```
 */
export async function applyCounty(input: Record<string, unknown>, options: InputOptions, io: CliIO, issues: CliIssue[]): Promise<CountySources> {
  const sources: CountySources = new Map();
  const given = input['county'];
  let county: Record<string, unknown> | undefined;
  if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
    county = { ...(given as Record<string, unknown>) };
  }
  if (options.countyJson !== undefined) {
    const file = options.countyJson;
    const parsed = await readJsonObject(file, io, options.encoding, '--county-json');
    county = { ...(county ?? {}), ...parsed };
    for (const k of Object.keys(parsed)) {
      sources.set(k, { zh: `${shown(file)}（--county-json）的 ${shown(k)}`, en: `${shown(k)} in ${shown(file)} (--county-json)` });
    }
  }
  for (const [field, raw] of Object.entries(options.county ?? {}) as [CountyField, string | undefined][]) {
    if (raw === undefined) continue;
    const opt = `--${COUNTY_OPTIONS[field]}`;
    const where = { zh: `选项 ${opt}`, en: `option ${opt}` };
    const value = optionCount(raw, where, issues);
    county ??= {};
    if (value === undefined) delete county[field];
    else county[field] = value;
    sources.set(field, where);
  }
  if (county !== undefined) input['county'] = county;
  return sources;
}

/** What is needed to point a snapshot issue back at the user's input. */
interface LocateContext {
  readonly format: 'json' | 'csv' | 'xlsx';
  readonly tables: SnapshotTables | undefined;
  readonly countySources: CountySources;
  readonly asOfFromOption: boolean;
  readonly baseJson?: string;
}

/**
 * The tables' parts over `--base-json`'s: county figures and record lists merge field by field; a part both give
 * (the same county figure, the township list, one record list, the actions) is a problem, never a silent overwrite.
 */
function mergeTables(base: Record<string, unknown>, fromTables: Record<string, unknown>, baseJson: string | undefined, issues: CliIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  const twice = (path: string) =>
    issues.push({
      code: 'given_twice',
      whereZh: `--base-json ${shown(baseJson ?? '')} 的 ${path}`,
      whereEn: `${path} in --base-json ${shown(baseJson ?? '')}`,
      messageZh: '表格中也给出了这部分数据；请只在一处填写',
      messageEn: 'the tables give this part too; give it in one place only',
    });
  for (const [key, value] of Object.entries(fromTables)) {
    const had = out[key];
    if ((key === 'county' || key === 'records') && isObject(had) && isObject(value)) {
      for (const k of Object.keys(value)) if (k in had) twice(`${key}.${k}`);
      out[key] = { ...had, ...value };
    } else {
      if (had !== undefined && key !== 'units' && key !== 'asOf') twice(key);
      out[key] = value;
    }
  }
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function validate(input: Record<string, unknown>, ctx: LocateContext, early: CliIssue[], progress?: Progress): LoadedSnapshot {
  const { tables } = ctx;
  progress?.stage('校验数据', 'validating');
  const r = safeParseSnapshot(input);
  if (r.success && early.length === 0 && (tables === undefined || tables.issues.length === 0)) {
    return { input, snapshot: r.data, kind: ctx.format };
  }
  const located: (PathIssue | (CliIssue & { row: number; column: number; table: number }))[] = [...(tables?.issues ?? [])];
  const taken = new Set(located.flatMap((i) => ('path' in i && i.path !== undefined ? [JSON.stringify(i.path)] : [])));
  const other: CliIssue[] = [...early];
  const asOfMissing = early.some((i) => i.code === 'missing_as_of');
  const behind = unitIssuesBehindEnvelope(input, r);
  // Every problem counted once: the library lists its first 1,000 and counts the rest (issueCount). A cell the table
  // reader could not read in a required column (a code in scientific notation) is left out of its record, so the
  // library reports that field once more: exactly one issue per such cell, dropped here whether listed or not.
  const requiredCells = (tables?.issues ?? []).filter((i) => i.required === true).length;
  let skippedOther = 0;
  for (const iss of [...r.issues, ...behind.issues]) {
    const p = iss.path;
    if (iss.code === 'more_issues') continue; // counted below
    if (asOfMissing && p[0] === 'asOf' && p.length === 1) {
      skippedOther++; // already reported as the missing option
      continue;
    }
    // A figure an option or --county-json gave is found there, not in the 全县 table it overrode.
    const fromOption = (p[0] === 'county' && typeof p[1] === 'string' && ctx.countySources.has(p[1])) || (p[0] === 'asOf' && ctx.asOfFromOption);
    const at = fromOption ? undefined : tables?.locate(p);
    if (tables !== undefined && at !== undefined) {
      if (taken.has(JSON.stringify(p))) continue; // already reported as the cell
      const message = iss.code === 'duplicate_unit' && typeof p[1] === 'number' ? duplicateByRow(iss, p[1], tables) : iss;
      located.push({ code: iss.code, row: at.row, column: at.column, table: at.table, whereZh: at.whereZh, whereEn: at.whereEn, messageZh: message.messageZh, messageEn: message.messageEn });
      continue;
    }
    other.push(locateOther(iss, ctx));
  }
  located.sort((a, b) => a.table - b.table || a.row - b.row || a.column - b.column);
  const issueCount = (r.success ? 0 : r.issueCount) + behind.count;
  const unitsChecked = r.success || r.data !== undefined || behind.checked;
  const total = early.length + (tables?.issues.length ?? 0) + issueCount - skippedOther - (unitsChecked ? requiredCells : 0);
  throw new InputError([...other, ...located.map(stripLocation)], total);
}

/**
 * A `duplicate_unit` from a table names its first copy by spreadsheet row (the header is row 1), not by its
 * position in the list of units (`第3条`, `index 2`), which a person with the spreadsheet open cannot find.
 */
function duplicateByRow(iss: PlanIssue, unitIndex: number, tables: SnapshotTables): { messageZh: string; messageEn: string } {
  const units = Array.isArray(tables.input['units']) ? (tables.input['units'] as Record<string, unknown>[]) : [];
  const code = units[unitIndex]?.['code'];
  const first = units.findIndex((u) => u['code'] === code);
  if (typeof code !== 'string' || first < 0 || first === unitIndex) return iss;
  const row = tables.locate(['units', first])?.row ?? 0;
  return {
    messageZh: `村级代码 ${shown(code)} 重复（第${row}行已出现），两条均不采用`,
    messageEn: `unit code ${shown(code)} is listed twice (first at row ${row}); neither copy is used`,
  };
}

/**
 * When the snapshot's outer fields are invalid (say `asOf`), `safeParseSnapshot` stops before the units. So that the
 * user sees every problem at once, check the units again under a placeholder date and keep only their issues.
 */
function unitIssuesBehindEnvelope(
  input: Record<string, unknown>,
  r: ReturnType<typeof safeParseSnapshot>,
): { readonly issues: readonly PlanIssue[]; readonly count: number; readonly checked: boolean } {
  const none = { issues: [], count: 0, checked: false };
  if (r.success || r.data !== undefined || !Array.isArray(input['units'])) return none;
  if (r.issues.some((i) => i.path[0] === 'units' || i.path[0] === 'regionCode')) return none;
  const again = safeParseSnapshot({
    asOf: '2021-01-01',
    units: input['units'],
    ...(input['regionCode'] === undefined ? {} : { regionCode: input['regionCode'] }),
  });
  // With a valid date, region and list, every issue is a unit's (the more_issues entry counts them all).
  return { issues: again.issues.filter((i) => i.path[0] === 'units'), count: again.success ? 0 : again.issueCount, checked: true };
}

function stripLocation(i: CliIssue): CliIssue {
  return { code: i.code, whereZh: i.whereZh, whereEn: i.whereEn, messageZh: i.messageZh, messageEn: i.messageEn };
}

function locateOther(iss: PlanIssue, ctx: LocateContext): CliIssue {
  const p = iss.path;
  const base = { code: iss.code, messageZh: iss.messageZh, messageEn: iss.messageEn };
  if (p[0] === 'county' && typeof p[1] === 'string') {
    const s = ctx.countySources.get(p[1]);
    if (s) return { ...base, whereZh: `${s.zh}${p.length > 2 ? ` ${formatPath(p.slice(2))}` : ''}`, whereEn: `${s.en}${p.length > 2 ? ` ${formatPath(p.slice(2))}` : ''}` };
  }
  if (ctx.format !== 'json') {
    if (p[0] === 'asOf' && ctx.asOfFromOption) return { ...base, whereZh: '选项 --as-of', whereEn: 'option --as-of' };
    if (p[0] === 'regionCode') return { ...base, whereZh: '选项 --region', whereEn: 'option --region' };
    if (p[0] === 'units' && p.length === 1) {
      return ctx.format === 'xlsx' ? { ...base, whereZh: '工作表「村（社区）」', whereEn: 'sheet 村（社区）' } : { ...base, whereZh: 'CSV 表格', whereEn: 'the CSV table' };
    }
    if (ctx.baseJson !== undefined) {
      const path = formatPath(p);
      return { ...base, whereZh: `--base-json ${shown(ctx.baseJson)} 的 ${path}`, whereEn: `${path} in --base-json ${shown(ctx.baseJson)}` };
    }
  }
  const path = formatPath(p);
  return { ...base, whereZh: path, whereEn: path };
}
