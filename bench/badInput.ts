/**
 * The cost of bad input (issue 16): one million empty units (3 MB of JSON) against valid units of the same size.
 *
 *   npx tsx bench/badInput.ts write                 # writes bench/.cache/bad-empty.json and bench/.cache/bad-valid.json
 *   /usr/bin/time -v npx tsx bench/badInput.ts api bench/.cache/bad-empty.json      # evaluate() in one process (or parse)
 *   /usr/bin/time -v npx tsx src/cli/main.ts evaluate bench/.cache/bad-empty.json 2>stderr.txt >/dev/null
 *
 * `parse FILE` times safeParseSnapshot alone. `api` prints the wall time of JSON.parse + evaluate, the issue count and the kept issues. Run each under
 * `/usr/bin/time -v` for the peak resident memory ("Maximum resident set size").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluate, safeParseSnapshot } from '../src/index';

const [mode, file] = process.argv.slice(2);

function jsonSize(v: unknown): string {
  try {
    return `${JSON.stringify(v).length} bytes`;
  } catch {
    return 'over 512 MB (more than a string can hold)';
  }
}
if (mode === 'write') {
  mkdirSync('bench/.cache', { recursive: true });
  const empty = `{"asOf":"2024-12-31","units":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}`;
  writeFileSync('bench/.cache/bad-empty.json', empty);
  // Valid units of the same byte size: distinct codes under region '' (all of China), township = first 9 digits.
  const units: string[] = [];
  let size = 40;
  for (let i = 0; size < empty.length; i++) {
    const code = `110101${String(i).padStart(6, '0')}`;
    const u = `{"code":"${code}","townshipCode":"${code.slice(0, 9)}"}`;
    units.push(u);
    size += u.length + 1;
  }
  writeFileSync('bench/.cache/bad-valid.json', `{"asOf":"2024-12-31","regionCode":"","units":[${units.join(',')}]}`);
  console.log(`bad-empty.json ${empty.length} bytes, 1000000 units; bad-valid.json ${size} bytes, ${units.length} units`);
} else if (mode === 'api' && file !== undefined) {
  const t0 = performance.now();
  const e = evaluate(JSON.parse(readFileSync(file, 'utf8')));
  const ms = performance.now() - t0;
  const input = e.input as unknown as { units: number; evaluated: number; rejected: readonly unknown[]; issues: readonly unknown[]; issueCount?: number };
  console.log(
    `${file}: ${ms.toFixed(0)} ms; units ${input.units}, evaluated ${input.evaluated}, rejected ${input.rejected.length}, ` +
      `issues kept ${input.issues.length}${input.issueCount === undefined ? '' : ` of ${input.issueCount}`}; ` +
      `JSON of the evaluation ${jsonSize(e)}`,
  );
} else if (mode === 'parse' && file !== undefined) {
  const t0 = performance.now();
  const r = safeParseSnapshot(JSON.parse(readFileSync(file, 'utf8')));
  const ms = performance.now() - t0;
  const count = (r as { issueCount?: number }).issueCount;
  console.log(`${file}: safeParseSnapshot ${ms.toFixed(0)} ms; issues kept ${r.issues.length}${count === undefined ? '' : ` of ${count}`}, rejected ${r.rejected.length}`);
} else {
  console.error('usage: tsx bench/badInput.ts write | api FILE | parse FILE');
  process.exit(2);
}
