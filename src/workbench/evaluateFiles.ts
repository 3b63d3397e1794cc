/**
 * The files on the workbench, each with its date, to one evaluation (one file) or a series (several years), or to
 * every problem found, located in the files.
 *
 * @module
 */
import { PLAN } from '../plan/meta';
import { PlanInputError } from '../_lib/PlanInputError';
import type { Evaluation } from '../evaluate/Evaluation';
import { evaluate } from '../evaluate/evaluate';
import type { TableIssue } from '../io/TableError';
import { shownValue } from '../io/shownValue';
import { evaluateSeries } from '../series/evaluateSeries';
import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { formatPath } from '../snapshot/PlanIssue';
import { safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import type { InputFile } from './readInputFiles';

/**
 * A file read and the date its figures describe (a units CSV carries none: the page asks for it).
 *
 * @example
 * ```ts
 * const [f] = readInputFiles([{ name: '2024.csv', bytes: new TextEncoder().encode('村级代码,所属乡镇代码\n533124101201,533124101\n') }]);
 * const dated: DatedFile | undefined = f === undefined || 'failed' in f ? undefined : { file: f, asOf: '2024-12-31' };
 * ```
 * @category Reporting · 报告
 */
export interface DatedFile {
  /** The file read. */
  readonly file: InputFile;
  /** `YYYY-MM-DD`; empty when not given. */
  readonly asOf: string;
}

/**
 * What the workbench shows: the evaluation of one file, the series of several, or the problems that stop it, each
 * located by file, sheet, row and column (`total` counts those not listed).
 *
 * @example
 * ```ts
 * const r: WorkbenchResult = evaluateFiles([]);
 * r.kind
 * //=> 'problems'
 * ```
 * @category Reporting · 报告
 */
export type WorkbenchResult =
  | { readonly kind: 'evaluation'; readonly evaluation: Evaluation }
  | { readonly kind: 'series'; readonly evaluation: SeriesEvaluation }
  | { readonly kind: 'problems'; readonly issues: readonly TableIssue[]; readonly total: number };

/**
 * Validate every file (its cells, then the snapshot it makes with its date) and, when nothing is wrong, evaluate it:
 * one file with `evaluate`, several (one per year) with `evaluateSeries`. Problems are never dropped: a cell the
 * reader could not read stops the evaluation like a value the snapshot schema refuses.
 *
 * @example
 * ```ts
 * const csv = (rows: string) => new TextEncoder().encode(`村级代码,所属乡镇代码,有无综合服务设施\n${rows}`);
 * const [f] = readInputFiles([{ name: 'a.csv', bytes: csv('533124101201,533124101,是\n533124101202,533124101,否\n') }]);
 * const r = f === undefined || 'failed' in f ? undefined : evaluateFiles([{ file: f, asOf: '2024-12-31' }]);
 * r?.kind
 * //=> 'evaluation'
 * const bad = f === undefined || 'failed' in f ? undefined : evaluateFiles([{ file: f, asOf: '' }]);
 * bad?.kind === 'problems' ? bad.issues[0]?.code : undefined
 * //=> 'missing_as_of'
 * ```
 * @category Reporting · 报告
 */
export function evaluateFiles(files: readonly DatedFile[]): WorkbenchResult {
  if (files.length === 0) {
    return {
      kind: 'problems',
      issues: [{ code: 'no_files', whereZh: '', whereEn: '', messageZh: '尚未选择文件', messageEn: 'no file chosen yet' }],
      total: 1,
    };
  }
  const issues: TableIssue[] = [];
  let total = 0;
  const inputs: Record<string, unknown>[] = [];
  for (const { file, asOf } of files) {
    const shown = shownValue(file.name, 120);
    issues.push(...file.issues);
    total += file.issues.length;
    const input: Record<string, unknown> = { ...file.input };
    if (asOf !== '') input['asOf'] = asOf;
    if (input['asOf'] === undefined) {
      issues.push({
        code: 'missing_as_of',
        whereZh: `文件 ${shown} 的数据日期`,
        whereEn: `the date of file ${shown}`,
        messageZh: '表格不含数据日期：请在“数据日期”中填写数据所对应的日期 YYYY-MM-DD',
        messageEn: 'the table carries no date: enter the date the figures describe (YYYY-MM-DD) under “Date”',
      });
      total++;
      input['asOf'] = PLAN.period.start; // a placeholder, so that the units are still checked; the problem is listed above
    }
    inputs.push(input);
    const r = safeParseSnapshot(input);
    if (r.success) continue;
    const cells = new Set(file.issues.map((i) => i.whereZh));
    let listed = 0;
    for (const iss of r.issues) {
      if (iss.code === 'more_issues') continue;
      listed++;
      const at = iss.path[0] === 'asOf' && asOf !== '' ? { whereZh: `文件 ${shown} 的数据日期`, whereEn: `the date of file ${shown}` } : file.locate(iss.path);
      if (cells.has(at.whereZh)) {
        total--; // the cell the reader could not read, left out and so reported once more by the schema
        continue;
      }
      issues.push({ code: iss.code, whereZh: at.whereZh, whereEn: at.whereEn, messageZh: iss.messageZh, messageEn: iss.messageEn });
    }
    total += Math.max(r.issueCount, listed);
  }
  if (issues.length > 0) return { kind: 'problems', issues, total: Math.max(total, issues.length) };
  try {
    if (files.length === 1) return { kind: 'evaluation', evaluation: evaluate(inputs[0]) };
    return { kind: 'series', evaluation: evaluateSeries(inputs, { sources: files.map((f) => shownValue(f.file.name, 120)) }) };
  } catch (e) {
    if (!(e instanceof PlanInputError)) throw e;
    const [first, ...rest] = e.path;
    const f = files.length > 1 && typeof first === 'number' ? files[first] : undefined;
    const at = f === undefined ? { whereZh: formatPath(e.path), whereEn: formatPath(e.path) } : rest.length === 0 ? { whereZh: `文件 ${shownValue(f.file.name, 120)}`, whereEn: `file ${shownValue(f.file.name, 120)}` } : f.file.locate(rest);
    return { kind: 'problems', issues: [{ code: e.code, whereZh: at.whereZh, whereEn: at.whereEn, messageZh: e.messageZh, messageEn: e.messageEn }], total: 1 };
  }
}
