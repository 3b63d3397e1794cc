/**
 * bench/RESULTS.md and the figures of the performance docs come from one kept benchmark run (issue 19): the files
 * are what bench/render.ts renders from the run RESULTS.md names, and every figure the docs state can be found in
 * that run's output as it was printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refill, readRunData, sourceOfResults, staleRendered } from '../../bench/render';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const results = read('bench/RESULTS.md');
const keptFile = sourceOfResults(results);
const kept = read(keptFile);

/**
 * Figures with a unit of time, size or ratio, outside code blocks, written as the run prints them. The size budgets
 * (the generated `size-limits` region) are limits checked by size-limit, not measurements of this run.
 */
function figures(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/<!-- generated:size-limits -->[\s\S]*?<!-- \/generated:size-limits -->/g, '');
  const normal = prose
    .replace(/(\d) ?微秒/g, '$1 µs')
    .replace(/(\d) ?毫秒/g, '$1 ms')
    .replace(/(\d) ?秒/g, '$1 s')
    .replace(/(\d) 倍/g, '$1×');
  return [...normal.matchAll(/\d[\d,]*(?:\.\d+)?(?: ?(?:µs|ms|s|MB|GB|kB)\b|×)/g)].map((m) => m[0]);
}

/** Whether `text` prints `figure` as a whole figure ("50 ms" is not found inside "150 ms" or "2.50 ms"). */
function printed(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d])`).test(text);
}

describe('benchmark results come from one kept run', () => {
  it('RESULTS.md names a kept run under bench/results/', () => {
    expect(keptFile).toMatch(/^bench\/results\/bench-[a-z0-9-]*\d{4}-\d\d-\d\d\.txt$/);
  });

  it('the kept run records the commit, git status, machine and load average, and ends with its data', () => {
    expect(kept).toMatch(/^# commit [0-9a-f]{40} /m);
    expect(kept).toMatch(/^# git status: (clean|DIRTY)/m);
    expect(kept).toMatch(/^# node v\d+\.\d+\.\d+ .* CPU|^# node v\d+\.\d+\.\d+ \(\w+\); \d+ × /m);
    expect(kept).toMatch(/^# load average at the start \(1, 5, 15 min\): [\d.]+, [\d.]+, [\d.]+$/m);
    expect(kept).toMatch(/^# ended .* load average at the end/m);
    const data = readRunData(kept);
    expect(data.scales.length).toBeGreaterThan(0);
    expect(data.cli?.rows[0]?.name).toBe('node -e 0 (baseline)');
  });

  it('RESULTS.md and the docs regions are what the kept run renders (npx tsx bench/render.ts)', () => {
    expect(staleRendered()).toEqual([]);
  });

  for (const file of ['bench/RESULTS.md', 'docs/performance.md', 'docs/guides/performance.en.md', 'docs/guides/performance.zh.md']) {
    it(`every figure stated in ${file} is in the kept run's output (or in another kept run the page links to)`, () => {
      const text = read(file);
      // Other kept outputs the page cites by path (bench/results/stream-….txt and the like) may source figures too.
      const cited = [...new Set([...text.matchAll(/bench\/results\/[\w.-]+\.txt/g)].map((m) => m[0]))].map(read);
      const found = figures(text);
      expect(found.length).toBeGreaterThan(5);
      expect(found.filter((f) => !printed(kept, f) && !cited.some((c) => printed(c, f)))).toEqual([]);
    });
  }

  it('a figure counts only where the run printed it whole', () => {
    expect(printed('| x | 150 ms | 2.50 ms |', '50 ms')).toBe(false);
    expect(printed('| x | 150 ms | 50 ms |', '50 ms')).toBe(true);
    expect(printed('(1.2×)', '1.2×')).toBe(true);
    expect(printed('11.2×', '1.2×')).toBe(false);
  });

  it('the figure check finds a figure the run did not print', () => {
    expect(figures('Parsing takes 12.34 ms, 5.6× the floor; 解析耗时 7.89 毫秒（3.21 倍）.')).toEqual(['12.34 ms', '5.6×', '7.89 ms', '3.21×']);
    expect(figures('```sh\nnpm run bench  # 20 s\n```\n')).toEqual([]);
  });

  it('a region refilled from another run differs (the staleness check can fail)', () => {
    const doc = '<!-- bench:figures -->\nold\n<!-- /bench:figures -->\n';
    expect(refill(doc, { figures: 'new' }, 'x.md')).toBe('<!-- bench:figures -->\nnew\n<!-- /bench:figures -->\n');
    expect(() => refill('no region', { figures: 'new' }, 'x.md')).toThrow(/no <!-- bench:figures --> region/);
  });
});
