/**
 * The floor: the seven 专栏1 indicators rolled up per township and for the whole region, written the way a competent
 * engineer would write it by hand for one job: one loop over the parsed units, native numbers, exact integer
 * comparisons, no library code (type imports only).
 *
 * Areas are integer hundredths of m² (`"320.5"` → 32050, read digit by digit, no floats); counts are integers. A sum
 * stays an exact integer: one snapshot holds at most 1,000,000 units, each area at most 10,000,000 m² (10^9
 * hundredths) and each count at most 2·10^9, so every sum is below 2^53. Targets are compared by cross-multiplying,
 * falling back to BigInt in the (unrealistic) case a product leaves the safe-integer range.
 *
 * Readings (as the library documents them in src/indicators/INDICATORS.ts, default options):
 * 1. rural units (committeeType 'village_committee') with hasServiceFacility true / rural units ≥ 80%;
 * 2. the same over urban units ('resident_committee') = 100%;
 * 3. Σ commercialServiceArea / Σ communityBuildingArea over urban units ≥ 10%;
 * 4. Σ facilityBuildingArea (0 when hasServiceFacility is false) / Σ households × 100 ≥ 30 m² per 100 households;
 * 5. Σ facilityActivityArea / Σ facilityBuildingArea over units with hasServiceFacility true ≥ 60%;
 * 6. urban units with hasSelfServiceTerminal true / urban units = 100%;
 * 7. Σ communityWorkers / Σ residentPopulation over urban units × 10,000 ≥ 18 for townships; for the region (the
 *    library's default `urbanPopulationSource: 'county'`), Σ communityWorkers over urban units with a known count /
 *    the snapshot's `county.urbanResidentPopulation` × 10,000, missing only the units' worker counts (and the county
 *    figure when it is not given).
 *
 * A unit missing a field an indicator needs adds nothing to that indicator's sums and counts one missing (unit, field)
 * pair (two when both fields of a ratio are missing; a unit of unknown committee type counts one for each of
 * indicators 1, 2, 3, 6 and 7); an aggregate with any missing pair has status `'missing'`, one with a zero
 * denominator `'no_data'`. These sums and counts are the library's partial sums, so the results can be compared.
 *
 * In the same loop, the 24 unit-level rules (src/rules/unitRules.ts and facilityRules.ts, default options) are judged
 * for every unit, written out rule by rule below as a status code, and counted per township; the first 100 unit codes
 * (in code order) of each rule's `fail`, `pending` and `missing_data` units are kept. Statuses follow the library's
 * documented readings: an unmet target with a due date (2025-12-31, stated or implied by “到2025年末”) is `pending`
 * before it and `fail` from it; a standard with no date fails at once. Classification is by committee type (the
 * generator always writes it; a unit without one counts as unclassified, where the library would also consult its
 * registry of Longchuan's own units).
 *
 * @module
 */
import type { Unit } from '../src/snapshot/index';

/** The seven indicators in the plan's order (the library's IDs). */
export const FLOOR_INDICATOR_IDS = [
  'rural_facility_coverage',
  'urban_facility_coverage',
  'commercial_service_area_share',
  'facility_area_per_100_households',
  'activity_area_share',
  'urban_self_service_coverage',
  'workers_per_10000_urban_residents',
] as const;

/** One of the seven indicator IDs. */
export type FloorIndicatorId = (typeof FLOOR_INDICATOR_IDS)[number];

/** Whether an aggregate meets its target: `'missing'` when a needed field is missing, `'no_data'` when nothing is counted. */
export type FloorStatus = 'met' | 'not_met' | 'missing' | 'no_data';

/** One indicator's aggregate over a township or the region. */
export interface FloorIndicator {
  readonly id: FloorIndicatorId;
  /** Σ numerator over complete units: a count, or hundredths of m² (indicators 3, 4, 5), or workers (7). */
  readonly numerator: number;
  /** Σ denominator over complete units: a count, hundredths of m² (3, 5), households (4) or residents (7). */
  readonly denominator: number;
  /** (unit, field) pairs missing. */
  readonly missingCount: number;
  readonly status: FloorStatus;
}

/** The seven aggregates of one township (9-digit code) or of the region (the snapshot's region code). */
export interface FloorRollup {
  readonly code: string;
  /** Village-level units counted. */
  readonly units: number;
  /** In the plan's order. */
  readonly indicators: readonly FloorIndicator[];
}

