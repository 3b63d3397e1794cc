/**
 * Writes the documentation that is generated from the library itself, before TypeDoc builds the site:
 *
 * - the pages under docs/generated/ (indicators, rules, tracked actions, clause index; see ./pages.ts);
 * - the generated regions of the hand-written pages, docs/index.md and docs/guides/*.md (see ./regions.ts).
 *
 * The output is committed, so that the site builds (and `npm run docs:check` validates it) from a fresh clone, and
 * readers can browse it on GitHub too; test/docs/generated.test.ts fails when it is out of date.
 *
 * ```sh
 * npx tsx scripts/docs/generate.ts           # write what changed, delete stale generated pages
 * npx tsx scripts/docs/generate.ts --check   # write nothing; exit 1 and list the files that are out of date
 * ```
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR, generatedPages } from './pages';
import { fillRegions } from './regions';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The hand-written pages that may hold generated regions. */
export function handWrittenPages(): string[] {
  const out = ['docs/index.md'];
  const guides = join(ROOT, 'docs/guides');
  if (existsSync(guides)) {
    for (const f of readdirSync(guides).sort()) if (f.endsWith('.md')) out.push(`docs/guides/${f}`);
  }
  return out.filter((p) => existsSync(join(ROOT, p)));
}

/** Every file the generator owns, with the content it should have (paths relative to the repository root). */
export function expectedFiles(): Map<string, string> {
  const files = generatedPages();
  for (const page of handWrittenPages()) {
    const text = readFileSync(join(ROOT, page), 'utf8');
    files.set(page, fillRegions(text, page));
  }
  return files;
}

/** Files under docs/generated/ that the generator no longer writes. */
export function staleFiles(expected: ReadonlyMap<string, string>): string[] {
  const dir = join(ROOT, GENERATED_DIR);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(ROOT, full).split('\\').join('/');
        if (!expected.has(rel)) out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The files whose content differs from what the generator would write. */
export function outdatedFiles(expected: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [path, content] of expected) {
    const full = join(ROOT, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) out.push(path);
  }
  return out;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const expected = expectedFiles();
  const outdated = outdatedFiles(expected);
  const stale = staleFiles(expected);
  if (check) {
    for (const p of outdated) console.error(`out of date: ${p}`);
    for (const p of stale) console.error(`stale: ${p}`);
    if (outdated.length + stale.length > 0) {
      console.error('Run `npm run docs:generate` (npx tsx scripts/docs/generate.ts) and commit the result.');
      return 1;
    }
    return 0;
  }
  for (const p of outdated) {
    const full = join(ROOT, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, expected.get(p) as string);
    console.log(`wrote ${p}`);
  }
  for (const p of stale) {
    rmSync(join(ROOT, p));
    console.log(`deleted ${p}`);
  }
  if (outdated.length + stale.length === 0) console.log('docs: generated pages are up to date');
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
