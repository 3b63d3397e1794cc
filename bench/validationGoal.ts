/**
 * Issue 17's validation goals alone, for one or more scales: the same fresh child as `npm run bench`
 * (`bench/validation.ts --goal <scale>`), printed with the run's header (date, commit, load). For re-measuring this
 * table without the whole benchmark; `npm run bench` stays the run the docs are rendered from.
 *
 * `npx tsx bench/validationGoal.ts china >> bench/results/validation-goal-<date>.txt`
 *
 * @module
 */
import { loadavg } from 'node:os';
import { SCALES, type Scale } from './generate';
import { measurePeakRss } from './harness';
import { formatHeader, runHeader } from './record';
import { formatValidation, type ScaleData, type ValidationGoal } from './render';

const scales = process.argv.slice(2) as Scale[];
if (scales.length === 0 || scales.some((s) => !SCALES.includes(s))) throw new Error(`usage: bench/validationGoal.ts ${SCALES.join('|')}…`);
console.log(formatHeader(runHeader(['(bench/validationGoal.ts)', ...scales])));
for (const scale of scales) {
  const { maxRssBytes, report } = await measurePeakRss('bench/validation.ts', ['--goal', scale], {
    runner: 'bundle',
    nodeArgs: ['--max-old-space-size=12288'],
    timeoutMs: 1_800_000,
  });
  const validation: ValidationGoal = { table: report.table as ValidationGoal['table'], checked: String(report.checked), readMs: Number(report.readMs), maxRssBytes };
  console.log(`${formatValidation({ scale, validation } as unknown as ScaleData)}\n`);
}
console.log(`# ended ${new Date().toISOString()}; load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
