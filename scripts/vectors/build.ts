// `npx tsx scripts/vectors/build.ts`: write the conformance vectors of scripts/vectors/cases.ts to vectors/<group>/<name>.json
// and the list to vectors/index.json, removing case files no longer in the table. The expected outcomes in the table
// are authored by hand; this script only serialises them (it never runs the library).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, caseFile, caseJson, indexJson, serialize } from './cases';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'vectors');

const seen = new Set<string>();
for (const c of CASES) {
  const file = caseFile(c);
  if (seen.has(file)) throw new Error(`two cases write ${file}`);
  seen.add(file);
  mkdirSync(join(ROOT, c.group), { recursive: true });
  writeFileSync(join(ROOT, file), serialize(caseJson(c)));
}
writeFileSync(join(ROOT, 'index.json'), serialize(indexJson(CASES)));

// Remove stale case files (and folders left empty).
for (const group of readdirSync(ROOT)) {
  const dir = join(ROOT, group);
  if (!statSync(dir).isDirectory()) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.json') && !seen.has(`${group}/${f}`)) rmSync(join(dir, f));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
console.log(`wrote ${CASES.length} vectors to ${ROOT}`);
