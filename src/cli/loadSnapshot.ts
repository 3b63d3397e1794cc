/**
 * From the command line's input options to a validated snapshot input: JSON as it is, or a CSV units table plus
 * the county figures and date given as options. Every problem is reported where the user can find it.
 *
 * @module
 */
import { formatPath, type PlanIssue } from '../snapshot/PlanIssue';
import { safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import type { Snapshot } from '../snapshot/snapshotSchema';
import { InputError, inputError, UsageError } from './CliError';
import type { CliIO } from './CliIO';
import type { CliIssue } from './CliIssue';
import { decodeText, type InputEncoding } from './decodeText';
import { readInputBytes } from './files';
import { CSV_COLUMNS } from './csvColumns';
import { parseUnitsCsv, type LocatedIssue, type UnitsTable } from './parseUnitsCsv';
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
  /** `json` or `csv`; by the file's extension, else by its first character, when left out. */
  readonly inputFormat?: 'json' | 'csv';
  /** How to decode the bytes. */
  readonly encoding: InputEncoding;
  /** `--as-of`: the snapshot's date for CSV (required there). */
  readonly asOf?: string;
  /** `--region`: the snapshot's region code. */
  readonly region?: string;
  /** `--base-json FILE` (CSV only): a snapshot JSON without units whose other parts (asOf, county, townships, records, actions) the CSV completes. */
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
  /** The snapshot input as read (JSON object, or the object built from the CSV and options). */
  readonly input: Record<string, unknown>;
  /** The validated snapshot. */
  readonly snapshot: Snapshot;
  /** What was read: `json`, `csv` or `sample`. */
  readonly kind: 'json' | 'csv' | 'sample';
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

function detectFormat(file: string, text: string): 'json' | 'csv' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
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
  let table: UnitsTable | undefined;
  let input: Record<string, unknown>;
  let format: 'json' | 'csv' = 'json';
  let text = '';
  const source = options.sample !== undefined ? '--sample' : sourceName(options.file);
  if (options.sample === undefined) {
    const bytes = await readInputBytes(options.file, io);
    text = decodeText(bytes, options.encoding, source).text;
    format = options.inputFormat ?? detectFormat(options.file, text);
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
    table = parseUnitsCsv(text, progress);
    let base: Record<string, unknown> = {};
    if (options.baseJson !== undefined) {
      base = await readJsonObject(options.baseJson, io, options.encoding, '--base-json');
      const units = base['units'];
      if (units !== undefined && !(Array.isArray(units) && units.length === 0)) {
        early.push({
          code: 'base_has_units',
          whereZh: `--base-json ${shown(options.baseJson)} 的 units`,
          whereEn: `units in --base-json ${shown(options.baseJson)}`,
          messageZh: '单位数据来自 CSV 表格，--base-json 中的 units 应省略或为空数组',
          messageEn: 'the units come from the CSV table: leave units out of --base-json or make it []',
        });
      }
    }
    input = { ...base, units: table.units };
    if (options.asOf !== undefined) input['asOf'] = options.asOf;
    if (input['asOf'] === undefined) {
      early.push({
        code: 'missing_as_of',
        whereZh: '选项 --as-of',
        whereEn: 'option --as-of',
        messageZh: 'CSV 单位表不含日期，请用 --as-of YYYY-MM-DD 给出数据所对应的日期',
        messageEn: 'a CSV units table carries no date: give the date the figures describe with --as-of YYYY-MM-DD',
      });
    }
  }
  if (format === 'json' && options.baseJson !== undefined) {
    throw new UsageError('--base-json 只用于 CSV 输入（JSON 填报数据本身已完整）', '--base-json only completes a CSV input (a JSON snapshot is complete)');
  }
  if (options.region !== undefined) input['regionCode'] = options.region;
  const countySources = await applyCounty(input, options, io, early);
  const context: LocateContext = {
    format,
    table,
    countySources,
    asOfFromOption: options.asOf !== undefined,
    ...(options.baseJson === undefined ? {} : { baseJson: options.baseJson }),
  };
  const loaded = validate(input, context, early, progress);
  return options.sample !== undefined ? { ...loaded, kind: 'sample' } : loaded;
}

/** Where each county figure came from, for locating its problems. */
type CountySources = Map<string, { zh: string; en: string }>;

async function applyCounty(input: Record<string, unknown>, options: InputOptions, io: CliIO, issues: CliIssue[]): Promise<CountySources> {
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
  readonly format: 'json' | 'csv';
  readonly table: UnitsTable | undefined;
  readonly countySources: CountySources;
  readonly asOfFromOption: boolean;
  readonly baseJson?: string;
}

