import { PlanInputError } from '../_lib/PlanInputError';
import { classificationField, type ClassifyBy } from '../snapshot/classifyUnit';
import { showValue } from '../_lib/showValue';

/**
 * The readings a caller may change where the plan leaves a choice open. Every option has a default that is the
 * library's documented reading.
 *
 * - `classifyBy` (indicators 1, 2, 3, 6, 7): how units are sorted into rural and urban communities:
 *   `'committee'` (default: 村民委员会 rural, 社区居民委员会 urban), `'nbs_code'` or `'caller'`.
 * - `commercialShareScope` (indicator 3): `'urban'` (default: every urban community) or `'new_urban'` (only urban
 *   communities with `newCommunity` true, the 新建 reading of other local plans).
 * - `urbanPopulationSource` (indicator 7): `'county'` (default: the county-level value is over the county's
 *   城镇常住人口, `county.urbanResidentPopulation`, a statistics-bureau figure; missing data when it is not given) or
 *   `'units'` (the urban communities' summed resident population). Township and unit values are always over the
 *   communities' own residents.
 * - `farmCommunities` (indicators 2, 3, 6, 7): `'include'` (default: the four 社区居民委员会 of 陇川农场, 533124400001–004,
 *   are urban communities like the others) or `'exclude'` (left out of the urban indicators).
 *
 * @clause P1.1
 * @clause P1.3
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const options: IndicatorOptions = { urbanPopulationSource: 'county' }; // the default
 * const snapshot = parseSnapshot({
 *   asOf: '2024-12-31',
 *   county: { urbanResidentPopulation: 5000 },
 *   units: [{ code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 3000 }],
 * });
 * computeIndicators(snapshot, options).county[6]?.value // 9 ÷ 5000 × 10000, not 9 ÷ 3000 × 10000
 * //=> '18'
 * ```
 */
export interface IndicatorOptions {
  /** How units are classified urban or rural; default `'committee'`. */
  readonly classifyBy?: ClassifyBy;
  /** Which urban communities indicator 3 covers; default `'urban'`. */
  readonly commercialShareScope?: 'urban' | 'new_urban';
  /** Where indicator 7's county-level denominator comes from; default `'county'` (城镇常住人口). */
  readonly urbanPopulationSource?: 'county' | 'units';
  /** Whether the farm's four residents' committees count as urban communities; default `'include'`. */
  readonly farmCommunities?: 'include' | 'exclude';
}

/** Options with every default filled in, plus the field name the classification reads. @internal */
export interface ResolvedOptions {
  readonly classifyBy: ClassifyBy;
  readonly classField: string;
  readonly newOnly: boolean;
  readonly countyPopulation: boolean;
  readonly excludeFarm: boolean;
}

const CLASSIFY_BY: readonly string[] = ['committee', 'nbs_code', 'caller'];

function bad(name: string, value: unknown, allowed: readonly string[]): never {
  throw new PlanInputError({
    code: 'invalid_option',
    path: [name],
    messageZh: `选项 ${name} 应为 ${allowed.join('、')} 之一，实际为 ${showValue(value)}`,
    messageEn: `option ${name} must be one of ${allowed.join(', ')}, got ${showValue(value)}`,
  });
}

/**
 * Fill in defaults and reject unknown option values (from untyped callers).
 *
 * @internal
 */
export function resolveOptions(options: IndicatorOptions | undefined): ResolvedOptions {
  const classifyBy = options?.classifyBy ?? 'committee';
  if (!CLASSIFY_BY.includes(classifyBy)) bad('classifyBy', classifyBy, CLASSIFY_BY);
  const scope = options?.commercialShareScope ?? 'urban';
  if (scope !== 'urban' && scope !== 'new_urban') bad('commercialShareScope', scope, ['urban', 'new_urban']);
  const source = options?.urbanPopulationSource ?? 'county';
  if (source !== 'units' && source !== 'county') bad('urbanPopulationSource', source, ['county', 'units']);
  const farm = options?.farmCommunities ?? 'include';
  if (farm !== 'include' && farm !== 'exclude') bad('farmCommunities', farm, ['include', 'exclude']);
  return {
    classifyBy,
    classField: classificationField(classifyBy),
    newOnly: scope === 'new_urban',
    countyPopulation: source === 'county',
    excludeFarm: farm === 'exclude',
  };
}
