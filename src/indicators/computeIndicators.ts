import { addUnitInto, mergeInto, newPartial, seal, type MissingSink, type MutablePartial } from './_accumulate';
import { finalizeAll } from './_finalize';
import { elapsedShare } from '../period/elapsedShare';
import { parseCalendarDate } from '../period/parseCalendarDate';
import { isParsed } from '../snapshot/_parsed';
import type { Snapshot, SnapshotInput } from '../snapshot/snapshotSchema';
import { LONGCHUAN_CODE } from '../units/LONGCHUAN_CODE';
import { resolveOptions, type IndicatorOptions } from './IndicatorOptions';
import type { IndicatorLevel, IndicatorResult } from './IndicatorResult';
import { snapshotOf } from './_unitInput';

/**
 * Options of {@link computeIndicators}: the readings, which levels to report, and an as-of date other than the
 * snapshot's.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const options: ComputeIndicatorsOptions = { levels: ['county'] };
 * const r = computeIndicators(parseSnapshot({ asOf: '2024-12-31', units: [] }), options);
 * [r.county.length, r.townships, r.units]
 * //=> [7, {}, {}]
 * ```
 */
export interface ComputeIndicatorsOptions extends IndicatorOptions {
  /**
   * Levels to report; default all three. Leaving out `'unit'` skips the per-unit results (and their Decimal
   * divisions): units are then added straight into their township's sums, the fast path for very large snapshots.
   */
  readonly levels?: readonly IndicatorLevel[] | undefined;
  /** As-of date for progress; default the snapshot's `asOf`. */
  readonly asOf?: string | undefined;
}

/**
 * The seven indicators at every level of a snapshot: county, townships and units.
 *
 * `townships` and `units` are keyed by code in ascending code order; each list holds the seven results in the plan's
 * order. Plain JSON, deterministic.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const r: IndicatorResults = computeIndicators(parseSnapshot({ asOf: '2024-12-31', units: [] }));
 * r.county[0]?.status
 * //=> 'not_applicable'
 * ```
 */
export interface IndicatorResults {
  /** The as-of date progress was judged on. */
  readonly asOf: string;
  /** The region code of the county-level results (`'533124'` for Longchuan). */
  readonly subject: string;
  /** County-level results (the whole snapshot), or empty when not requested. */
  readonly county: readonly IndicatorResult[];
  /** Results per township code. */
  readonly townships: Readonly<Record<string, readonly IndicatorResult[]>>;
  /** Results per unit code. */
  readonly units: Readonly<Record<string, readonly IndicatorResult[]>>;
}

const ALL_LEVELS: readonly IndicatorLevel[] = ['unit', 'township', 'county'];

/**
 * Compute the seven 专栏1 indicators for a snapshot at unit, township and county level, with progress and gap to the
 * 2025 targets on the snapshot's date.
 *
 * Every level sums numerators and denominators (never averages ratios): each unit's partial is merged into its
 * township's, and the townships' into the county's, exactly as {@link mergePartials} would. The snapshot is not
 * changed.
 *
 * A snapshot from `parseSnapshot` is read as it is. Any other (raw input) has the parts the indicators read checked
 * as `parseSnapshot` checks them (its `asOf`, `regionCode`, the county's populations, and each unit's codes and the
 * fields the indicators read), areas given as numbers read as their shortest decimal strings; a value the snapshot
 * would reject throws rather than being read as something else.
 *
 * @param snapshot - A snapshot: `parseSnapshot`'s output, or input of the same shape.
 * @param options - Readings, levels and as-of date.
 * @throws `PlanInputError` for an invalid option or as-of date, or a value the snapshot would reject, naming its path
 *   (`units[0].households`).
 * @clause P1.1
 * @clause P1.2
 * @clause P1.3
 * @clause P1.4
 * @clause P1.5
 * @clause P1.6
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const snapshot = parseSnapshot({
 *   asOf: '2023-07-02',
 *   units: [
 *     { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true, households: 300, facilityBuildingArea: 90 },
 *     { code: '533124102201', townshipCode: '533124102', hasServiceFacility: false, households: 100 },
 *   ],
 * });
 * const r = computeIndicators(snapshot);
 * r.county.map((x) => [x.id, x.status, x.value])[3]
 * //=> ['facility_area_per_100_households', 'ok', '22.5']
 * r.townships['533124101']?.[0]?.progress
 * //=> { status: 'achieved', expected: '70' }
 * ```
 */
export function computeIndicators(snapshot: SnapshotInput, options?: ComputeIndicatorsOptions): IndicatorResults {
  return computeIndicatorsWith(isParsed(snapshot) ? (snapshot as Snapshot) : snapshotOf(snapshot), options);
}

/**
 * {@link computeIndicators} over a parsed snapshot, unchecked (for evaluate, whose snapshot is parsed), telling `sink`
 * of every (unit, field) pair missing (uncapped), for evaluate's summary.
 *
 * @internal
 */
export function computeIndicatorsWith(snapshot: Snapshot, options: ComputeIndicatorsOptions | undefined, sink?: MissingSink): IndicatorResults {
  const o = resolveOptions(options);
  const asOf = parseCalendarDate(options?.asOf ?? snapshot.asOf, 'asOf');
  const share = elapsedShare(asOf);
  const levels = options?.levels ?? ALL_LEVELS;
  const wantUnits = levels.includes('unit');
  const region = snapshot.regionCode ?? LONGCHUAN_CODE;

  const byTownship = new Map<string, MutablePartial>();
  const unitResults = new Map<string, IndicatorResult[]>();
  for (const u of snapshot.units) {
    let township = byTownship.get(u.townshipCode);
    if (township === undefined) {
      township = newPartial();
      byTownship.set(u.townshipCode, township);
    }
    if (wantUnits) {
      const p = newPartial();
      addUnitInto(p, u, o, sink);
      seal(p);
      mergeInto(township, p);
      unitResults.set(u.code, finalizeAll(p, { level: 'unit', subject: u.code, countyPopulation: o.countyPopulation }, share));
    } else addUnitInto(township, u, o, sink);
  }

  const units: Record<string, IndicatorResult[]> = {};
  for (const code of [...unitResults.keys()].sort()) units[code] = unitResults.get(code) as IndicatorResult[];

  const townships: Record<string, IndicatorResult[]> = {};
  const county = newPartial();
  for (const code of [...byTownship.keys()].sort()) {
    const t = seal(byTownship.get(code) as MutablePartial);
    mergeInto(county, t);
    if (levels.includes('township')) {
      townships[code] = finalizeAll(t, { level: 'township', subject: code, countyPopulation: o.countyPopulation }, share);
    }
  }
  seal(county);
  const countyResults = levels.includes('county')
    ? finalizeAll(county, { level: 'county', subject: region, countyPopulation: o.countyPopulation, county: snapshot.county }, share)
    : [];
  return { asOf, subject: region, county: countyResults, townships, units };
}
