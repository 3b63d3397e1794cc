/**
 * No broken relative link in the documentation's Markdown (docs/**\/*.md without the built site):
 * every relative target exists, and every `#anchor` into a Markdown file names one of its headings. `{@link}` tags
 * are checked by TypeDoc (`validation.invalidLink`, run by `npm run docs:check`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../scripts/docs/format';
import { ROOT, markdownFiles } from './_samples';

/** The text outside fenced code blocks and inline code. */
function prose(text: string): string {
  return text.replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchors of a Markdown file's headings, numbered like TypeDoc's (and GitHub's) slugger for repeats. */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (m[1] as string).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '');
    const slug = anchor(text);
    const n = seen.get(slug);
    seen.set(slug, (n ?? -1) + 1);
    out.add(n === undefined ? slug : `${slug}-${n + 1}`);
  }
  return out;
}

interface Link {
  readonly file: string;
  readonly target: string;
}

function linksIn(file: string): Link[] {
  const text = prose(readFileSync(join(ROOT, file), 'utf8'));
  const out: Link[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push({ file, target: m[1] as string });
  return out.filter((l) => !/^(?:[a-z]+:|\/\/)/i.test(l.target));
}

const files = markdownFiles();
const links = files.flatMap(linksIn);

describe('[docs] relative links', () => {
  it('finds the links', () => {
    expect(links.length).toBeGreaterThan(200);
  });

  it('points every relative link at a file that exists', () => {
    const broken = links
      .filter((l) => !l.target.startsWith('#'))
      .filter((l) => !existsSync(normalize(join(ROOT, dirname(l.file), decodeURI(l.target.split('#')[0] as string)))))
      .map((l) => `${l.file} → ${l.target}`);
    expect(broken).toEqual([]);
  });

  it('points every #anchor at a heading of the target page', () => {
    const cache = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const l of links) {
      const [path, hash] = l.target.split('#');
      if (hash === undefined) continue;
      const target = path === '' ? join(ROOT, l.file) : normalize(join(ROOT, dirname(l.file), decodeURI(path as string)));
      if (!target.endsWith('.md') || !existsSync(target) || statSync(target).isDirectory()) continue;
      let anchors = cache.get(target);
      if (anchors === undefined) cache.set(target, (anchors = anchorsOf(target)));
      if (!anchors.has(decodeURIComponent(hash))) broken.push(`${l.file} → ${l.target}`);
    }
    expect(broken).toEqual([]);
  });
});
