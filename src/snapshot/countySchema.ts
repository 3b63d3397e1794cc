import * as z from 'zod';
import { countSchema } from './primitives';

/**
 * County-wide figures (全县): resident population, urban resident population and households.
 *
 * All optional: a figure left out is unknown, and the indicators and rules that read it report `missing_data`.
 *
 * @clause P1.7
 * @example
 * ```ts
 * countySchema.parse({ residentPopulation: 190000, urbanResidentPopulation: 70000 }).urbanResidentPopulation
 * //=> 70000
 * ```
 */
export const countySchema = /* @__PURE__ */ z.strictObject({
  /** Resident population (常住人口). */
  residentPopulation: countSchema.optional(),
  /** Urban resident population (城镇常住人口). */
  urbanResidentPopulation: countSchema.optional(),
  /** Households (户数). */
  households: countSchema.optional(),
});

/**
 * County-wide figures after parsing.
 *
 * @example
 * ```ts
 * const county: CountyFigures = { residentPopulation: 190000 };
 * ```
 */
export type CountyFigures = z.output<typeof countySchema>;