/** What {@link floor} returns. */
export interface FloorResult {
  /** The whole region (the county, province or country). */
  readonly county: FloorRollup;
  /** Each township with units, sorted by code. */
  readonly townships: readonly FloorRollup[];
}

/** Target of each indicator as a fraction p/q of (numerator / denominator): value ≥ target ⇔ n·q ≥ p·d. */
const TARGET_P = [80, 1, 10, 30, 60, 1, 18] as const;
const TARGET_Q = [100, 1, 100, 1, 100, 1, 10000] as const;

/** Integer hundredths of a canonical decimal string with at most 2 places: "320.5" → 32050, "12" → 1200. */
export function hundredths(s: string): number {
  let n = 0;
  let places = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) places = 0;
    else {
      n = n * 10 + (c - 48);
      if (places >= 0) places++;
    }
  }
  return places <= 0 ? n * 100 : places === 1 ? n * 10 : n;
}

/** n/d ≥ p/q for non-negative integers, d, q > 0, exactly. */
function atLeast(n: number, d: number, p: number, q: number): boolean {
  const l = n * q;
  const r = p * d;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l >= r;
  return BigInt(n) * BigInt(q) >= BigInt(p) * BigInt(d);
}

/** The unit-level rules in the library's catalogue order (the columns of the rule counts). */
export const FLOOR_RULE_IDS = [
  'p1-5-facility-activity-share',
  't3-opening-hours',
  't3-proxy-government-service',
  't3-online-service-24h',
  't3-satisfaction-survey',
  'p2-2-volunteer-station',
  't7-legal-services',
  'p3-4-disabled-persons-association',
  'p3-9-fitness-circle',
  'p3-11-rural-auxiliary-police',
  'p3-11-urban-community-police',
  'p3-11-urban-auxiliary-police',
  'p3-12-legal-adviser',
  'p3-16-village-plan',
  't8-new-facility-area',
  't10-grid-members',
  't10-ethnic-religious-officer',
  't12-village-cadre-pay-structure',
  't12-pension-insurance',
  't12-medical-insurance',
  't12-housing-fund',
  'p6-1-workers-trained',
  'p6-3-social-workers',
  'p6-3-social-workers-two',
] as const;

/** Rules × statuses: the width of one township's row of counts. */
const RULES = FLOOR_RULE_IDS.length;
const WIDTH = RULES * 5;
/** Status codes, the library's order: pass, fail, pending, not_applicable, missing_data. */
const PASS = 0;
const FAIL = 1;
const PENDING = 2;
const NA = 3;
const MISSING = 4;
/** How many subjects are kept per rule and status (fail, pending, missing_data). */
export const FLOOR_SUBJECT_LIMIT = 100;

/** The smallest `FLOOR_SUBJECT_LIMIT` codes added (codes arrive mostly in order: one comparison skips the rest). */
class Smallest {
  items: string[] = [];
  max: string | undefined;
  add(code: string): void {
    if (this.max !== undefined && code >= this.max) return;
    this.items.push(code);
    if (this.items.length >= 2 * FLOOR_SUBJECT_LIMIT) this.cut();
  }
  cut(): string[] {
    this.items.sort();
    if (this.items.length >= FLOOR_SUBJECT_LIMIT) {
      this.items.length = FLOOR_SUBJECT_LIMIT;
      this.max = this.items[FLOOR_SUBJECT_LIMIT - 1];
    }
    return this.items;
  }
}

