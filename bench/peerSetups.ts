/**
 * What the fair set-up of json-rules-engine changes (issue 19), measured in one run: the library's `countUnitRules`,
 * json-rules-engine as it was set up before issue 19 (each branch's rule repeats `not` of every earlier branch; nested
 * fields through the default JSONPath resolver), and json-rules-engine as its documentation shows (bench/peers.ts),
 * alternating, on the same units, after checking that both set-ups give every unit the library's status.
 *
 *   node --expose-gc --import tsx bench/peerSetups.ts [longchuan|yunnan] [step]
 *
 * Keeps its output as bench/results/peer-setups-<scale>-<date>.txt (bench/record.ts). Bench script, never imported
 * by `src/`.
 *
 * @module
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { countUnitRules } from '../src/rules/index';
import { parseSnapshot, type Snapshot, type Unit } from '../src/snapshot/index';
import { expectedPeerStatuses, peerStatusDiff } from './check';
import { ensureSnapshotFile, readSnapshotFile, type Scale } from './generate';
import { formatCount, runBench, tableOf } from './harness';
import { jsonRulesEngine, PEER_RULE_IDS, peerRules, runJsonRulesEngine, type Cond, type PeerCounts, type PeerRule } from './peers';
import { formatHeader, runHeader, startRecording } from './record';

/** A dotted field as the set-up before issue 19 wrote it: a JSONPath `$.x` for the default resolver. */
function factBefore(field: string): { fact: string; path?: string } {
  const dot = field.indexOf('.');
  return dot < 0 ? { fact: field } : { fact: field.slice(0, dot), path: `$.${field.slice(dot + 1)}` };
}

function conditionBefore(c: Cond): NestedCondition {
  if ('missing' in c) return { ...factBefore(c.missing), operator: 'isMissing', value: true };
  if ('is' in c) return { ...factBefore(c.is), operator: 'equal', value: c.value };
  if ('atLeast' in c) return { ...factBefore(c.atLeast), operator: 'greaterThanInclusive', value: c.value };
  if ('atLeastField' in c) return { ...factBefore(c.atLeastField), operator: 'greaterThanInclusive', value: { fact: c.than } };
  if ('between' in c) {
    return {
      all: [
        { ...factBefore(c.between), operator: 'onOrAfter', value: c.from },
        { ...factBefore(c.between), operator: 'onOrBefore', value: c.to },
      ],
    };
  }
  if ('all' in c) return { all: c.all.map(conditionBefore) };
  return { any: c.any.map(conditionBefore) };
}

/** The set-up before issue 19: one engine rule per branch, exclusive through `not` of every earlier branch. */
export function jsonRulesEngineBefore19(rules: readonly PeerRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator<unknown, boolean>('isMissing', (factValue, expected) => (factValue === undefined) === expected);
  engine.addOperator<unknown, string>('onOrAfter', (factValue, day) => typeof factValue === 'string' && factValue >= day);
  engine.addOperator<unknown, string>('onOrBefore', (factValue, day) => typeof factValue === 'string' && factValue <= day);
  rules.forEach((rule, r) => {
    const earlier: NestedCondition[] = [];
    for (const b of rule.branches) {
      const notEarlier = earlier.map((e) => ({ not: e }) as NestedCondition);
      const conditions: TopLevelCondition = b.when === undefined ? { all: notEarlier } : { all: [conditionBefore(b.when), ...notEarlier] };
      const properties: RuleProperties = { conditions, event: { type: 'status', params: { rule: r, status: b.status } } };
      engine.addRule(properties);
      if (b.when !== undefined) earlier.push(conditionBefore(b.when));
    }
  });
  return engine;
}

/** Judge every unit with the set-up before issue 19 (each rule's exclusive branches fire exactly one event). */
export async function runBefore19(units: readonly Unit[], engine: Engine, rules: number): Promise<PeerCounts> {
  const counts = new Int32Array(rules * 5);
  const statuses = new Uint8Array(units.length * rules).fill(255);
  for (let i = 0; i < units.length; i++) {
    const { events } = await engine.run(units[i] as Record<string, unknown>);
    for (const e of events) {
      const { rule, status } = e.params as { rule: number; status: number };
      statuses[i * rules + rule] = status;
      counts[rule * 5 + status] = (counts[rule * 5 + status] as number) + 1;
    }
  }
  return { counts, statuses };
}

async function main(argv: readonly string[]): Promise<void> {
  const scale = (argv[0] ?? 'longchuan') as Scale;
  const step = Number(argv[1] ?? (scale === 'longchuan' ? 1 : 20));
  const header = runHeader(['peerSetups', ...argv]);
  const recording = startRecording(`peer-setups-${scale}-${header.day}.txt`, formatHeader(header).replace('# npm run bench --', '# node --expose-gc --import tsx bench/peerSetups.ts'));
  const { file } = ensureSnapshotFile(scale);
  const snapshot = parseSnapshot(readSnapshotFile(file));
  const sample: Snapshot = step === 1 ? snapshot : { ...snapshot, units: snapshot.units.filter((_u, i) => i % step === 0) };
  const rules = peerRules(sample.asOf);
  const before = jsonRulesEngineBefore19(rules);
  const documented = jsonRulesEngine(rules);
  const expected = expectedPeerStatuses(sample);
  const bad = [
    ...peerStatusDiff(await runBefore19(sample.units, before, rules.length), expected, sample),
    ...peerStatusDiff(await runJsonRulesEngine(sample.units, documented), expected, sample),
  ];
  if (bad.length > 0) throw new Error(`a set-up differs from the library:\n${bad.join('\n')}`);
  console.log(
    `Checked: both set-ups give every unit the library's status on each of the ${rules.length} rules (${formatCount(sample.units.length)} units of ${scale}${step === 1 ? '' : `, every ${step}th`}).\n`,
  );
  const report = await runBench({
    name: `${scale}: json-rules-engine set-ups on the same ${rules.length} rules${step === 1 ? '' : `, every ${step}th unit`}`,
    units: sample.units.length,
    baseline: 'library countUnitRules',
    rounds: 9,
    warmup: 2,
    contenders: [
      { name: 'library countUnitRules', fn: () => countUnitRules(sample, {}, PEER_RULE_IDS) },
      { name: 'json-rules-engine before issue 19 (not of earlier branches, JSONPath)', fn: () => runBefore19(sample.units, before, rules.length) },
      { name: 'json-rules-engine as documented (bench/peers.ts)', fn: () => runJsonRulesEngine(sample.units, documented) },
    ],
  });
  const [, old, neu] = report.rows;
  if (old && neu) {
    console.log(
      `The documented set-up takes ${(neu.medianMs / old.medianMs).toFixed(2)}× the time of the set-up before issue 19 ` +
        `(${(neu.medianCpuMs / old.medianCpuMs).toFixed(2)}× by CPU time): it is ${(old.medianMs / neu.medianMs).toFixed(2)}× faster.\n`,
    );
  }
  const kept = recording.finish({ header, table: tableOf(report) }, `# ended ${new Date().toISOString()}; load average at the end (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
  console.log(`Kept: ${kept}`);
}

if (process.argv[1] !== undefined && /[\\/]bench[\\/]peerSetups\.ts$/.test(resolve(process.argv[1]))) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
