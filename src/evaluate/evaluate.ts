import { safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation } from './Evaluation';
import { evaluateSnapshot } from './evaluateSnapshot';

/**
 * Evaluate a county's data against the whole plan in one call: validate the input, then compute every indicator at
 * unit, township and county level with progress and gap to target, check every rule, report the tracked actions, and
 * summarise.
 *
 * A unit or record with bad data is reported in `input.rejected` and `input.issues` (path, Chinese, English) and left
 * out; everything else is still evaluated. Only input whose outer shape is unreadable (not an object, no valid
 * `asOf`, no `units` array) throws.
 *
 * @param input - A snapshot as JSON data (see `snapshotJsonSchema`).
 * @param options - As-of date, rounding, readings, which rules and levels.
 * @throws SnapshotError when the snapshot's outer shape is invalid; `PlanInputError` for an invalid option.
 * @clause P1.1
 * @clause S4
 * @example
 * ```ts
 * const input = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] };
 * // One of the county's 77 registered units: the county figure is incomplete (missing_data), not 100%.
 * const e = evaluate(input);
 * [e.headline[0]?.display, e.input.coverage?.reported, e.input.coverage?.absent.length]
 * //=> [null, 1, 76]
 * // The figures of just the units given:
 * evaluate(input, { scope: 'units' }).headline[0]?.display
 * //=> '100.0'
 * ```
 * @category Evaluation · 评估
 */
export function evaluate(input: unknown, options?: EvaluateOptions): Evaluation {
  const parsed = safeParseSnapshot(input);
  // One path for clean and lenient parses: a clean parse has no issues, no rejected units and all the caller's units.
  if (parsed.data === undefined) throw (parsed as Extract<typeof parsed, { success: false }>).error;
  return evaluateSnapshot(parsed.data, options, { issues: parsed.issues, rejected: parsed.rejected, units: unitCount(input) });
}

function unitCount(input: unknown): number {
  const units = (input as { units?: unknown }).units;
  return Array.isArray(units) ? units.length : 0;
}
