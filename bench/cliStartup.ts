// `npx tsx bench/cliStartup.ts [rounds]`: how long the built CLI (dist/cli.js, after `npm run build`) takes to start,
// as a ratio to `node -e 0` measured in the same run. Contenders alternate round by round, so a busy machine slows
// them alike; the medians and the ratios are printed with the machine's load average at the start and the end.
// BASELINE_CLI=path adds another build of the CLI (--version and the sample as JSON) as contenders.
import { spawnSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const rounds = Number(process.argv[2] ?? 15);

const contenders: readonly (readonly [string, readonly string[]])[] = [
  ['node -e 0 (baseline)', ['-e', '0']],
  ['cli --version', [CLI, '--version']],
  ['cli evaluate --sample --format json', [CLI, 'evaluate', '--sample', '--format', 'json']],
  ['cli evaluate --sample (text report)', [CLI, 'evaluate', '--sample']],
  // Optionally another build of the CLI to compare with (e.g. one that loads its dependencies from node_modules).
  ...(process.env['BASELINE_CLI'] === undefined
    ? []
    : ([
        ['baseline cli --version', [process.env['BASELINE_CLI'], '--version']],
        ['baseline cli evaluate --sample --format json', [process.env['BASELINE_CLI'], 'evaluate', '--sample', '--format', 'json']],
      ] as const)),
];

function once(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const load0 = loadavg();
const times = contenders.map(() => [] as number[]);
for (const [, args] of contenders) once(args); // warm the file cache
for (let r = 0; r < rounds; r++) contenders.forEach(([, args], i) => times[i]!.push(once(args)));
const load1 = loadavg();

const base = median(times[0]!);
console.log(`CLI start-up, ${rounds} alternating rounds; ${new Date().toISOString()}; node ${process.version}; ${cpus().length} CPUs`);
console.log(`load average (1 min) at start ${load0[0]!.toFixed(2)}, at end ${load1[0]!.toFixed(2)}`);
console.log('| command | median ms | min ms | ÷ node -e 0 | over node -e 0, ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
contenders.forEach(([name], i) => {
  const m = median(times[i]!);
  console.log(`| ${name} | ${m.toFixed(0)} | ${Math.min(...times[i]!).toFixed(0)} | ${(m / base).toFixed(2)}× | ${(m - base).toFixed(0)} |`);
});
