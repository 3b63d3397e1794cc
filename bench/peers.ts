/**
 * Peers: the rule engines people reach for in JavaScript, json-logic-js and json-rules-engine (dev dependencies
 * only), evaluating the same unit-level rules as the library with the same results.
 *
 * Which rules: the 21 of the 24 unit-level rules that plain rule languages express with booleans, integers and
 * ISO-date strings (default options, the snapshot's as-of date). Left out: the activity-area share (p1-5) and the
 * new-facility area per 100 households (t8), which compare decimal areas (exact only as integer hundredths, which
 * neither engine can derive from "320.5" without floating point), and the opening hours (t3), which merge
 * "HH:MM-HH:MM" intervals (no operator for that). Units are classified by `committeeType`, which the generated data
 * always carries (the library also falls back to its registry of Longchuan's own units; the peers cannot).
 *
 * Each rule is written once as a decision list in a small neutral form (`Branch[]`: the first branch whose condition
 * holds gives the status, the last is the default), then translated mechanically into each engine's language:
 * one json-logic `if` per rule (json-logic's own if/else-if chain); for json-rules-engine one engine rule per
 * conditional branch with that branch's condition only, the first branch that fired chosen in plain code after the
 * run (see bench/README.md, "Peers: why each set-up is the fair one").
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RuleId } from '../src/rules/index';
import type { Unit } from '../src/snapshot/index';

const require = createRequire(import.meta.url);
/** json-logic-js (CommonJS, no types of its own). */
const jsonLogic = require('json-logic-js') as { apply(logic: unknown, data?: unknown): unknown };

/** Status codes, the library's order. */
const PASS = 0;
const FAIL = 1;
const PENDING = 2;
const NA = 3;
const MISSING = 4;

/** A condition in the neutral form. Fields may be dotted (`cadrePay.basicPay`). */
export type Cond =
  | { readonly missing: string }
  | { readonly is: string; readonly value: boolean | string | number }
  | { readonly atLeast: string; readonly value: number }
  | { readonly atLeastField: string; readonly than: string }
  | { readonly between: string; readonly from: string; readonly to: string }
  | { readonly all: readonly Cond[] }
  | { readonly any: readonly Cond[] };

/** One branch of a decision list; `when` undefined means "otherwise" (the last branch). */
export interface Branch {
  readonly when?: Cond;
  readonly status: number;
}

/** One peer rule: the library's rule ID and its decision list. */
export interface PeerRule {
  readonly id: RuleId;
  readonly branches: readonly Branch[];
}

const missing = (f: string): Cond => ({ missing: f });
const is = (f: string, value: boolean | string | number): Cond => ({ is: f, value });
const atLeast = (f: string, value: number): Cond => ({ atLeast: f, value });
const any = (...c: Cond[]): Cond => ({ any: c });
const all = (...c: Cond[]): Cond => ({ all: c });

