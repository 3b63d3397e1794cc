/**
 * What finalizing needs to know about each indicator, derived once from `INDICATORS`: the integer multiplier that
 * turns the partial's integer sums into the value, the target and baseline as exact fractions, and how the gap is
 * counted.
 *
 * @internal
 * @module
 */
import { decimalToFraction, type Fraction } from '../_lib/fraction';
import type { IndicatorId } from './INDICATOR_IDS';
import type { IndicatorDefinition } from './IndicatorDefinition';
import { INDICATORS } from './INDICATORS';

/** How the partial's integer sums are held: a count (units, households, persons) or an area in hundredths of m². */
export type SumKind = 'count' | 'area';

/** The integer kinds of each indicator's numerator and denominator (as `_accumulate.ts` sums them). */
const KINDS: Readonly<Record<IndicatorId, readonly [numerator: SumKind, denominator: SumKind]>> = {
  rural_facility_coverage: ['count', 'count'], // units with a facility / units
  urban_facility_coverage: ['count', 'count'],
  commercial_service_area_share: ['area', 'area'], // hundredths of m² / hundredths of m²
  facility_area_per_100_households: ['area', 'count'], // hundredths of m² / households
  activity_area_share: ['area', 'area'],
  urban_self_service_coverage: ['count', 'count'],
  workers_per_10000_urban_residents: ['count', 'count'], // persons / persons
};

/** Hundredths of m² per m² (areas are summed as integers at the 0.01 m² the snapshot records). */
export const HUNDREDTHS = 100;

/** One indicator's finalizing constants. */
export interface Formula {
  readonly def: IndicatorDefinition;
  /** value = numerator × k ÷ denominator, on the integer sums (the factor with the area scales folded in). */
  readonly k: number;
  readonly numeratorKind: SumKind;
  readonly denominatorKind: SumKind;
  readonly target: Fraction;
  readonly baseline: Fraction | undefined;
}

function formula(def: IndicatorDefinition): Formula {
  const [numeratorKind, denominatorKind] = KINDS[def.id];
  // value = (num / sn) / (den / sd) × factor = num × (factor × sd / sn) / den, with sn, sd ∈ {1, 100}.
  const factor = Number(def.factor);
  const k = (factor * (denominatorKind === 'area' ? HUNDREDTHS : 1)) / (numeratorKind === 'area' ? HUNDREDTHS : 1);
  return {
    def,
    k,
    numeratorKind,
    denominatorKind,
    target: decimalToFraction(def.target.value),
    baseline: def.baseline === undefined ? undefined : decimalToFraction(def.baseline.value),
  };
}

/** Every indicator's formula, in the plan's order. */
export const FORMULAS: ReadonlyMap<IndicatorId, Formula> = /* @__PURE__ */ new Map(
  INDICATORS.map((d) => [d.id, formula(d)]),
);

/** One indicator's formula. */
export function formulaOf(id: IndicatorId): Formula {
  const f = FORMULAS.get(id);
  if (f === undefined) throw new RangeError(`Unknown indicator ID: ${String(id)}`);
  return f;
}
