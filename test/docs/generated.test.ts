/**
 * The generated documentation is committed, so it must be what the generator writes today (issue 8: pages generated
 * from the catalogue itself, never written twice). When this fails, run `npm run docs:generate` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectedFiles, handWrittenPages, outdatedFiles, staleFiles } from '../../scripts/docs/generate';
import { INDICATORS, RULES } from '../../src/index';

const expected = expectedFiles();

describe('[docs] generated pages and regions', () => {
  it('writes a page per indicator and per rule group, the actions, the clause index and the overviews', () => {
    const pages = [...expected.keys()].filter((p) => p.startsWith('docs/generated/'));
    for (const d of INDICATORS) expect(pages).toContain(`docs/generated/indicators/${d.id}.md`);
    expect(pages).toEqual(expect.arrayContaining(['docs/generated/indicators.md', 'docs/generated/rules.md', 'docs/generated/actions.md', 'docs/generated/clauses.md']));
    const ruleText = pages.filter((p) => p.startsWith('docs/generated/rules/')).map((p) => expected.get(p)).join('\n');
    for (const r of RULES) expect(ruleText, r.id).toContain(`### ${r.id}\n`);
  });

  it.each([...expected.keys()].map((p) => [p]))('%s is up to date (else: npm run docs:generate)', (path) => {
    const actual = readFileSync(join(ROOT, path), 'utf8');
    expect(actual).toBe(expected.get(path));
  });

  it('leaves no stale page under docs/generated/', () => {
    expect(outdatedFiles(expected)).toEqual([]);
    expect(staleFiles(expected)).toEqual([]);
  });

  it('has each guide in English and Chinese, each listed in its language’s guide index', () => {
    const guides = handWrittenPages().filter((p) => p.startsWith('docs/guides/'));
    const en = guides.filter((p) => p.endsWith('.en.md')).map((p) => p.slice('docs/guides/'.length, -'.en.md'.length));
    const zh = guides.filter((p) => p.endsWith('.zh.md')).map((p) => p.slice('docs/guides/'.length, -'.zh.md'.length));
    expect(zh).toEqual(en);
    expect(guides.filter((p) => !/\.(en|zh)\.md$/.test(p))).toEqual([]);
    for (const lang of ['en', 'zh']) {
      const index = readFileSync(join(ROOT, `docs/guides/guides.${lang}.md`), 'utf8');
      const children = /^children:\n((?: {2}- .+\n)+)/m.exec(index)?.[1]?.split('\n').filter(Boolean).map((l) => l.replace(/^ {2}- /, ''));
      expect([...(children ?? [])].sort(), `guides.${lang}.md children`).toEqual(en.filter((g) => g !== 'guides').map((g) => `${g}.${lang}.md`).sort());
    }
  });

  it('puts every page in the site: typedoc.json lists the guide indexes and the generated overviews', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { readme: string; projectDocuments: string[] };
    expect(config.readme).toBe('docs/index.md');
    expect(config.projectDocuments).toEqual([
      'docs/guides/guides.en.md',
      'docs/guides/guides.zh.md',
      'docs/generated/indicators.md',
      'docs/generated/rules.md',
      'docs/generated/actions.md',
      'docs/generated/clauses.md',
      'docs/performance.md',
      'docs/hardening.md',
    ]);
  });
});