/** The 21 rules in the library's catalogue order, for a snapshot judged on `asOf`. */
export function peerRules(asOf: string): PeerRule[] {
  // An unmet target due by the plan's end (2025-12-31, stated or implied) is pending before that day.
  const U = asOf < '2025-12-31' ? PENDING : FAIL;
  const rural = is('committeeType', 'village_committee');
  const urban = is('committeeType', 'resident_committee');
  const unclassified = missing('committeeType');
  const flag = (id: RuleId, f: string, unmet: number): PeerRule => ({
    id,
    branches: [{ when: missing(f), status: MISSING }, { when: is(f, true), status: PASS }, { status: unmet }],
  });
  const count = (id: RuleId, f: string, k: number, unmet: number, filter?: 'urban' | 'rural'): PeerRule => ({
    id,
    branches: [
      ...(filter === undefined
        ? []
        : [
            { when: unclassified, status: MISSING },
            { when: filter === 'urban' ? rural : urban, status: NA },
          ]),
      { when: missing(f), status: MISSING },
      { when: atLeast(f, k), status: PASS },
      { status: unmet },
    ],
  });
  const covered = (id: RuleId, f: string, unmet: number, urbanOnly: boolean): PeerRule => ({
    id,
    branches: [
      ...(urbanOnly
        ? [
            { when: unclassified, status: MISSING },
            { when: rural, status: NA },
          ]
        : []),
      { when: any(missing('communityWorkers'), missing(f)), status: MISSING },
      { when: is('communityWorkers', 0), status: NA },
      { when: { atLeastField: f, than: 'communityWorkers' }, status: PASS },
      { status: unmet },
    ],
  });
  return [
    flag('t3-proxy-government-service', 'hasProxyGovernmentService', U),
    flag('t3-online-service-24h', 'hasOnlineService24h', FAIL),
    {
      id: 't3-satisfaction-survey',
      branches: [
        { when: missing('lastSatisfactionSurveyOn'), status: MISSING },
        // A survey in the plan period (2021-01-01 to asOf) covers the unit; a 全覆盖 target due by the plan's end.
        { when: { between: 'lastSatisfactionSurveyOn', from: '2021-01-01', to: asOf }, status: PASS },
        { status: U },
      ],
    },
    {
      id: 'p2-2-volunteer-station',
      branches: [
        { when: is('hasServiceFacility', false), status: NA },
        { when: missing('hasVolunteerStation'), status: MISSING },
        { when: is('hasVolunteerStation', true), status: PASS },
        { status: U },
      ],
    },
    flag('t7-legal-services', 'hasPublicLegalServices', U),
    flag('p3-4-disabled-persons-association', 'hasDisabledPersonsAssociation', U),
    flag('p3-9-fitness-circle', 'inFitnessCircle', U),
    count('p3-11-rural-auxiliary-police', 'auxiliaryPoliceOfficers', 1, U, 'rural'),
    count('p3-11-urban-community-police', 'communityPoliceOfficers', 1, U, 'urban'),
    count('p3-11-urban-auxiliary-police', 'auxiliaryPoliceOfficers', 2, U, 'urban'),
    count('p3-12-legal-adviser', 'legalAdvisers', 1, FAIL),
    {
      id: 'p3-16-village-plan',
      branches: [
        { when: unclassified, status: MISSING },
        { when: urban, status: NA },
        { when: missing('villagePlanCompleted'), status: MISSING },
        { when: is('villagePlanCompleted', true), status: PASS },
        { status: U },
      ],
    },
    count('t10-grid-members', 'gridMembers', 1, FAIL),
    {
      id: 't10-ethnic-religious-officer',
      branches: [
        { when: missing('heavyEthnicReligiousWork'), status: MISSING },
        { when: is('heavyEthnicReligiousWork', false), status: NA },
        { when: missing('ethnicReligiousOfficers'), status: MISSING },
        { when: atLeast('ethnicReligiousOfficers', 1), status: PASS },
        { status: FAIL },
      ],
    },
    {
      id: 't12-village-cadre-pay-structure',
      branches: [
        { when: unclassified, status: MISSING },
        { when: urban, status: NA },
        {
          when: any(missing('cadrePay'), missing('cadrePay.basicPay'), missing('cadrePay.postAllowance'), missing('cadrePay.performanceAllowance'), missing('cadrePay.collectiveIncomeReward')),
          status: MISSING,
        },
        {
          when: all(is('cadrePay.basicPay', true), is('cadrePay.postAllowance', true), is('cadrePay.performanceAllowance', true), is('cadrePay.collectiveIncomeReward', true)),
          status: PASS,
        },
        { status: FAIL },
      ],
    },
    covered('t12-pension-insurance', 'workersWithPensionInsurance', FAIL, true),
    covered('t12-medical-insurance', 'workersWithMedicalInsurance', FAIL, true),
    covered('t12-housing-fund', 'workersWithHousingFund', FAIL, true),
    covered('p6-1-workers-trained', 'communityWorkersTrained', U, false),
    count('p6-3-social-workers', 'professionalSocialWorkers', 1, U),
    count('p6-3-social-workers-two', 'professionalSocialWorkers', 2, U),
  ];
}

