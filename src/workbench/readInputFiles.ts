/**
 * Files dropped on the workbench to the snapshot inputs they hold: a workbook (`.xlsx`, every sheet of
 * `TABLE_KINDS`, read by src/io's `readWorkbook`), a units table in CSV (UTF-8 or GBK), the template's CSV files
 * named after their tables (`村（社区）.csv`, `全县.csv`, …: together one snapshot, read by `readCsvFiles`), or a
 * snapshot in JSON. Every problem is located in the file, by sheet, row and column.
 *
 * @module
 */
import { hasZipSignature } from '../io/hasZipSignature';
import { parseCsv } from '../io/parseCsv';
import { readCsvFiles, readWorkbook, type SnapshotTables } from '../io/readSnapshotTables';
import { readTable } from '../io/readTable';
import { shownValue } from '../io/shownValue';
import { TABLE_KINDS, tableKindOf } from '../io/TABLE_KINDS';
import { TableError, type TableIssue } from '../io/TableError';
import { formatPath } from '../snapshot/PlanIssue';
import { decodeCsvBytes } from './decodeCsvBytes';

/**
 * One snapshot read from the files: what it holds as a snapshot input (the date aside, unless the file carries it),
 * the problems found in its cells, and how to point a snapshot path back at a file, sheet, row and column.
 *
 * @example
 * ```ts
 * const [f] = readInputFiles([{ name: '2024.csv', bytes: new TextEncoder().encode('村级代码,所属乡镇代码\n533124101201,533124101\n') }]);
 * 'failed' in f! ? undefined : [f!.format, f!.units]
 * //=> ['csv', 1]
 * ```
 * @category Reporting · 报告
 */
export interface InputFile {
  /** The file's name (for the template's CSV files read together, their names joined by `、`). */
  readonly name: string;
  /** What was read. */
  readonly format: 'csv' | 'xlsx' | 'json';
  /** For CSV: the encoding the bytes were read in (of the first file, for several). */
  readonly encoding?: 'utf-8' | 'gb18030';
  /** The snapshot input without a date, or with the date the file itself carries (a workbook's 全县 sheet, a JSON). */
  readonly input: Readonly<Record<string, unknown>>;
  /** The number of units read. */
  readonly units: number;
  /** Problems in cells (the readers leave such a value out, so the file is not evaluated until they are fixed). */
  readonly issues: readonly TableIssue[];
  /** Where a snapshot path (`['units', 3, 'households']`) sits in the file, in both languages. */
  locate(path: readonly (string | number)[]): { readonly whereZh: string; readonly whereEn: string };
}

/**
 * A file that could not be read at all (not text, not a workbook, a bad header row, invalid JSON).
 *
 * @example
 * ```ts
 * const [f] = readInputFiles([{ name: 'a.csv', bytes: new Uint8Array([0xff, 0xfe, 0x61, 0x00]) }]);
 * f && 'failed' in f ? f.failed[0]?.code : undefined
 * //=> 'utf16_not_supported'
 * ```
 * @category Reporting · 报告
 */
export interface UnreadableFile {
  /** The file's name, as given. */
  readonly name: string;
  /** Why it cannot be read. */
  readonly failed: readonly TableIssue[];
}

/**
 * Read the files dropped together, by content: a zip is a workbook, text starting with `{` a snapshot in JSON, and
 * CSV text a units table of its own, except CSV files named after a table of the template (`全县.csv`,
 * `乡镇（农场）.csv`, `村（社区）.csv`, …), which together make one snapshot. Never throws for bad content: a file that
 * cannot be read comes back with its problems.
 *
 * @example
 * ```ts
 * const csv = '村级代码,所属乡镇代码,户数\n533124101201,533124101,1,200\n';
 * const [f] = readInputFiles([{ name: 'units-2024.csv', bytes: new TextEncoder().encode(csv) }]);
 * f && 'failed' in f ? [] : f?.issues.map((i) => [i.code, i.whereEn])
 * //=> [['extra_cell', 'file units-2024.csv, row 2, column D']]
 * ```
 * @category Reporting · 报告
 */
