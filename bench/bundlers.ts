/**
 * Tiny browser apps importing one export each, built by esbuild and Vite from the packed package (the `browser`
 * condition), against the same app built on the prebuilt full bundle; brotli of the emitted JavaScript. The test
 * (test/dist/bundlers.test.ts) holds the budgets; this prints the figures the README quotes, for a kept run.
 *
 *   npm run build && npx tsx bench/bundlers.ts > bench/results/bundlers-<date>.txt
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { apps, consumer, kB, ROOT, withEsbuild, withVite } from '../test/dist/bundleApps';

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT }).toString().trim();
const dirty = git('status', '--porcelain').split('\n').filter(Boolean).length;
console.log('bundlers: tiny browser apps importing one export each, brotli of the emitted JavaScript');
console.log(`date: ${new Date().toISOString()}`);
console.log(`commit: ${git('rev-parse', 'HEAD')}${dirty === 0 ? ' (clean tree)' : ` (${dirty} uncommitted paths)`}`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; node ${process.version}`);
const dir = consumer();
const full = join(dir, 'node_modules/longchuan-community-plan/dist/browser', readdirSync(join(dir, 'node_modules/longchuan-community-plan/dist/browser')).find((f) => f.endsWith('.mjs'))!);
console.log('\n| app | esbuild kB | vite kB | baseline (full bundle) kB |\n| --- | ---: | ---: | ---: |');
for (const a of apps()) {
  const [e, v, b] = [await withEsbuild(dir, a), await withVite(dir, a), await withEsbuild(dir, a, full)];
  console.log(`| ${a.name} | ${kB(e.brotli)} | ${kB(v.brotli)} | ${kB(b.brotli)} |`);
}
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