/** The IDs of the peer rules, catalogue order. */
export const PEER_RULE_IDS: readonly RuleId[] = peerRules('2024-12-31').map((r) => r.id);

// ---------------------------------------------------------------------------------------------------------------
// json-logic-js
// ---------------------------------------------------------------------------------------------------------------

function logicOf(c: Cond): unknown {
  if ('missing' in c) return { '==': [{ var: c.missing }, null] };
  if ('is' in c) return { '===': [{ var: c.is }, c.value] };
  if ('atLeast' in c) return { '>=': [{ var: c.atLeast }, c.value] };
  if ('atLeastField' in c) return { '>=': [{ var: c.atLeastField }, { var: c.than }] };
  if ('between' in c) return { '<=': [c.from, { var: c.between }, c.to] };
  if ('all' in c) return { and: c.all.map(logicOf) };
  return { or: c.any.map(logicOf) };
}

/** Each rule as one json-logic expression giving its status code. */
export function jsonLogicRules(rules: readonly PeerRule[]): unknown[] {
  return rules.map((r) => {
    const args: unknown[] = [];
    for (const b of r.branches) {
      if (b.when === undefined) args.push(b.status);
      else args.push(logicOf(b.when), b.status);
    }
    return { if: args };
  });
}

/** What a peer run gives: per rule and status, the count (rule-major, 5 per rule); and each unit's statuses. */
export interface PeerCounts {
  readonly counts: Int32Array;
  readonly statuses: Uint8Array;
}

/** Judge every unit on every rule with json-logic-js. */
export function runJsonLogic(units: readonly Unit[], logic: readonly unknown[]): PeerCounts {
  const n = logic.length;
  const counts = new Int32Array(n * 5);
  const statuses = new Uint8Array(units.length * n);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    for (let r = 0; r < n; r++) {
      const s = jsonLogic.apply(logic[r], u) as number;
      counts[r * 5 + s] = (counts[r * 5 + s] as number) + 1;
      statuses[i * n + r] = s;
    }
  }
  return { counts, statuses };
}

// ---------------------------------------------------------------------------------------------------------------
// json-rules-engine
// ---------------------------------------------------------------------------------------------------------------

/** A dotted field as the engine writes it: the fact, and the property within it for the custom `pathResolver`. */
function factOf(field: string): { fact: string; path?: string } {
  const dot = field.indexOf('.');
  return dot < 0 ? { fact: field } : { fact: field.slice(0, dot), path: field.slice(dot + 1) };
}

function engineCondition(c: Cond): NestedCondition {
  if ('missing' in c) return { ...factOf(c.missing), operator: 'isMissing', value: true };
  if ('is' in c) return { ...factOf(c.is), operator: 'equal', value: c.value };
  if ('atLeast' in c) return { ...factOf(c.atLeast), operator: 'greaterThanInclusive', value: c.value };
  if ('atLeastField' in c) return { ...factOf(c.atLeastField), operator: 'greaterThanInclusive', value: { fact: c.than } };
  if ('between' in c) {
    return {
      all: [
        { ...factOf(c.between), operator: 'onOrAfter', value: c.from },
        { ...factOf(c.between), operator: 'onOrBefore', value: c.to },
      ],
    };
  }
  if ('all' in c) return { all: c.all.map(engineCondition) };
  return { any: c.any.map(engineCondition) };
}

/**
 * `pathResolver` (json-rules-engine docs/rules.md, "Condition helpers: custom path resolver"): one property of a fact
 * object (`cadrePay` + `basicPay`), instead of the default JSONPath evaluation (jsonpath-plus) of `$.basicPay`. The
 * docs recommend it where "the higher performance offered by simpler object traversal" is preferable; every path
 * here is one property deep.
 */
