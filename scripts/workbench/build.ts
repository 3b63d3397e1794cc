// Builds the offline workbench: ONE self-contained HTML file (src/workbench/page.html) with its script (the library,
// the readers of src/io and src/workbench, bundled by esbuild) and its CSS inlined, and a strict Content-Security-
// Policy in its own <meta>: nothing may load (default-src 'none'), the one inline script runs by its SHA-256 hash,
// the styles by theirs (the page's own, and the report's, which the sandboxed srcdoc frame inherits the policy for).
//
//   tsx scripts/workbench/build.ts              writes dist/workbench.html (run by `npm run build`)
//   tsx scripts/workbench/build.ts OUT.html     writes OUT.html instead (the docs site's copy: `npm run docs`)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport } from '../../src/report/renderReport';
import { evaluateSeries } from '../../src/series/evaluateSeries';

const ROOT = join(import.meta.dirname, '..', '..');
const out = process.argv[2] === undefined ? join(ROOT, 'dist', 'workbench.html') : join(process.cwd(), process.argv[2]);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const bundle = await build({
  entryPoints: [join(ROOT, 'scripts', 'workbench', 'entry.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  treeShaking: true,
  charset: 'ascii', // every non-ASCII character escaped: the hash never depends on how the file is decoded
  legalComments: 'eof',
  write: false,
  logLevel: 'warning',
});
// Inline, the script must neither end its own element nor open an HTML comment, which the parser treats specially
// inside <script> (the xlsx reader's XML scanner looks for "<!--"). Both can only occur in string, template or regular
// expression literals of minified code, where `\x3C` is the same character.
const script = bundle.outputFiles[0]!.text.trimEnd().replace(/<(?=!--|\/script)/gi, '\\x3C');
if (/<\/script|<!--/i.test(script)) throw new Error('the bundled script contains </script or <!--: it cannot be inlined');

const style = readFileSync(join(ROOT, 'src', 'workbench', 'workbench.css'), 'utf8').trim();
if (/<\/style/i.test(style)) throw new Error('the CSS contains </style');

// The report shown in the page's <iframe sandbox srcdoc> inherits this policy, so its <style> must be allowed too:
// every distinct style element of the reports (one evaluation, a series; both languages), by hash.
const units = [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }];
const reports = [evaluate({ asOf: '2024-12-31', units }), evaluateSeries([{ asOf: '2023-12-31', units }, { asOf: '2024-12-31', units }])].flatMap((e) =>
  (['zh-CN', 'en'] as const).map((locale) => renderReport(e, { format: 'html', locale })),
);
const reportStyles = new Set(reports.flatMap((html) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)));
if (reportStyles.size === 0) throw new Error('no <style> found in the reports');
if (reports.some((html) => /\sstyle=/i.test(html))) throw new Error('a report uses a style attribute: the CSP would block it');

const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)}`,
  `style-src ${[style, ...reportStyles].map(sha256).join(' ')}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const template = readFileSync(join(ROOT, 'src', 'workbench', 'page.html'), 'utf8');
// Functions as replacements: the minified script holds `$&`-like sequences a replacement string would expand.
const page = template
  .replace('%%CSP%%', () => csp)
  .replace('%%STYLE%%', () => style)
  .replace('%%SCRIPT%%', () => script);
if (page.includes('%%')) throw new Error('a placeholder of page.html was not filled');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
const bytes = Buffer.byteLength(page);
const brotli = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${relative(process.cwd(), out)}: ${bytes} bytes, ${brotli} bytes brotli (script ${Buffer.byteLength(script)} bytes)`);
