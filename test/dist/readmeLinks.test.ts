// The README is read where the package is: on the registry's page, in node_modules, on a CDN's file view. Each of its
// relative links must name a file the packed tarball holds (`npm pack --dry-run`), or it is dead there. Files of the
// source tree (docs, benchmarks, sources) are named in code spans instead, not linked.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../scripts/docs/format';

const ROOT = join(import.meta.dirname, '..', '..');

/** The text outside fenced code blocks, inline code and HTML comments. */
function prose(text: string): string {
  return text
    .replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, '');
}

/** Every link target of a Markdown text: inline links and images, reference definitions, HTML href and src. */
export function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!),
  ];
}

/** The relative targets of `markdown` (a README at the package root) that name no file of `files`. */
export function deadLinks(markdown: string, files: readonly string[]): string[] {
  const headings = new Set([...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => anchor(m[1]!.replace(/[*_`]/g, ''))));
  const shipped = new Set(files);
  return linkTargets(markdown).filter((target) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) return false; // absolute: https:, mailto:, //host
    if (target.startsWith('#')) return !headings.has(decodeURIComponent(target.slice(1)));
    const path = posix.normalize(decodeURIComponent(target.replace(/[?#].*$/, '')));
    if (path.startsWith('../') || path.startsWith('/')) return true; // outside the package
    if (path.endsWith('/')) return !files.some((f) => f.startsWith(path)); // a folder: shipped when a file in it is
    return !shipped.has(path);
  });
}

describe('the packed README', () => {
  const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT }).toString()) as {
    files: { path: string }[];
  }[];
  const files = pack[0]!.files.map((f) => f.path);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('is in the pack', () => {
    expect(files).toContain('README.md');
  });

  it('links only to files the pack holds', () => {
    expect(linkTargets(readme).length).toBeGreaterThan(0);
    expect(deadLinks(readme, files)).toEqual([]);
  });

  it('control: a link to a file of the source tree, a folder not shipped, a missing anchor or a path out of the package is dead', () => {
    const md = [
      '# Title',
      'See [the guides](docs/guides/guides.en.md), [bench](bench/), [x](#nowhere), [up](../x.md) and <a href="src/index.ts">src</a>.',
      '[ref]: docs/index.md',
      'Fine: [vectors](vectors/README.md), [folder](vectors/), [top](#title), [site](https://example.org/x.md), `[code](docs/x.md)`.',
      '```md',
      '[fenced](docs/fenced.md)',
      '```',
    ].join('\n');
    expect(deadLinks(md, ['README.md', 'vectors/README.md', 'vectors/p1.json'])).toEqual([
      'docs/guides/guides.en.md',
      'bench/',
      '#nowhere',
      '../x.md',
      'docs/index.md',
      'src/index.ts',
    ]);
  });
});