function pathResolver(object: unknown, path: string): unknown {
  return (object as Record<string, unknown>)[path];
}

/** What {@link jsonRulesEngine} builds: the engine, and per peer rule its default status (the last branch's). */
export interface RulesEngineSetup {
  readonly engine: Engine;
  /** Per peer rule, the status when none of its conditional branches fires. */
  readonly defaults: readonly number[];
  /** Per peer rule, the status of each conditional branch, in order. */
  readonly branchStatus: readonly (readonly number[])[];
}

/**
 * The decision lists as json-rules-engine rules, written as the engine's documentation shows: one engine rule per
 * conditional branch holding only that branch's condition, firing `{ type: 'branch', params: { rule, branch } }`;
 * the caller picks, per peer rule, the first branch that fired (or the default) in plain code after `engine.run`
 * ({@link runJsonRulesEngine}). No branch repeats the negation of the earlier ones. Facts are the unit's own
 * properties (`engine.run(unit)`, runtime facts); absent properties are undefined facts (`allowUndefinedFacts`);
 * nested properties go through a one-property {@link pathResolver}.
 */
export function jsonRulesEngine(rules: readonly PeerRule[]): RulesEngineSetup {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver });
  engine.addOperator<unknown, boolean>('isMissing', (factValue, expected) => (factValue === undefined) === expected);
  // ISO dates compare as strings (the date operators of json-rules-engine's docs are custom operators like these).
  engine.addOperator<unknown, string>('onOrAfter', (factValue, day) => typeof factValue === 'string' && factValue >= day);
  engine.addOperator<unknown, string>('onOrBefore', (factValue, day) => typeof factValue === 'string' && factValue <= day);
  const defaults: number[] = [];
  const branchStatus: number[][] = [];
  rules.forEach((rule, r) => {
    const statuses: number[] = [];
    let fallback: number | undefined;
    for (const b of rule.branches) {
      if (b.when === undefined) {
        fallback = b.status;
        break;
      }
      const c = engineCondition(b.when);
      const conditions: TopLevelCondition = 'all' in c || 'any' in c ? (c as TopLevelCondition) : { all: [c] };
      const properties: RuleProperties = { conditions, event: { type: 'branch', params: { rule: r, branch: statuses.length } } };
      engine.addRule(properties);
      statuses.push(b.status);
    }
    if (fallback === undefined) throw new Error(`peer rule ${rule.id}: the last branch must be the default`);
    defaults.push(fallback);
    branchStatus.push(statuses);
  });
  return { engine, defaults, branchStatus };
}

/**
 * Judge every unit on every rule with json-rules-engine: one `engine.run(unit)` per unit, as its docs show, then per
 * rule the first branch that fired gives the status (none fired: the rule's default).
 */
export async function runJsonRulesEngine(units: readonly Unit[], setup: RulesEngineSetup): Promise<PeerCounts> {
  const { engine, defaults, branchStatus } = setup;
  const rules = defaults.length;
  const counts = new Int32Array(rules * 5);
  const statuses = new Uint8Array(units.length * rules);
  const first = new Int32Array(rules);
  for (let i = 0; i < units.length; i++) {
    const { events } = await engine.run(units[i] as Record<string, unknown>);
    first.fill(-1);
    for (const e of events) {
      const { rule, branch } = e.params as { rule: number; branch: number };
      const f = first[rule] as number;
      if (f < 0 || branch < f) first[rule] = branch;
    }
    for (let r = 0; r < rules; r++) {
      const f = first[r] as number;
      const s = f < 0 ? (defaults[r] as number) : ((branchStatus[r] as number[])[f] as number);
      statuses[i * rules + r] = s;
      counts[r * 5 + s] = (counts[r * 5 + s] as number) + 1;
    }
  }
  return { counts, statuses };
}
