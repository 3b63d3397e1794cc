// Measures the built workbench page (dist/workbench.html) beside the browser bundle it grew from
// (dist/browser/longchuan-community-plan.global.js), in one run: bytes, gzip and brotli. Run after `npm run build`:
//   tsx scripts/workbench/size.ts > bench/results/workbench-<date>.txt
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..', '..');
const files = [
  ['dist/workbench.html', 'the workbench page (script, CSS and markup inlined)'],
  ['dist/browser/longchuan-community-plan.global.js', 'baseline: the IIFE browser bundle (library only)'],
] as const;
const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
const dirty = execSync('git status --porcelain -- src scripts/workbench', { cwd: ROOT }).toString().trim() !== '';
console.log(`workbench size, ${new Date().toISOString()}`);
console.log(`commit ${commit}${dirty ? ' (src or scripts/workbench modified)' : ''}; node ${process.version}; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('brotli quality 11, gzip level 9; sizes in bytes\n');
console.log(['file', 'bytes', 'gzip', 'brotli', 'what'].join('\t'));
for (const [file, what] of files) {
  const body = readFileSync(join(ROOT, file));
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log([file, body.length, gzip, brotli, what].join('\t'));
}