export function readInputFiles(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): (InputFile | UnreadableFile)[] {
  const out: (InputFile | UnreadableFile)[] = [];
  const tableFiles: { name: string; text: string; encoding: 'utf-8' | 'gb18030' }[] = [];
  for (const { name, bytes } of files) {
    const shown = shownValue(name, 120);
    try {
      if (hasZipSignature(bytes)) {
        out.push(fromTables(name, 'xlsx', undefined, readWorkbook(bytes), { zh: `文件 ${shown} `, en: `file ${shown}, ` }));
        continue;
      }
      const { text, encoding } = decodeCsvBytes(bytes, { zh: `文件 ${shown} `, en: `file ${shown}` });
      if (/^\s*[{[]/.test(text)) out.push(readJson(name, shown, text));
      else if (/\.csv$/i.test(name) && tableKindOf(name) !== undefined) tableFiles.push({ name, text, encoding });
      else out.push(readUnitsCsv(name, shown, text, encoding));
    } catch (e) {
      if (e instanceof TableError) out.push({ name, failed: e.issues });
      else throw e;
    }
  }
  if (tableFiles.length > 0) {
    const name = tableFiles.map((f) => f.name).join('、');
    try {
      if (!tableFiles.some((f) => tableKindOf(f.name)?.id === 'units')) {
        const unitsFile = `${TABLE_KINDS[0]!.sheetZh}.csv`;
        throw new TableError([
          {
            code: 'missing_sheet',
            whereZh: shownValue(name, 200),
            whereEn: shownValue(name, 200),
            messageZh: `模板的 CSV 文件须连同「${unitsFile}」（每行一个村（社区））一起选择`,
            messageEn: `choose the template's CSV files together with ${unitsFile} (units, one village or community per row)`,
          },
        ]);
      }
      out.push(fromTables(name, 'csv', tableFiles[0]!.encoding, readCsvFiles(tableFiles), { zh: '', en: '' }));
    } catch (e) {
      if (e instanceof TableError) out.push({ name, failed: e.issues });
      else throw e;
    }
  }
  return out;
}

function readUnitsCsv(name: string, shown: string, text: string, encoding: 'utf-8' | 'gb18030'): InputFile {
  const table = readTable(parseCsv(text), TABLE_KINDS[0]!, { source: { zh: `文件 ${shown} `, en: `file ${shown}` } });
  return {
    name,
    format: 'csv',
    encoding,
    input: { units: table.records },
    units: table.records.length,
    issues: table.issues,
    locate(path) {
      if (path[0] === 'units' && typeof path[1] === 'number') {
        const at = table.locate(path[1], typeof path[2] === 'string' ? path[2] : undefined);
        const rest = path.length > 3 ? ` ${formatPath(path.slice(3))}` : '';
        return { whereZh: at.whereZh + rest, whereEn: at.whereEn + rest };
      }
      return { whereZh: `文件 ${shown} 的 ${formatPath(path)}`, whereEn: `${formatPath(path)} in file ${shown}` };
    },
  };
}

function fromTables(name: string, format: 'xlsx' | 'csv', encoding: 'utf-8' | 'gb18030' | undefined, t: SnapshotTables, prefix: { zh: string; en: string }): InputFile {
  const shown = shownValue(name, 200);
  const units = t.input['units'];
  const at = (where: { whereZh: string; whereEn: string }) => ({ whereZh: prefix.zh + where.whereZh, whereEn: prefix.en + where.whereEn });
  return {
    name,
    format,
    ...(encoding === undefined ? {} : { encoding }),
    input: t.input,
    units: Array.isArray(units) ? units.length : 0,
    issues: t.issues.map((i) => ({ code: i.code, messageZh: i.messageZh, messageEn: i.messageEn, ...at(i) })),
    locate(path) {
      const found = t.locate(path);
      return found === undefined ? { whereZh: `文件 ${shown} 的 ${formatPath(path)}`, whereEn: `${formatPath(path)} in file ${shown}` } : at(found);
    },
  };
}

function readJson(name: string, shown: string, text: string): InputFile | UnreadableFile {
  const where = { whereZh: `文件 ${shown}`, whereEn: `file ${shown}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const detail = shownValue(String((e as Error).message), 200);
    return { name, failed: [{ code: 'invalid_json', ...where, messageZh: `JSON 语法错误：${detail}`, messageEn: `invalid JSON: ${detail}` }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      name,
      failed: [{ code: 'invalid_type', ...where, messageZh: 'JSON 应为填报数据对象 {"asOf": …, "units": […]}', messageEn: 'the JSON must be a snapshot object {"asOf": …, "units": […]}' }],
    };
  }
  const input = parsed as Record<string, unknown>;
  return {
    name,
    format: 'json',
    input,
    units: Array.isArray(input['units']) ? input['units'].length : 0,
    issues: [],
    locate: (path) => ({ whereZh: `文件 ${shown} 的 ${formatPath(path)}`, whereEn: `${formatPath(path)} in file ${shown}` }),
  };
}
