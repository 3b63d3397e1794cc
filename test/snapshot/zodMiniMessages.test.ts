import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The schemas are built with zod/mini, which installs no locale (zod's full API installs English on its first schema).
// An issue the library does not word itself is worded by zod: it must read the same whether or not the application
// loaded zod's full API. Checked in a fresh process that never loads it, so that no other test's zod can word it.
const SCRIPT = `
import * as z from 'zod/mini';
import { translateZodIssue } from './src/snapshot/translateZodIssue.ts';
import { seriesSchema } from './src/series/seriesSchema.ts';
const r = z.array(z.number()).check(z.minLength(1)).safeParse([], { reportInput: true });
const s = seriesSchema().safeParse({ schemaVersion: 1, kind: 'series', plan: { titleZh: '', titleEn: '', start: '', end: '' }, region: '', years: [],
  span: { first: 2021, last: 2021 }, missingYears: [], evaluations: [1], indicators: [], rules: [], actions: [], data: [], readings: [] }, { reportInput: true });
console.log(JSON.stringify({
  locale: typeof globalThis.__zod_globalConfig?.localeError,
  list: translateZodIssue(r.error.issues[0]),
  series: s.error.issues.map((i) => translateZodIssue(i)),
}));
`;

describe('zod’s own messages without zod’s full API loaded', () => {
  it('an issue the library does not word reads as zod’s English words, not zod/mini’s bare “Invalid input”', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
      cwd: new URL('../..', import.meta.url),
      encoding: 'utf8',
    });
    const r = JSON.parse(out) as { locale: string; list: unknown; series: unknown[] };
    // The process really ran without a locale: otherwise this test could not fail.
    expect(r.locale).toBe('undefined');
    // An empty list where at least one entry is needed: worded by the library, in Chinese and English.
    const tooSmall = { code: 'too_small', path: [], messageZh: '条目过少（至少1条），实际0条', messageEn: 'too few items (at least 1), got 0' };
    expect(r.list).toEqual(tooSmall);
    expect(r.series).toEqual([{ ...tooSmall, path: ['years'] }]);
  }, 30_000);
});