function validate(input: Record<string, unknown>, ctx: LocateContext, early: CliIssue[], progress?: Progress): LoadedSnapshot {
  const { table } = ctx;
  progress?.stage('校验数据', 'validating');
  const r = safeParseSnapshot(input);
  if (r.success && early.length === 0 && (table === undefined || table.issues.length === 0)) {
    return { input, snapshot: r.data, kind: ctx.format };
  }
  const located: LocatedIssue[] = [...(table?.issues ?? [])];
  const taken = new Set(located.filter((i) => i.unitIndex !== undefined && i.field !== undefined).map((i) => `${i.unitIndex}:${i.field}`));
  const other: CliIssue[] = [...early];
  const asOfMissing = early.some((i) => i.code === 'missing_as_of');
  const behind = unitIssuesBehindEnvelope(input, r);
  // Every problem counted once: the library lists its first 1,000 and counts the rest (issueCount). A cell the CSV
  // reader could not read in a required column (a code in scientific notation) is left out of its unit, so the
  // library reports that field once more: exactly one issue per such cell, dropped here whether listed or not.
  const requiredCells = (table?.issues ?? []).filter((i) => i.field !== undefined && REQUIRED_FIELDS.has(i.field)).length;
  let skippedOther = 0;
  for (const iss of [...r.issues, ...behind.issues]) {
    const p = iss.path;
    if (iss.code === 'more_issues') continue; // counted below
    if (asOfMissing && p[0] === 'asOf' && p.length === 1) {
      skippedOther++; // already reported as the missing option
      continue;
    }
    if (table !== undefined && p[0] === 'units' && typeof p[1] === 'number') {
      const field = typeof p[2] === 'string' ? p[2] : undefined;
      if (field !== undefined && taken.has(`${p[1]}:${field}`)) continue; // already reported as the CSV cell
      const at = table.locate(p[1], field);
      const nested = p.length > 3 ? ` ${formatPath(p.slice(3))}` : '';
      const message = iss.code === 'duplicate_unit' ? duplicateByRow(iss, p[1], table) : iss;
      located.push({
        code: iss.code,
        row: at.row,
        column: at.column,
        whereZh: at.whereZh + nested,
        whereEn: at.whereEn + nested,
        messageZh: message.messageZh,
        messageEn: message.messageEn,
      });
      continue;
    }
    other.push(locateOther(iss, ctx));
  }
  located.sort((a, b) => a.row - b.row || a.column - b.column);
  const issueCount = (r.success ? 0 : r.issueCount) + behind.count;
  const unitsChecked = r.success || r.data !== undefined || behind.checked;
  const total = early.length + (table?.issues.length ?? 0) + issueCount - skippedOther - (unitsChecked ? requiredCells : 0);
  throw new InputError([...other, ...located.map(stripLocation)], total);
}

/** The CSV columns every row must fill. */
const REQUIRED_FIELDS: ReadonlySet<string> = new Set(CSV_COLUMNS.filter((c) => c.required).map((c) => c.field));

/**
 * A `duplicate_unit` from a CSV table names its first copy by spreadsheet row (the header is row 1), not by its
 * position in the list of units (`第3条`, `index 2`), which a person with the spreadsheet open cannot find.
 */
function duplicateByRow(iss: PlanIssue, unitIndex: number, table: UnitsTable): { messageZh: string; messageEn: string } {
  const code = table.units[unitIndex]?.['code'];
  const first = table.units.findIndex((u) => u['code'] === code);
  if (typeof code !== 'string' || first < 0 || first === unitIndex) return iss;
  const row = table.locate(first).row;
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

function stripLocation(i: LocatedIssue): CliIssue {
  return { code: i.code, whereZh: i.whereZh, whereEn: i.whereEn, messageZh: i.messageZh, messageEn: i.messageEn };
}

function locateOther(iss: PlanIssue, ctx: LocateContext): CliIssue {
  const p = iss.path;
  const base = { code: iss.code, messageZh: iss.messageZh, messageEn: iss.messageEn };
  if (p[0] === 'county' && typeof p[1] === 'string') {
    const s = ctx.countySources.get(p[1]);
    if (s) return { ...base, whereZh: `${s.zh}${p.length > 2 ? ` ${formatPath(p.slice(2))}` : ''}`, whereEn: `${s.en}${p.length > 2 ? ` ${formatPath(p.slice(2))}` : ''}` };
  }
  if (ctx.format === 'csv') {
    if (p[0] === 'asOf' && ctx.asOfFromOption) return { ...base, whereZh: '选项 --as-of', whereEn: 'option --as-of' };
    if (p[0] === 'regionCode') return { ...base, whereZh: '选项 --region', whereEn: 'option --region' };
    if (p[0] === 'units' && p.length === 1) return { ...base, whereZh: 'CSV 表格', whereEn: 'the CSV table' };
    if (ctx.baseJson !== undefined) {
      const path = formatPath(p);
      return { ...base, whereZh: `--base-json ${shown(ctx.baseJson)} 的 ${path}`, whereEn: `${path} in --base-json ${shown(ctx.baseJson)}` };
    }
  }
  const path = formatPath(p);
  return { ...base, whereZh: path, whereEn: path };
}
