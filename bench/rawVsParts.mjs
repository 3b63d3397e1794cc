/**
 * evaluate(raw) against parseSnapshot(raw) then evaluateSnapshot, each in a fresh process over the national snapshot
 * (bench/.cache/china.ndjson read and JSON.parse'd line by line first, not timed): `node --expose-gc --max-old-space-size=12288
 * bench/rawVsParts.mjs raw|parts` prints the wall and CPU time of the job (for parts also when the parse ended). Uses
 * dist/index.js: build first. Bench script: Node built-ins and the built package only.
 */
import { readFileSync } from 'node:fs';
import { evaluate, evaluateSnapshot, parseSnapshot } from '../dist/index.js';
const mode = process.argv[2];
const lines = [];
{
  const fd = readFileSync(new URL('./.cache/china.ndjson', import.meta.url));
  let start = 0;
  for (let i = 0; i < fd.length; i++) if (fd[i] === 10) { if (i > start) lines.push(fd.toString('utf8', start, i)); start = i + 1; }
}
const header = JSON.parse(lines[0]);
const units = new Array(lines.length - 1);
for (let i = 1; i < lines.length; i++) units[i - 1] = JSON.parse(lines[i]);
lines.length = 0;
const raw = { ...header, units };
globalThis.gc?.();
console.log('MARK start', mode, performance.now().toFixed(0));
const t0 = performance.now();
const c0 = process.cpuUsage();
if (mode === 'raw') evaluate(raw, { detail: 'summary' });
else if (mode === 'parts') { const p = parseSnapshot(raw); const t1 = performance.now(); console.log('MARK parsed', (t1 - t0).toFixed(0)); evaluateSnapshot(p, { detail: 'summary' }); }
const c = process.cpuUsage(c0);
console.log('MARK end', mode, (performance.now() - t0).toFixed(0), 'ms wall', ((c.user + c.system) / 1000).toFixed(0), 'ms cpu');