/** Minutes after midnight of "HH:MM" at `at`, or -1 when malformed. */
function hhmm(s: string, at: number): number {
  const h1 = s.charCodeAt(at) - 48;
  const h2 = s.charCodeAt(at + 1) - 48;
  const m1 = s.charCodeAt(at + 3) - 48;
  const m2 = s.charCodeAt(at + 4) - 48;
  if (s.charCodeAt(at + 2) !== 58 || h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return -1;
  return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
}

let starts = new Int32Array(64);
let ends = new Int32Array(64);

/** Minutes open in one day's intervals ("HH:MM-HH:MM", overlaps merged), or -1 when an interval is invalid. */
function dayMinutes(list: unknown): number {
  if (!Array.isArray(list)) return -1;
  const n = list.length;
  if (n > starts.length) {
    starts = new Int32Array(n);
    ends = new Int32Array(n);
  }
  for (let i = 0; i < n; i++) {
    const v: unknown = list[i];
    if (typeof v !== 'string' || v.length !== 11 || v.charCodeAt(5) !== 45) return -1;
    const a = hhmm(v, 0);
    const b = hhmm(v, 6);
    if (a < 0 || b < 0 || a >= 1440 || b > 1440 || b <= a) return -1;
    let j = i - 1;
    while (j >= 0 && (starts[j] as number) > a) {
      starts[j + 1] = starts[j] as number;
      ends[j + 1] = ends[j] as number;
      j--;
    }
    starts[j + 1] = a;
    ends[j + 1] = b;
  }
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (let i = 0; i < n; i++) {
    const a = starts[i] as number;
    const b = ends[i] as number;
    if (curE >= a) {
      if (b > curE) curE = b;
    } else {
      if (curE >= 0) total += curE - curS;
      curS = a;
      curE = b;
    }
  }
  return curE >= 0 ? total + curE - curS : total;
}

/**
 * T3 opening hours under the default reading (openingHoursBasis 'five_days'): at least five days of the week, any
 * five, each open at least 8 hours (480 minutes); the other two days are not judged. A week with no open day fails.
 */
function openingStatus(schedule: unknown): number {
  if (typeof schedule !== 'object' || schedule === null || Array.isArray(schedule)) return MISSING;
  const w = schedule as Record<string, unknown>;
  for (const key in w) {
    if (key !== 'mon' && key !== 'tue' && key !== 'wed' && key !== 'thu' && key !== 'fri' && key !== 'sat' && key !== 'sun') return MISSING;
  }
  const d1 = dayMinutes(w.mon);
  const d2 = dayMinutes(w.tue);
  const d3 = dayMinutes(w.wed);
  const d4 = dayMinutes(w.thu);
  const d5 = dayMinutes(w.fri);
  const d6 = dayMinutes(w.sat);
  const d7 = dayMinutes(w.sun);
  if (d1 < 0 || d2 < 0 || d3 < 0 || d4 < 0 || d5 < 0 || d6 < 0 || d7 < 0) return MISSING;
  let fullDays = 0;
  for (const m of [d1, d2, d3, d4, d5, d6, d7]) if (m >= 480) fullDays++;
  return fullDays >= 5 ? PASS : FAIL;
}

/** Running sums of one township: numerator, denominator and missing count of each indicator. */
class Sums {
  /** Where this township's row of rule counts starts. */
  at = 0;
  units = 0;
  n1 = 0; d1 = 0; m1 = 0;
  n2 = 0; d2 = 0; m2 = 0;
  n3 = 0; d3 = 0; m3 = 0;
  n4 = 0; d4 = 0; m4 = 0;
  n5 = 0; d5 = 0; m5 = 0;
  n6 = 0; d6 = 0; m6 = 0;
  n7 = 0; d7 = 0; m7 = 0;
  /** Indicator 7's county reading: Σ communityWorkers of urban units with a known count, and the units missing it. */
  w7 = 0; mw7 = 0;

  add(o: Sums): void {
    this.units += o.units;
    this.n1 += o.n1; this.d1 += o.d1; this.m1 += o.m1;
    this.n2 += o.n2; this.d2 += o.d2; this.m2 += o.m2;
    this.n3 += o.n3; this.d3 += o.d3; this.m3 += o.m3;
    this.n4 += o.n4; this.d4 += o.d4; this.m4 += o.m4;
    this.n5 += o.n5; this.d5 += o.d5; this.m5 += o.m5;
    this.n6 += o.n6; this.d6 += o.d6; this.m6 += o.m6;
    this.n7 += o.n7; this.d7 += o.d7; this.m7 += o.m7;
    this.w7 += o.w7; this.mw7 += o.mw7;
  }

  /**
   * The seven aggregates. With `county` (the region's roll-up), indicator 7 is over the county's urban population:
   * `countyPopulation` when given, else missing (one more missing pair).
   */
  rollup(code: string, county?: { readonly countyPopulation: number | undefined }): FloorRollup {
    const n = [this.n1, this.n2, this.n3, this.n4, this.n5, this.n6, county ? this.w7 : this.n7];
    const d = [this.d1, this.d2, this.d3, this.d4, this.d5, this.d6, county ? (county.countyPopulation ?? 0) : this.d7];
    const m = [this.m1, this.m2, this.m3, this.m4, this.m5, this.m6, county ? this.mw7 + (county.countyPopulation === undefined ? 1 : 0) : this.m7];
    const indicators: FloorIndicator[] = [];
    for (let i = 0; i < 7; i++) {
      const ni = n[i] as number;
      const di = d[i] as number;
      const mi = m[i] as number;
      const status: FloorStatus =
        mi > 0 ? 'missing' : di === 0 ? 'no_data' : atLeast(ni, di, TARGET_P[i] as number, TARGET_Q[i] as number) ? 'met' : 'not_met';
      indicators.push({ id: FLOOR_INDICATOR_IDS[i] as FloorIndicatorId, numerator: ni, denominator: di, missingCount: mi, status });
    }
    return { code, units: this.units, indicators };
  }
}

/** Add one unit into its township's sums. */
function addUnit(s: Sums, u: Unit): void {
  s.units++;
  const has = u.hasServiceFacility;
  const type = u.committeeType;

  if (type === undefined) {
    // Unknown classification: reported missing by every classified indicator.
    s.m1++; s.m2++; s.m3++; s.m6++; s.m7++; s.mw7++;
  } else if (type === 'village_committee') {
    if (has === undefined) s.m1++;
    else { s.d1++; if (has) s.n1++; }
  } else {
    if (has === undefined) s.m2++;
    else { s.d2++; if (has) s.n2++; }

    const t = u.hasSelfServiceTerminal;
    if (t === undefined) s.m6++;
    else { s.d6++; if (t) s.n6++; }

    const c = u.commercialServiceArea;
    const b = u.communityBuildingArea;
    if (c === undefined || b === undefined) s.m3 += (c === undefined ? 1 : 0) + (b === undefined ? 1 : 0);
    else { s.n3 += hundredths(c); s.d3 += hundredths(b); }

    const w = u.communityWorkers;
    const p = u.residentPopulation;
    if (w === undefined || p === undefined) s.m7 += (w === undefined ? 1 : 0) + (p === undefined ? 1 : 0);
    else { s.n7 += w; s.d7 += p; }
    if (w === undefined) s.mw7++;
    else s.w7 += w;
  }

  const building = u.facilityBuildingArea;
  const hh = u.households;
  const area = has === false ? 0 : building === undefined ? -1 : hundredths(building);
  if (area < 0 || hh === undefined) s.m4 += (area < 0 ? 1 : 0) + (hh === undefined ? 1 : 0);
  else { s.n4 += area; s.d4 += hh; }

  if (has === undefined) s.m5++;
  else if (has) {
    const activity = u.facilityActivityArea;
    if (activity === undefined || building === undefined) {
      s.m5 += (activity === undefined ? 1 : 0) + (building === undefined ? 1 : 0);
    } else { s.n5 += hundredths(activity); s.d5 += hundredths(building); }
  }
}

/** The unit-level rules counted: per township (in the order of `townships`) a row of 24 × 5 counts. */
export interface FloorRuleCounts {
  /** `FLOOR_RULE_IDS`. */
  readonly ids: readonly string[];
  /** Township t's count of status s for rule r is at `(t × 24 + r) × 5 + s` (townships in code order). */
  readonly counts: Int32Array;
  /** Over all units: rule r's count of status s at `r × 5 + s`. */
  readonly totals: Int32Array;
  /** Rule r's first codes with status fail (`3r`), pending (`3r + 1`) and missing_data (`3r + 2`). */
  readonly subjects: readonly (readonly string[])[];
}

/** What {@link floor} returns, with the unit-level rules. */
export interface FloorWithRules extends FloorResult {
  readonly rules: FloorRuleCounts;
}

/**
 * Roll the seven indicators up per township and for the region over already-parsed units (`parseSnapshot(...)`),
 * each aggregate with its numerator, denominator, missing count and whether it meets the 2025 target; and judge
 * every unit on the 24 unit-level rules, counted per township.
 *
 * @example
 * ```ts
 * floor(parseSnapshot(input)).county.indicators[0]
 * //=> { id: 'rural_facility_coverage', numerator: 60, denominator: 68, missingCount: 0, status: 'met' }
 * ```
 */
export function floor(snapshot: {
  readonly units: readonly Unit[];
  readonly regionCode?: string | undefined;
  readonly asOf: string;
  readonly county?: { readonly urbanResidentPopulation?: number | undefined } | undefined;
}): FloorWithRules {
  const asOf = snapshot.asOf;
  // Unmet targets due 2025-12-31 are pending before that day (the satisfaction survey's among them).
  const byPlanEnd = asOf < '2025-12-31' ? PENDING : FAIL;

  const byTownship = new Map<string, Sums>();
  let counts = new Int32Array(WIDTH * 1024);
  let townshipCount = 0;
  const lists: Smallest[] = Array.from({ length: RULES * 3 }, () => new Smallest());
  let last: Sums | undefined;
  let lastCode = '';
  const units = snapshot.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    let s = last;
    if (s === undefined || u.townshipCode !== lastCode) {
      s = byTownship.get(u.townshipCode);
      if (s === undefined) {
        s = new Sums();
        s.at = townshipCount * WIDTH;
        townshipCount++;
        if (townshipCount * WIDTH > counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
        byTownship.set(u.townshipCode, s);
      }
      last = s;
      lastCode = u.townshipCode;
    }
    addUnit(s, u);

    // ---- The 24 unit-level rules, in catalogue order. ----
    const code = u.code;
    const type = u.committeeType;
    const urban = type === 'resident_committee';
    const rural = type === 'village_committee';
    const has = u.hasServiceFacility;
    const workers = u.communityWorkers;
    let st: number;
    let row = s.at;

    // p1-5 activity area ≥ 60 % of the facility's building area, per facility (due 2025).
    if (has === false) st = NA;
    else {
      const a = u.facilityActivityArea;
      const b = u.facilityBuildingArea;
      if (a === undefined || b === undefined) st = MISSING;
      else {
        const bh = hundredths(b);
        st = bh === 0 ? NA : hundredths(a) * 100 >= 60 * bh ? PASS : byPlanEnd;
      }
    }
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[st === FAIL ? 0 : st === PENDING ? 1 : 2] as Smallest).add(code);
    row += 5;

    // t3 opening hours ≥ 8 h on at least five days a week (a standard: fails at once).
    if (has === false) st = NA;
    else st = u.openingSchedule === undefined ? MISSING : openingStatus(u.openingSchedule);
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[3 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // t3 proxy government services (全覆盖, due by the plan's end).
    const proxy = u.hasProxyGovernmentService;
    st = proxy === undefined ? MISSING : proxy ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[6 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // t3 24-hour online service (a standard).
    const online = u.hasOnlineService24h;
    st = online === undefined ? MISSING : online ? PASS : FAIL;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[9 + (st === FAIL ? 0 : 2)] as Smallest).add(code);
    row += 5;

    // t3 satisfaction survey: one in the plan period (2021-01-01 to asOf) covers the unit (全覆盖, due by the plan's end).
    const survey = u.lastSatisfactionSurveyOn;
    st = survey === undefined ? MISSING : survey >= '2021-01-01' && survey <= asOf ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[12 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // p2-2 a volunteer station in every facility (due 2025).
    if (has === false) st = NA;
    else {
      const v = u.hasVolunteerStation;
      st = v === undefined ? MISSING : v ? PASS : byPlanEnd;
    }
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[15 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // t7 legal services, p3-4 disabled persons' association, p3-9 fitness circle (全覆盖, due by the plan's end).
    const legal = u.hasPublicLegalServices;
    st = legal === undefined ? MISSING : legal ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[18 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;
    const disabled = u.hasDisabledPersonsAssociation;
    st = disabled === undefined ? MISSING : disabled ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[21 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;
    const fitness = u.inFitnessCircle;
    st = fitness === undefined ? MISSING : fitness ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[24 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // p3-11 one auxiliary officer per village; one officer and two auxiliaries per urban community (by the plan's end).
    const aux = u.auxiliaryPoliceOfficers;
    st = !rural && !urban ? MISSING : urban ? NA : aux === undefined ? MISSING : aux >= 1 ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[27 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;
    const police = u.communityPoliceOfficers;
    st = !rural && !urban ? MISSING : rural ? NA : police === undefined ? MISSING : police >= 1 ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[30 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;
    st = !rural && !urban ? MISSING : rural ? NA : aux === undefined ? MISSING : aux >= 2 ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[33 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // p3-12 a legal adviser for every unit (a standard).
    const advisers = u.legalAdvisers;
    st = advisers === undefined ? MISSING : advisers >= 1 ? PASS : FAIL;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[36 + (st === FAIL ? 0 : 2)] as Smallest).add(code);
    row += 5;

    // p3-16 each administrative village's plan compiled (due 2025), by committee type.
    const plan = u.villagePlanCompleted;
    st = !rural && !urban ? MISSING : urban ? NA : plan === undefined ? MISSING : plan ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[39 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // t8 new facilities (completed 2021–2025): at least 30 m² per 100 households (a standard).
    if (has === false) st = NA;
    else {
      const built = u.facilityCompletedOn;
      if (built === undefined) st = MISSING;
      else if (built < '2021-01-01' || built > '2025-12-31') st = NA;
      else {
        const area = u.facilityBuildingArea;
        const hh = u.households;
        st = area === undefined || hh === undefined ? MISSING : hh === 0 ? NA : hundredths(area) >= 30 * hh ? PASS : FAIL;
      }
    }
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[42 + (st === FAIL ? 0 : 2)] as Smallest).add(code);
    row += 5;

    // t10 grid members assigned (a standard); an ethnic-religious officer where that work is heavy (informational).
    const grid = u.gridMembers;
    st = grid === undefined ? MISSING : grid >= 1 ? PASS : FAIL;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[45 + (st === FAIL ? 0 : 2)] as Smallest).add(code);
    row += 5;
    const heavy = u.heavyEthnicReligiousWork;
    const officers = u.ethnicReligiousOfficers;
    st = heavy === undefined ? MISSING : !heavy ? NA : officers === undefined ? MISSING : officers >= 1 ? PASS : FAIL;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[48 + (st === FAIL ? 0 : 2)] as Smallest).add(code);
    row += 5;

    // t12 village cadres' pay in four parts (rural units; a standard).
    if (!rural && !urban) st = MISSING;
    else if (urban) st = NA;
    else {
      const pay = u.cadrePay;
      if (pay === undefined) st = MISSING;
      else {
        const a = pay.basicPay;
        const b = pay.postAllowance;
        const c = pay.performanceAllowance;
        const d = pay.collectiveIncomeReward;
        st = a === undefined || b === undefined || c === undefined || d === undefined ? MISSING : a && b && c && d ? PASS : FAIL;
      }
    }
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[51 + (st === FAIL ? 0 : 2)] as Smallest).add(code);
    row += 5;

    // t12 pension, medical insurance and housing fund for every community worker (urban units; standards).
    for (let k = 0; k < 3; k++) {
      const covered = k === 0 ? u.workersWithPensionInsurance : k === 1 ? u.workersWithMedicalInsurance : u.workersWithHousingFund;
      if (!rural && !urban) st = MISSING;
      else if (rural) st = NA;
      else st = workers === undefined || covered === undefined ? MISSING : workers === 0 ? NA : covered >= workers ? PASS : FAIL;
      counts[row + st] = (counts[row + st] as number) + 1;
      if (st !== PASS && st !== NA) (lists[54 + 3 * k + (st === FAIL ? 0 : 2)] as Smallest).add(code);
      row += 5;
    }

    // p6-1 every community worker trained once (all units, by the plan's end).
    const trained = u.communityWorkersTrained;
    st = workers === undefined || trained === undefined ? MISSING : workers === 0 ? NA : trained >= workers ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS && st !== NA) (lists[63 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;

    // p6-3 at least one, and (the aim) two professional social workers per community (due 2025).
    const social = u.professionalSocialWorkers;
    st = social === undefined ? MISSING : social >= 1 ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[66 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
    row += 5;
    st = social === undefined ? MISSING : social >= 2 ? PASS : byPlanEnd;
    counts[row + st] = (counts[row + st] as number) + 1;
    if (st !== PASS) (lists[69 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as Smallest).add(code);
  }

  // Townships in code order: their sums rolled up, their rows of counts reordered likewise.
  const codes = [...byTownship.keys()].sort();
  const total = new Sums();
  const townships: FloorRollup[] = [];
  const ordered = new Int32Array(codes.length * WIDTH);
  const totals = new Int32Array(WIDTH);
  codes.forEach((code, t) => {
    const s = byTownship.get(code) as Sums;
    total.add(s);
    townships.push(s.rollup(code));
    for (let k = 0; k < WIDTH; k++) {
      const v = counts[s.at + k] as number;
      ordered[t * WIDTH + k] = v;
      totals[k] = (totals[k] as number) + v;
    }
  });
  return {
    county: total.rollup(snapshot.regionCode ?? '533124', { countyPopulation: snapshot.county?.urbanResidentPopulation }),
    townships,
    rules: { ids: FLOOR_RULE_IDS, counts: ordered, totals, subjects: lists.map((l) => l.cut().slice()) },
  };
}
