// Shared harness for the real-browser tests: a tiny static server over the repository and a headless Chromium
// driven by playwright-core.
//
// The browser comes from the npm registry, like every other test dependency: `@sparticuz/chromium` (a devDependency,
// pinned exactly) ships a brotli-packed x64 Linux headless Chromium, so `npm ci && npm test` needs no apt step and no
// download by Playwright (which cannot reach its CDN from CI). Which executable runs:
//   1. CHROMIUM_PATH, if set: any Chromium you point at (e.g. on arm64 or macOS, where the package has no binary);
//   2. otherwise the package's binary, even when a /usr/bin/chromium exists, so that every machine, CI included,
//      tests against the same Chromium build rather than whatever version the distribution happens to carry.
//
// The package is made for AWS Lambda, so it is used with care:
//   - It unpacks into os.tmpdir() (/tmp/chromium, /tmp/fonts, swiftshader libraries loose in /tmp), trusts any
//     /tmp/chromium it finds (another version, or a half-written file of a run that was interrupted or is running
//     in parallel). Here `executablePath()` runs with TMPDIR pointed at a fresh staging directory, which is then
//     renamed (atomically) to node_modules/.cache/sparticuz-chromium-<version>/: complete or absent, one per
//     version, shared by concurrent runs and removed with node_modules (so `npm ci` starts afresh; the first
//     launch unpacks in about two seconds).
//   - The binary links NSS, NSPR and expat from the system. The package carries them (for Amazon Linux 2023) and
//     unpacks them when it thinks it runs there, so it is told so during the unpacking, and the browser gets them
//     on LD_LIBRARY_PATH: nothing beyond glibc (>= 2.34 for those libraries; older systems use their own) and
//     libgcc_s is taken from the machine.
//   - Without fonts text has no width at all, and machines differ in their fonts, so fontconfig reads only the
//     package's fonts (Open Sans) through a fonts.conf written next to them. There is no CJK font: Chinese text is
//     laid out with .notdef boxes (0.6 em each). The tests assert text, not glyphs, so that is enough.
//   - Its `chromium.args` are not used: --single-process and --no-zygote suit Lambda, not Playwright, and
//     --disable-web-security or --allow-running-insecure-content would weaken what the CSP and report tests check.
//     The flags below are enough for the binary to launch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A route answers with a body and optional headers; unmatched paths are served from the repository. */
export type Routes = Record<string, { body: string; type?: string; headers?: Record<string, string> }>;

export async function startServer(routes: Routes = {}, headers: Record<string, string> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const route = routes[path];
      if (route) {
        res.writeHead(200, { 'content-type': route.type ?? TYPES['.html']!, ...headers, ...route.headers });
        res.end(route.body);
        return;
      }
      const file = normalize(join(ROOT, path));
      if (!file.startsWith(ROOT)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH;
  if (path !== undefined && path !== '') return chromium.launch({ executablePath: path, args: ARGS });
  return chromium.launch({ args: ARGS, ...(await registryChromium()) });
}

/** The executable of `@sparticuz/chromium`, unpacked once per version, and the environment it needs. */
async function registryChromium(): Promise<Pick<LaunchOptions, 'executablePath' | 'env'>> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@sparticuz/chromium has only an x64 Linux binary; set CHROMIUM_PATH to a Chromium (${process.platform}/${process.arch})`);
  }
  const main = createRequire(import.meta.url).resolve('@sparticuz/chromium'); // <package>/build/cjs/index.cjs
  const { version } = JSON.parse(readFileSync(join(dirname(main), '..', '..', 'package.json'), 'utf8')) as { version: string };
  const dir = join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  if (!existsSync(dir)) await unpack(dir);
  const libs = join(dir, 'al2023', 'lib');
  const env: Record<string, string | undefined> = { ...process.env, FONTCONFIG_PATH: join(dir, 'fontconfig') };
  if (glibcAtLeast(2, 34)) env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath: join(dir, 'chromium'), env };
}

async function unpack(dir: string): Promise<void> {
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(`${dir}.partial-`);
  const saved = { TMPDIR: process.env.TMPDIR, AWS_LAMBDA_JS_RUNTIME: process.env.AWS_LAMBDA_JS_RUNTIME };
  let unpacked: Promise<string>;
  try {
    // Both are read synchronously, before executablePath() first awaits: where to unpack (os.tmpdir()), and
    // whether to unpack the Amazon Linux 2023 libraries too (al2023/lib: NSS, NSPR, expat).
    process.env.TMPDIR = staging;
    process.env.AWS_LAMBDA_JS_RUNTIME = 'nodejs20.x';
    unpacked = sparticuz.executablePath();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  try {
    if ((await unpacked) !== join(staging, 'chromium') || !existsSync(join(staging, 'al2023', 'lib', 'libnss3.so'))) {
      throw new Error(`@sparticuz/chromium did not unpack into ${staging} as expected`);
    }
    mkdirSync(join(staging, 'fontconfig'));
    writeFileSync(
      join(staging, 'fontconfig', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${join(dir, 'fontconfig', 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // A concurrent run renamed its own copy first: use that one.
    if (!existsSync(join(dir, 'chromium'))) throw error;
  }
}

function glibcAtLeast(major: number, minor: number): boolean {
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
  const [a = 0, b = 0] = (header?.glibcVersionRuntime ?? '0.0').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}
