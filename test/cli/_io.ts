/** In-memory streams and a stand-in engine for running the CLI in-process. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/CliIO';
import type { Engine, EvaluationLike, RuleResultLike } from '../../src/cli/commands/evaluate';
import { run } from '../../src/cli/run';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  isTTY?: { stdout: boolean; stderr: boolean };
  cwd?: string;
  engine?: Engine;
  /** Standard input's device and inode, as `main.ts` passes them when stdin is a redirected file. */
  stdinFile?: { dev: number; ino: number };
}

export async function runCli(argv: string[], o: RunOptions = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdin: o.stdin === undefined ? [] : [o.stdin],
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: o.env ?? {},
    isTTY: o.isTTY ?? { stdout: false, stderr: false },
    ...(o.cwd === undefined ? {} : { cwd: o.cwd }),
    ...(o.stdinFile === undefined ? {} : { stdinFile: o.stdinFile }),
  };
  const code = await run(argv, io, o.engine);
  return { code, stdout, stderr };
}

export function rule(status: string, extra: Partial<RuleResultLike> = {}): RuleResultLike {
  return {
    ruleId: 'T8.facility_area_per_100_households',
    clause: 'T8',
    subject: '533124101201',
    status,
    actual: '25.5',
    expected: '30',
    message: { zh: '每百户综合服务设施面积未达到30平方米', en: 'facility area per 100 households is below 30 m²' },
    ...extra,
  };
}

/** A stand-in for evaluate/renderReport/sample that records what it was given. */
export function fakeEngine(rules: RuleResultLike[] = [rule('pass')], extra: Partial<Engine> = {}) {
  const calls: { input: any; options: Record<string, unknown> }[] = [];
  const reports: { format: string; locale: string; color: boolean; sample?: boolean }[] = [];
  const engine: Engine = {
    evaluate(input, options) {
      calls.push({ input, options });
      return { rules, unitCount: (input as { units: unknown[] }).units.length } as EvaluationLike;
    },
    renderReport(evaluation, options) {
      reports.push(options);
      return `REPORT ${options.format} ${options.locale} rules=${evaluation.rules.length}`;
    },
    sampleSnapshot: () => ({ asOf: '2024-12-31', units: [{ code: '533124101001', townshipCode: '533124101', households: 1500 }] }),
    ...extra,
  };
  return { engine, calls, reports };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lcp-cli-'));
}
