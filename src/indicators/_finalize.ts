/**
 * Finalizing one indicator's sums into a result.
 *
 * @internal
 * @module
 */
import { mergeMissing } from './_accumulate';
import { isZero, type ExactInt } from './_exact';
import { formulaOf, type Formula } from './_formula';
import { expectedString, gapOf, meets, progressOf, sumString, valueString } from './_judge';
import type { ElapsedShare } from '../period/elapsedShare';
import type { CountyFigures } from '../snapshot/countySchema';
import { INDICATOR_IDS, type IndicatorId } from './INDICATOR_IDS';
import type { IndicatorPartial, MissingField } from './IndicatorPartial';
import type { IndicatorLevel, IndicatorResult } from './IndicatorResult';

/** The numerator/denominator/missing of one indicator as finalized. */
export interface Figures {
  readonly numerator: ExactInt;
  /** `undefined` only when a county figure used as denominator is missing. */
  readonly denominator: ExactInt | undefined;
  readonly missingCount: number;
  readonly missing: readonly MissingField[];
}

const COUNTY_URBAN_POPULATION = 'county.urbanResidentPopulation';

/** The `missing` list of every result that misses nothing: one frozen empty list, shared. */
const NONE: readonly MissingField[] = Object.freeze([]);

/** Where indicator 7's county reading applies. */
export interface FiguresContext {
  readonly level: IndicatorLevel;
  readonly subject: string;
  readonly countyPopulation: boolean;
  readonly county?: CountyFigures | undefined;
}

/** The figures of one indicator in a partial; indicator 7 at county level may take the county's population. */
export function figuresOf(id: IndicatorId, p: IndicatorPartial, ctx: FiguresContext): Figures {
  if (id === 'workers_per_10000_urban_residents' && ctx.level === 'county' && ctx.countyPopulation) {
    // Indicator 7, county reading: Σ communityWorkers of every urban community ÷ the county's 城镇常住人口.
    const w = p.urbanCommunityWorkers;
    const population = ctx.county?.urbanResidentPopulation;
    if (population === undefined) {
      return {
        numerator: w.numerator,
        denominator: undefined,
        missingCount: w.missingCount + 1,
        missing: mergeMissing(w.missing, [{ unit: ctx.subject, field: COUNTY_URBAN_POPULATION }]),
      };
    }
    return { numerator: w.numerator, denominator: population, missingCount: w.missingCount, missing: w.missing };
  }
  return p.indicators[id];
}

/** Finalize one indicator of a partial. */
export function finalizeOne(
  f: Formula,
  figures: Figures,
  level: IndicatorLevel,
  subject: string,
  share: ElapsedShare,
): IndicatorResult {
  const { def } = f;
  const { numerator, denominator } = figures;
  if (
    figures.missingCount > 0 ||
    // A type guard only: figuresOf leaves the denominator undefined only with the county figure counted missing.
    // Stryker disable next-line ConditionalExpression: missingCount > 0 already holds whenever this is true
    denominator === undefined
  ) {
    return {
      id: def.id,
      clause: def.clause,
      level,
      subject,
      status: 'missing_data',
      value: null,
      numerator: null,
      denominator: null,
      target: def.target.value,
      meetsTarget: null,
      progress: { status: 'no_data', expected: expectedString(f, share) },
      gap: null,
      missing: figures.missing.slice(),
      missingCount: figures.missingCount,
      partial:
        denominator === undefined
          ? null
          : { numerator: sumString(f.numeratorKind, numerator), denominator: sumString(f.denominatorKind, denominator) },
    };
  }
  const numeratorText = sumString(f.numeratorKind, numerator);
  const denominatorText = sumString(f.denominatorKind, denominator);
  if (isZero(denominator)) {
    return {
      id: def.id,
      clause: def.clause,
      level,
      subject,
      status: 'not_applicable',
      value: null,
      numerator: numeratorText,
      denominator: denominatorText,
      target: def.target.value,
      meetsTarget: null,
      progress: { status: 'no_data', expected: expectedString(f, share) },
      gap: null,
      missing: NONE,
      missingCount: 0,
      partial: null,
    };
  }
  const met = meets(f, numerator, denominator);
  return {
    id: def.id,
    clause: def.clause,
    level,
    subject,
    status: 'ok',
    value: valueString(f, numerator, denominator),
    numerator: numeratorText,
    denominator: denominatorText,
    target: def.target.value,
    meetsTarget: met,
    progress: progressOf(f, numerator, denominator, met, share),
    gap: met ? '0' : gapOf(f, numerator, denominator),
    missing: NONE,
    missingCount: 0,
    partial: null,
  };
}

/** The formulas in the plan's order (looked up once). */
const ORDER: readonly (readonly [IndicatorId, Formula])[] = /* @__PURE__ */ INDICATOR_IDS.map((id) => [id, formulaOf(id)] as const);

/** All seven results of a partial, in the plan's order. */
export function finalizeAll(p: IndicatorPartial, ctx: FiguresContext, share: ElapsedShare): IndicatorResult[] {
  const out: IndicatorResult[] = [];
  for (let i = 0; i < ORDER.length; i++) {
    const [id, f] = ORDER[i] as readonly [IndicatorId, Formula];
    out.push(finalizeOne(f, figuresOf(id, p, ctx), ctx.level, ctx.subject, share));
  }
  return out;
}
